import { describe, expect, it } from 'vitest';
import { formatAmount } from '../i18n/format.ts';
import { currencyDigits, roundMoney } from './money.ts';

describe('money', () => {
  it.each([
    ['USD', 2, 7.488, 7.49, 'USD 7.49'],
    ['EUR', 2, 12345.6, 12345.6, 'EUR 12,345.60'],
    ['JPY', 0, 467.5, 468, 'JPY 468'],
    ['KRW', 0, 1200.4, 1200, 'KRW 1,200'],
    ['BHD', 3, 1.2345, 1.235, 'BHD 1.235'],
  ])('%s has %i decimals: %d → %d, written %s', (currency, digits, amount, rounded, text) => {
    expect(currencyDigits(currency)).toBe(digits);
    expect(roundMoney(amount, currency)).toBe(rounded);
    expect(formatAmount('en', rounded, currency).replace(/\s/g, ' ')).toBe(text);
  });

  it('falls back to two decimals for a code the platform does not know', () => {
    expect(currencyDigits('XQQ')).toBe(2);
  });
});
