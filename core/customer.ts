/**
 * A customer: the company the business sells to, with the persona dimensions a rep records
 * by hand. Computed judgement (tier score, derived persona) lives elsewhere and is not stored here.
 */
import { z } from 'zod';
import { CountryCode, DomainName, Id, IsoDate, IsoDateTime, LanguageTag, patchSchema, TimeZone } from './primitives.ts';

export const BuyerType = z.enum([
  'distributor',
  'wholesaler',
  'importer',
  'retailer',
  'chain_store',
  'brand_owner',
  'end_user',
  'trading_company',
]);
export type BuyerType = z.infer<typeof BuyerType>;

/** Relationship stage, in order: vendor → preferred supplier → partner → strategic alliance. */
export const Stage = z.enum(['vendor', 'preferred', 'partner', 'strategic']);
export type Stage = z.infer<typeof Stage>;

export const Tier = z.enum(['A', 'B', 'C', 'D']);
export type Tier = z.infer<typeof Tier>;

/** Yearly turnover band in USD, a quantifiable scale that does not depend on what they buy from us. */
export const TurnoverBand = z.enum(['<1M', '1-10M', '10-50M', '50-250M', '>250M']);
export type TurnoverBand = z.infer<typeof TurnoverBand>;

export const Credit = z.enum(['good', 'fair', 'poor', 'unknown']);
export type Credit = z.infer<typeof Credit>;

/** The product factors a customer weighs when buying. */
export const ValuedFactor = z.enum(['price', 'quality', 'specs', 'certificates', 'packaging', 'lead_time', 'service', 'brand']);
export type ValuedFactor = z.infer<typeof ValuedFactor>;

export const Level = z.enum(['low', 'medium', 'high']);
export type Level = z.infer<typeof Level>;

/** Whether the customer owns the brand on the goods or sells someone else's. */
export const BrandRelation = z.enum(['owner', 'user']);
export type BrandRelation = z.infer<typeof BrandRelation>;

/** A manual tier, set by a person, with the reason they gave. */
export const TierOverride = z.object({
  tier: Tier,
  note: z.string().trim().min(1, 'a tier override needs a note saying why'),
  setBy: Id,
  setAt: IsoDateTime,
});
export type TierOverride = z.infer<typeof TierOverride>;

/** A holiday the customer observes that the country calendar does not know. */
export const CustomHoliday = z.object({ date: IsoDate, name: z.string().trim().min(1).max(120) });

const HolidayKey = z.string().regex(/^[a-z0-9_]+$/, 'a holiday key is lower-case letters, digits or _ (`lunar_new_year`)');
/** A customer's own choice of holidays to greet, over what their country suggests. */
export const HolidayGreetings = z.object({ add: z.array(HolidayKey).max(20).default([]), skip: z.array(HolidayKey).max(20).default([]) });
export type HolidayGreetings = z.infer<typeof HolidayGreetings>;

/** Fields a person may set on a customer (create and update share them). */
const CustomerFields = {
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'a customer code is 2-32 letters, digits or hyphens'),
  name: z.string().trim().min(1, 'a customer needs a name').max(200),
  country: CountryCode,
  region: z.string().trim().max(100).nullish(),
  buyerType: BuyerType.nullish(),
  brandRelation: BrandRelation.nullish(),
  stage: Stage.default('vendor'),
  staff: z.number().int().nonnegative().nullish(),
  turnoverBand: TurnoverBand.nullish(),
  founded: z.number().int().min(1800).max(2100).nullish(),
  credit: Credit.default('unknown'),
  scopeNotes: z.string().max(4000).nullish(),
  /** E-mail domains the customer owns (never free-mail, marketplace or our own). */
  domains: z.array(DomainName).max(20).default([]),
  valuedFactors: z.array(ValuedFactor).default([]),
  newProductResponsiveness: Level.nullish(),
  deliverySensitivity: Level.nullish(),
  languages: z.array(LanguageTag).default([]),
  timeZone: TimeZone.nullish(),
  customHolidays: z.array(CustomHoliday).default([]),
  /** Holidays to greet beyond the country's usual ones (`eid_al_fitr` for a Muslim-owned firm in Germany), and ones to leave out. */
  holidayGreetings: HolidayGreetings.default({ add: [], skip: [] }),
};

export const Customer = z.object({
  id: Id,
  ...CustomerFields,
  ownerId: Id,
  /** Users (besides the owner and the owner's managers) allowed to see this customer. */
  sharedWith: z.array(Id).default([]),
  tierOverride: TierOverride.nullish(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Customer = z.infer<typeof Customer>;

/** Body of `POST /api/customers`. The owner defaults to the caller. */
export const NewCustomer = z.object({
  ...CustomerFields,
  ownerId: Id.optional(),
  sharedWith: z.array(Id).default([]),
});
export type NewCustomer = z.infer<typeof NewCustomer>;

/** A customer being prepared (the "create customer" prefill): any known fields, no defaults applied. */
export const CustomerDraft = patchSchema(CustomerFields);
export type CustomerDraft = z.infer<typeof CustomerDraft>;

/** Body of `PATCH /api/customers/:id`: any subset of the fields; `tierOverride: null` clears it. */
export const CustomerPatch = patchSchema({
  ...CustomerFields,
  ownerId: Id,
  sharedWith: z.array(Id),
  tierOverride: z.object({ tier: Tier, note: TierOverride.shape.note }).nullable(),
});
export type CustomerPatch = z.infer<typeof CustomerPatch>;
