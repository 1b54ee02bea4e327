/**
 * Numbers, money, dates and names as the interface shows them, per interface language, on the
 * platform's `Intl` (no locale data is bundled): both surfaces format the same values alike.
 */
import { intlLocale, type UiLocale } from './locales.ts';

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/**
 * An amount with its currency: whole units below ten thousand, compact above
 * (`USD 186k`, `USD 18.6万`), since a sidebar shows orders of magnitude, not cents.
 */
export function formatMoney(locale: UiLocale, amount: number, currency: string): string {
  const compact = Math.abs(amount) >= 10_000;
  const format = cached(`money:${locale}:${currency}:${compact}`, () =>
    new Intl.NumberFormat(intlLocale(locale), {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      notation: compact ? 'compact' : 'standard',
      ...(compact ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: 0 }),
    }),
  );
  return format.format(amount);
}

/**
 * An exact amount with its currency's usual decimals (`EUR 12,345.60`, `JPY 1,500,000`): what
 * a payment reminder or a price list quotes, where a rounded figure would not do.
 */
export function formatAmount(locale: UiLocale, amount: number, currency: string): string {
  // A code the platform has no data for gets two decimals, as ISO 4217 codes mostly have.
  const format = cached(`amount:${locale}:${currency}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency, currencyDisplay: 'code' }));
  return format.format(amount);
}

/** A 0–1 share as a whole percent. */
export function formatPercent(share: number): string {
  return String(Math.round(share * 100));
}

/** A number with grouping and at most `maxDigits` decimals (`12,345.6`, `0.62`). */
export function formatNumber(locale: UiLocale, value: number, maxDigits = 0, minDigits = 0): string {
  const format = cached(`number:${locale}:${maxDigits}:${minDigits}`, () =>
    new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits }),
  );
  return format.format(value);
}

/** A month (1–12) by its short name: `Mar` / `3月`. */
export function formatMonth(locale: UiLocale, month: number): string {
  const format = cached(`month:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', timeZone: 'UTC' }));
  return format.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/**
 * A calendar date (`YYYY-MM-DD`): `25 Nov` / `11月25日`, with the year when it is not the year
 * of `today`.
 */
export function formatDate(locale: UiLocale, isoDate: string, today?: string): string {
  const withYear = !today || today.slice(0, 4) !== isoDate.slice(0, 4);
  const format = cached(`date:${locale}:${withYear}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }),
  );
  return format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** `in 3 days`, `tomorrow`, `yesterday` / `3天后`, `明天`. */
export function formatRelativeDays(locale: UiLocale, days: number): string {
  const format = cached(`relative:${locale}`, () => new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' }));
  return format.format(days, 'day');
}

/** Wall-clock `YYYY-MM-DDTHH:mm` as weekday and time: `Tue 14:05` / `周二14:05`. */
export function formatWallClock(locale: UiLocale, local: string): string {
  const format = cached(`clock:${locale}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }),
  );
  return format.format(new Date(`${local}:00Z`));
}

/** A writing system's name from its ISO 15924 code (`Cyrl` → `Cyrillic` / `西里尔文`). */
export function scriptNameIn(locale: UiLocale, code: string): string {
  const names = cached(`script:${locale}`, () => new Intl.DisplayNames(intlLocale(locale), { type: 'script', fallback: 'code' }));
  return names.of(code) ?? code;
}

/** A country's name from its ISO 3166 code, in the interface language. */
export function countryNameIn(locale: UiLocale, code: string): string {
  const names = cached(`region:${locale}`, () => new Intl.DisplayNames(intlLocale(locale), { type: 'region', fallback: 'code' }));
  return names.of(code.toUpperCase()) ?? code;
}

/** A language's name from its tag (`pt-BR` → `Brazilian Portuguese` / `巴西葡萄牙语`). */
export function languageNameIn(locale: UiLocale, tag: string): string {
  const names = cached(`language:${locale}`, () => new Intl.DisplayNames(intlLocale(locale), { type: 'language', fallback: 'code' }));
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
