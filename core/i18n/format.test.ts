import { describe, expect, it } from 'vitest';
import { countryNameIn, formatDate, formatMoney, formatRelativeDays, formatWallClock, languageNameIn } from './format.ts';

describe('formats', () => {
  it.each([
    ['en', 950, 'USD', 'USD 950'],
    ['en', 186_000, 'USD', 'USD 186k'],
    ['en', 1_234_567, 'EUR', 'EUR 1.23m'],
    ['zh', 186_000, 'USD', 'USD 18.6万'],
  ] as const)('money %s %d %s → %s', (locale, amount, currency, expected) => {
    expect(formatMoney(locale, amount, currency).replace(/\s/g, ' ')).toBe(expected);
  });

  it('dates without the year inside the current year, with it outside', () => {
    expect(formatDate('en', '2026-11-25', '2026-12-06')).toBe('25 Nov');
    expect(formatDate('en', '2025-11-25', '2026-12-06')).toBe('25 Nov 2025');
    expect(formatDate('zh', '2026-11-25', '2026-12-06')).toBe('11月25日');
  });

  it('relative days', () => {
    expect(formatRelativeDays('en', 1)).toBe('tomorrow');
    expect(formatRelativeDays('en', 3)).toBe('in 3 days');
    expect(formatRelativeDays('zh', 1)).toBe('明天');
  });

  it('wall clock as weekday and time', () => {
    expect(formatWallClock('en', '2026-11-24T14:05')).toBe('Tue 14:05');
    expect(formatWallClock('zh', '2026-11-24T14:05')).toBe('周二14:05');
  });

  it('country and language names', () => {
    expect(countryNameIn('en', 'de')).toBe('Germany');
    expect(countryNameIn('zh', 'DE')).toBe('德国');
    expect(languageNameIn('en', 'pt-BR')).toBe('Brazilian Portuguese');
    expect(languageNameIn('en', '%%')).toBe('%%');
  });
});
