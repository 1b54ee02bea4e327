import { describe, expect, it } from 'vitest';
import { countryNameIn, formatAmount, formatDate, formatMoney, formatMonth, formatNumber, formatRelativeDays, formatWallClock, languageNameIn, scriptNameIn } from './format.ts';
import { translator } from './messages.ts';

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

  it.each([
    ['en', 12_345.6, 'EUR', 'EUR 12,345.60'],
    ['en', 1_500_000, 'JPY', 'JPY 1,500,000'],
    ['zh', 7.2, 'USD', 'USD 7.20'],
    ['en', 3.5, 'XQQ', 'XQQ 3.50'],
  ] as const)('exact amount %s %d %s → %s', (locale, amount, currency, expected) => {
    expect(formatAmount(locale, amount, currency).replace(/\s/g, ' ')).toBe(expected);
  });

  it('numbers, months and scripts', () => {
    expect(formatNumber('en', 12_345.678, 1)).toBe('12,345.7');
    expect(formatNumber('zh', 0.6, 2, 2)).toBe('0.60');
    expect(formatMonth('en', 3)).toBe('Mar');
    expect(formatMonth('zh', 11)).toBe('11月');
    expect(scriptNameIn('en', 'Cyrl')).toBe('Cyrillic');
    expect(scriptNameIn('zh', 'Cyrl')).toBe('西里尔文');
  });

  it('lists as each language writes them', () => {
    expect(translator('en').list(['kettle', 'blender'])).toBe('kettle, blender');
    expect(translator('zh').list(['电热水壶', '搅拌机'])).toBe('电热水壶、搅拌机');
  });
});
