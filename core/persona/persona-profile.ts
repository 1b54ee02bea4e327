/**
 * A customer's persona (客户画像): the dimensions a rep compares buyers on, derived from the
 * customer's history where data allows, taken from the customer record where only a person
 * knows, and null (or an empty list) where nobody knows yet. An inquiry yields the same shape
 * with most dimensions unknown.
 */
import { z } from 'zod';
import { BrandRelation, BuyerType, Level, TurnoverBand, ValuedFactor } from '../customer.ts';
import { Incoterm } from '../order.ts';
import { CountryCode } from '../primitives.ts';
import { WorldRegion } from './world-region.ts';

/** Whether a buyer resells to other businesses or sells to (or is) the final user. */
export const BuyerClass = z.enum(['intermediary', 'end_customer']);
export type BuyerClass = z.infer<typeof BuyerClass>;

/** How a customer pays against the due date, best first. */
export const PaymentTimeliness = z.enum(['prompt', 'ok', 'late', 'very_late']);
export type PaymentTimeliness = z.infer<typeof PaymentTimeliness>;

export const PersonaProfile = z.object({
  buyerType: BuyerType.nullable(),
  /** Follows from `buyerType`. */
  buyerClass: BuyerClass.nullable(),
  brandRelation: BrandRelation.nullable(),
  staff: z.number().int().nonnegative().nullable(),
  turnoverBand: TurnoverBand.nullable(),
  paymentTimeliness: PaymentTimeliness.nullable(),
  deliverySensitivity: Level.nullable(),
  loyalty: Level.nullable(),
  newProductResponsiveness: Level.nullable(),
  /** Empty = unknown. */
  valuedFactors: z.array(ValuedFactor),
  /** Catalogue keys bought or asked for (`kettle`); empty = unknown. */
  catalogueKeys: z.array(z.string()),
  /** Their catalogue categories (`small_appliances`); empty = unknown. */
  categories: z.array(z.string()),
  /** Most frequent incoterm of recent orders. */
  incoterm: Incoterm.nullable(),
  /** Median order value in the company's base currency. */
  orderSize: z.number().nonnegative().nullable(),
  country: CountryCode.nullable(),
  region: WorldRegion.nullable(),
});
export type PersonaProfile = z.infer<typeof PersonaProfile>;

const INTERMEDIARIES: ReadonlySet<BuyerType> = new Set(['distributor', 'wholesaler', 'importer', 'trading_company']);

/** Distributors, wholesalers, importers and trading companies resell; the rest sell to consumers or use the goods. */
export function buyerClassOf(buyerType: BuyerType | null | undefined): BuyerClass | null {
  if (!buyerType) return null;
  return INTERMEDIARIES.has(buyerType) ? 'intermediary' : 'end_customer';
}

/** A profile with every dimension unknown. */
export function emptyPersona(): PersonaProfile {
  return {
    buyerType: null,
    buyerClass: null,
    brandRelation: null,
    staff: null,
    turnoverBand: null,
    paymentTimeliness: null,
    deliverySensitivity: null,
    loyalty: null,
    newProductResponsiveness: null,
    valuedFactors: [],
    catalogueKeys: [],
    categories: [],
    incoterm: null,
    orderSize: null,
    country: null,
    region: null,
  };
}
