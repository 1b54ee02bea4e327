import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, roundMoney } from './money.ts';

describe('money', () => {
  it.each([
    ['USD', 2, 7.488, 7.49, '7.49 USD'],
    ['EUR', 2, 12345.6, 12345.6, '12,345.60 EUR'],
    ['JPY', 0, 467.5, 468, '468 JPY'],
    ['KRW', 0, 1200.4, 1200, '1,200 KRW'],
    ['BHD', 3, 1.2345, 1.235, '1.235 BHD'],
  ])('%s has %i decimals: %d → %d, written %s', (currency, digits, amount, rounded, text) => {
    expect(currencyDigits(currency)).toBe(digits);
    expect(roundMoney(amount, currency)).toBe(rounded);
    expect(formatMoney(rounded, currency)).toBe(text);
  });

  it('falls back to two decimals for a code the platform does not know', () => {
    expect(currencyDigits('XQQ')).toBe(2);
  });
});
