import { describe, expect, it } from 'vitest';
import { alikeLabel, approxMoney, readable } from './persona-labels.ts';

describe('approxMoney', () => {
  it.each([
    [850, '≈ 850 USD'],
    [1_250, '≈ 1.3k USD'],
    [42_400, '≈ 42k USD'],
    [999_400, '≈ 999k USD'],
    [1_300_000, '≈ 1.3M USD'],
    [2_000_000, '≈ 2M USD'],
    [25_000_000, '≈ 25M USD'],
  ])('rounds %d to %s', (amount, text) => {
    expect(approxMoney(amount, 'USD')).toBe(text);
  });
});

describe('alikeLabel', () => {
  it.each([
    ['buyerType', 'brand_owner', 'brand owner'],
    ['country', 'DE', 'Germany'],
    ['region', 'Middle East', 'Middle East'],
    ['categories', ['kettle', 'air-fryer'], 'buys kettle, air fryer'],
    ['orderSize', 40_200, 'orders ≈ 40k USD'],
    ['valuedFactors', ['certificates', 'lead_time'], 'values certificates, lead time'],
    ['incoterm', 'FOB', 'FOB'],
    ['brandRelation', 'owner', 'own brand'],
    ['paymentTimeliness', 'very_late', 'pays very late'],
    ['turnoverBand', '10-50M', 'turnover 10-50M USD'],
  ] as const)('says what %s %j shares', (key, value, label) => {
    expect(alikeLabel(key, value, 'USD')).toBe(label);
  });

  it('turns keys into words', () => {
    expect(readable('trading_company')).toBe('trading company');
  });
});
