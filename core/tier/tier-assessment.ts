/**
 * The shapes of a tier assessment: the factor values (0–1, with the numbers behind them), the
 * coded reasons, and the `TierSummary` the sidebar shows. Other modules (touchpoints, persona
 * index) and the evaluation read the factors; surfaces read the summary.
 */
import { z } from 'zod';
import { TierSummary } from '../customer-context.ts';
import { Stage, Tier } from '../customer.ts';
import { CurrencyCode, IsoDate } from '../primitives.ts';

const Share = z.number().min(0).max(1);
const Count = z.number().int().nonnegative();

/** What happened shortly before a customer stopped buying: a price notice, or a quote we lost. */
export const BreakTrigger = z.enum(['price_notice', 'lost_quote']);
export type BreakTrigger = z.infer<typeof BreakTrigger>;

export const RevenueFactor = z.object({
  value: Share,
  /** Twelve-month revenue in the base currency. */
  amount: z.number().nonnegative(),
  currency: CurrencyCode,
  /** Share of the book's buying customers at or above this revenue (0.08 = top 8%); null with no revenue. */
  topShare: Share.nullable(),
  bookSize: Count,
});

export const FrequencyFactor = z.object({
  value: Share,
  /** Orders placed in the last twelve months. */
  orders: Count,
});

export const RecencyFactor = z.object({
  value: Share,
  lastOrderAt: IsoDate.nullable(),
  daysSinceLastOrder: Count.nullable(),
  /** Median days between the customer's orders; null with fewer than two order days. */
  usualIntervalDays: z.number().nullable(),
});

export const PaymentFactor = z.object({
  value: Share,
  counted: Count,
  onTime: Count,
  paidLate: Count,
  unpaidPastDue: Count,
  averageDaysLate: z.number().nullable(),
});

export const LoyaltyBreak = z.object({
  /** Last order before the gap. */
  from: IsoDate,
  /** The order that ended it; null while it goes on. */
  to: IsoDate.nullable(),
  gapDays: Count,
  after: BreakTrigger,
  triggerAt: IsoDate,
});
export type LoyaltyBreak = z.infer<typeof LoyaltyBreak>;

export const LoyaltyFactor = z.object({
  value: Share,
  firstOrderAt: IsoDate.nullable(),
  /** Years since the first order, one decimal. */
  yearsActive: z.number().nonnegative(),
  breaks: z.array(LoyaltyBreak),
});

export const TierFactors = z.object({
  revenue: RevenueFactor,
  frequency: FrequencyFactor,
  recency: RecencyFactor,
  payment: PaymentFactor,
  loyalty: LoyaltyFactor,
});
export type TierFactors = z.infer<typeof TierFactors>;

/** One reason behind a tier, as data: `tierReasonText` words it. */
export const TierReason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('prospect') }),
  z.object({ code: z.literal('only_cancelled'), cancelled: Count }),
  z.object({ code: z.literal('revenue'), amount: z.number(), currency: CurrencyCode, topShare: Share }),
  z.object({ code: z.literal('no_revenue') }),
  z.object({ code: z.literal('frequency'), orders: Count }),
  z.object({ code: z.literal('recency'), days: Count, usualIntervalDays: z.number().nullable() }),
  z.object({
    code: z.literal('payment'),
    onTime: Count,
    counted: Count,
    paidLate: Count,
    unpaidPastDue: Count,
    averageDaysLate: z.number().nullable(),
  }),
  z.object({ code: z.literal('payment_none_due') }),
  z.object({ code: z.literal('tenure'), years: z.number(), since: IsoDate }),
  z.object({ code: z.literal('breaks'), after: BreakTrigger, count: Count, years: z.array(z.number().int()) }),
  /** Under a manual override: what the rules would say. */
  z.object({ code: z.literal('computed'), tier: Tier, score: z.number() }),
]);
export type TierReason = z.infer<typeof TierReason>;

const ComputedTier = z.object({ tier: Tier, score: z.number() });
const PreviousTier = z.object({ asOf: IsoDate, tier: Tier, score: z.number() });
const Drift = z.object({ from: Tier, to: Tier }).nullable();

/** The five factor values, 0–1 each, as the score weighs them. */
export const FactorValues = z.object({ revenue: Share, frequency: Share, recency: Share, payment: Share, loyalty: Share });
export type FactorValues = z.infer<typeof FactorValues>;

/** A customer's tier without its explanation: what a pass over the whole book needs. */
export const TierStanding = z.object({
  /** The tier to act on: the override when one is set, else the computed tier. */
  tier: Tier,
  source: z.enum(['computed', 'override']),
  /** The tier the rules give today, whatever the override says. */
  computed: ComputedTier,
  /** The same rules as of `DRIFT_LOOKBACK_DAYS` earlier: what drift compares with. */
  previous: PreviousTier,
  /** Set when the computed tier is lower than the previous one. */
  drift: Drift,
  values: FactorValues,
});
export type TierStanding = z.infer<typeof TierStanding>;

export const TierAssessment = z.object({
  /** What the sidebar shows: the override when one is set, else the computed tier. */
  summary: TierSummary,
  computed: ComputedTier,
  previous: PreviousTier,
  factors: TierFactors,
  reasons: z.array(TierReason),
  /** Relationship stage as recorded on the customer (vendor → preferred → partner → strategic). */
  stage: Stage,
});
export type TierAssessment = z.infer<typeof TierAssessment>;
