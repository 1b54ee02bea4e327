/**
 * Amounts in an order's own currency, with that currency's usual decimals (JPY none, USD two),
 * from the platform's ICU data. Reasons write them with the interface's `formatAmount`.
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
