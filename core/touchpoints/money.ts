/**
 * Amounts as a rep reads them in a suggestion: in the order's own currency, with that
 * currency's usual decimals (JPY none, USD two), from the platform's ICU data.
 */

const digitsCache = new Map<string, number>();

/** Decimals a currency is written with (2 for USD, 0 for JPY and KRW). */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** `amount` rounded to the currency's decimals. */
export function roundMoney(amount: number, currency: string): number {
  const scale = 10 ** currencyDigits(currency);
  return Math.round(amount * scale) / scale;
}

/** `12,345.60 EUR`, `1,200 JPY`. */
export function formatMoney(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  const text = new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  return `${text} ${currency}`;
}
