/**
 * Short English renderings of persona values for the sidebar ("≈ 42k USD", "brand owner",
 * "kettle, air fryer"). Surfaces that translate do so by the dimension key beside each.
 */
import { countryName } from '../primitives.ts';
import type { DimensionKey } from './dimensions.ts';

/** `brand_owner` → `brand owner`, `air-fryer` → `air fryer`. */
export function readable(value: string): string {
  return value.replace(/[_-]+/g, ' ');
}

/** An amount rounded for reading: `≈ 850 USD`, `≈ 42k USD`, `≈ 1.3M USD`. */
export function approxMoney(amount: number, currency: string): string {
  const abs = Math.abs(amount);
  let text: string;
  if (abs >= 1e6) text = `${trim((amount / 1e6).toFixed(abs >= 1e7 ? 0 : 1))}M`;
  else if (abs >= 1e3) text = `${trim((amount / 1e3).toFixed(abs >= 1e4 ? 0 : 1))}k`;
  else text = String(Math.round(amount));
  return `≈ ${text} ${currency}`;
}

function trim(fixed: string): string {
  return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
}

const PAYMENT: Record<string, string> = { prompt: 'pays promptly', ok: 'pays on time', late: 'pays late', very_late: 'pays very late' };

/**
 * One phrase saying what two personas share on a dimension, from the neighbour's value
 * (`buyerType` → `distributor`, `orderSize` → `orders ≈ 40k USD`, `categories` → `buys kettle, blender`).
 */
export function alikeLabel(key: DimensionKey, value: string | number | readonly string[], currency: string): string {
  const list = (v: typeof value) => (Array.isArray(v) ? v.map(readable).join(', ') : readable(String(v)));
  switch (key) {
    case 'buyerType':
    case 'region':
    case 'incoterm':
      return key === 'buyerType' ? readable(String(value)) : String(value);
    case 'country':
      return countryName(String(value));
    case 'categories':
      return `buys ${list(value)}`;
    case 'orderSize':
      return `orders ${approxMoney(Number(value), currency)}`;
    case 'staff':
      return `≈ ${Math.round(Number(value))} staff`;
    case 'turnoverBand':
      return `turnover ${value} USD`;
    case 'valuedFactors':
      return `values ${list(value)}`;
    case 'brandRelation':
      return value === 'owner' ? 'own brand' : "sells others' brands";
    case 'paymentTimeliness':
      return PAYMENT[String(value)] ?? String(value);
    case 'deliverySensitivity':
      return `delivery-sensitive: ${value}`;
    case 'newProductResponsiveness':
      return `open to new products: ${value}`;
    case 'loyalty':
      return `loyalty ${value}`;
  }
}
