/**
 * The exporting company's settings: who we are, what we sell, how we weigh customers.
 * One file (`touchpoint.config.json`), validated at start; a bad key stops the server with its path.
 */
import { z } from 'zod';
import { CurrencyCode, DomainName, IsoDate, TimeZone } from './primitives.ts';

const Weight = z.number().min(0).max(10);
const Share = z.number().min(0).max(1);
const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM, 24-hour');

export const CatalogueTerm = z.object({
  /** Stable key for the product family (`kettle`). */
  key: z.string().regex(/^[a-z0-9_-]+$/, 'a catalogue key is lower-case letters, digits, _ or -'),
  category: z.string().min(1),
  /** Words a buyer writing in English may use. */
  en: z.array(z.string().min(1)).min(1),
  /** Words a buyer writing in Chinese may use. */
  zh: z.array(z.string().min(1)).default([]),
});
export type CatalogueTerm = z.infer<typeof CatalogueTerm>;

/**
 * A price increase the company has announced. The planner turns it into price-change notices,
 * A customers first, each with the customer's own new price under the tier's cost share.
 */
export const PriceChange = z
  .object({
    /** Stable key, so a notice logged for it is not suggested again (`2027-steel`). */
    key: z.string().regex(/^[a-z0-9_-]+$/, 'a price change key is lower-case letters, digits, _ or -'),
    announcedOn: IsoDate,
    effectiveOn: IsoDate,
    /** The increase as a share of the price (0.08 = 8 %). */
    increase: z.number().positive().max(5),
    /** Catalogue keys or categories it applies to; empty = everything. */
    applies: z.array(z.string().min(1)).default([]),
    note: z.string().max(500).optional(),
  })
  .strict()
  .refine((p) => p.effectiveOn >= p.announcedOn, { path: ['effectiveOn'], message: 'a price change takes effect on or after its announcement' });
export type PriceChange = z.infer<typeof PriceChange>;

export const TouchpointConfig = z
  .object({
    /** Free text for people reading the file; ignored. */
    $comment: z.string().optional(),
    company: z
      .object({
        name: z.string().trim().min(1),
        /** Our own mail domains: never resolved to a customer; mail from them is "sent". */
        domains: z.array(DomainName).min(1, 'list at least one of the company’s own mail domains'),
        baseCurrency: CurrencyCode,
        /**
         * How many units of the base currency one unit of each currency is worth.
         * The base currency itself may be omitted (it is 1).
         */
        rates: z.record(CurrencyCode, z.number().positive('a rate must be above zero')),
        timeZone: TimeZone,
        workingHours: z.object({
          start: HHMM,
          end: HHMM,
          /** ISO weekdays, 1 = Monday … 7 = Sunday. */
          days: z.array(z.number().int().min(1).max(7)).min(1),
        }),
      })
      .strict(),
    catalogue: z.array(CatalogueTerm).min(1, 'list at least one catalogue term'),
    judgement: z
      .object({
        tierWeights: z
          .object({ revenue: Weight, frequency: Weight, recency: Weight, payment: Weight, loyalty: Weight })
          .strict(),
        /** Lowest score (0–100) for each tier; below C is D. */
        tierThresholds: z.object({ A: z.number(), B: z.number(), C: z.number() }).strict(),
        /** Days between touchpoints a tier deserves. */
        cadenceDays: z
          .object({ A: z.number().int().positive(), B: z.number().int().positive(), C: z.number().int().positive(), D: z.number().int().positive() })
          .strict(),
        /** Hours within which an inbound message should be answered. */
        replySlaHours: z.number().positive(),
        /** Share of a price increase each tier bears (A 0.5 = half). */
        priceIncreaseShare: z.object({ A: Share, B: Share, C: Share, D: Share }).strict(),
        /** Announced price increases; the planner suggests notices from them. */
        priceChanges: z.array(PriceChange).default([]),
        /** How many days before a holiday an e-mail greeting, and a card or gift, are due. */
        greetingLeadDays: z
          .object({ email: z.number().int().min(0).max(30), gift: z.number().int().min(0).max(90) })
          .strict()
          .default({ email: 3, gift: 21 }),
        /** How far ahead the sidebar lists a customer's holidays. */
        holidayHorizonDays: z.number().int().min(1).max(366).default(45),
        /** Weights of persona dimensions in the similarity of an inquiry to customers. */
        personaWeights: z.record(z.string(), Weight),
        /** The persona the company wants more of; fit is measured against it. */
        targetPersona: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
      })
      .strict(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const { tierThresholds: t } = config.judgement;
    if (!(t.A > t.B && t.B > t.C)) {
      ctx.addIssue({ code: 'custom', path: ['judgement', 'tierThresholds'], message: 'thresholds must fall from A to B to C' });
    }
    const { start, end } = config.company.workingHours;
    if (start >= end) ctx.addIssue({ code: 'custom', path: ['company', 'workingHours', 'end'], message: 'working hours must end after they start' });
  });
export type TouchpointConfig = z.infer<typeof TouchpointConfig>;

/** Rate of `currency` in the base currency, or undefined when the config has none. */
export function rateOf(config: Pick<TouchpointConfig, 'company'>, currency: string): number | undefined {
  if (currency === config.company.baseCurrency) return 1;
  return config.company.rates[currency];
}

/** `amount` in `currency` converted to the base currency. Throws on a currency the config lacks: callers validate first. */
export function toBase(config: Pick<TouchpointConfig, 'company'>, amount: number, currency: string): number {
  const rate = rateOf(config, currency);
  if (rate === undefined) throw new Error(`no conversion rate for ${currency} in company.rates`);
  return Math.round(amount * rate * 100) / 100;
}
