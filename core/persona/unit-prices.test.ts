import { describe, expect, it } from 'vitest';
import type { InquirySignals } from '../inquiry-context.ts';
import type { Order } from '../order.ts';
import { inquiryPersona } from './inquiry-persona.ts';
import { testConfig } from './test-fixtures.ts';
import { UnitPriceCollector } from './unit-prices.ts';

const config = testConfig();

function order(orderedAt: string, currency: string, lines: Array<[string, number]>, status: Order['status'] = 'paid'): Order {
  return {
    id: `o-${orderedAt}-${currency}`, customerId: 'c1', contractNo: 'PI', orderedAt, amount: 1, currency, status,
    lines: lines.map(([product, unitPrice]) => ({ product, quantity: 100, unit: 'pcs', unitPrice })),
    createdAt: `${orderedAt}T00:00:00Z`, updatedAt: `${orderedAt}T00:00:00Z`,
  };
}

describe('UnitPriceCollector', () => {
  it('gives the median base-currency price per product family, skipping cancelled, old and unconvertible orders', () => {
    const prices = new UnitPriceCollector(config);
    prices.add({ orders: [order('2026-01-10', 'USD', [['Electric kettle 1.7 L', 6], ['Air fryer 4.5 L', 20]]), order('2026-03-01', 'USD', [['Glass electric kettle', 8]])] }, '2025-01-01');
    prices.add({ orders: [order('2026-05-01', 'USD', [['Electric kettle', 10]]), order('2026-06-01', 'USD', [['Electric kettle', 999]], 'cancelled')] }, '2025-01-01');
    prices.add({ orders: [order('2020-01-01', 'USD', [['Electric kettle', 500]]), order('2026-06-01', 'XXX', [['Electric kettle', 500]])] }, '2025-01-01');
    const medians = prices.medians();
    expect(medians.get('kettle')).toBe(8);
    expect(medians.get('air-fryer')).toBe(20);
    expect(medians.has('blender')).toBe(false);
  });

  it('sizes an inquiry that gives a quantity but no price from the typical price of what it asks for', () => {
    const signals: InquirySignals = {
      products: [{ term: 'electric kettle', catalogueKey: 'kettle' }], quantities: [{ value: 5000, unit: 'pcs', text: '5,000 pcs' }], incoterm: null, targetPrice: null,
      buyerTypeHints: [], certificates: [], sampleRequested: false, urgent: false, countryGuesses: [], language: null,
    };
    expect(inquiryPersona(signals, config).orderSize).toBeNull();
    expect(inquiryPersona(signals, config, undefined, new Map([['kettle', 7.5]])).orderSize).toBe(37_500);
    // A stated target price wins over the book's typical one.
    expect(inquiryPersona({ ...signals, targetPrice: { amount: 6, currency: 'USD' } }, config, undefined, new Map([['kettle', 7.5]])).orderSize).toBe(30_000);
  });
});
