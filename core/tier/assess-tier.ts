/**
 * A customer's tier (A/B/C/D) from twelve-month revenue against the book, order frequency,
 * recency, payment timeliness and loyalty, weighted by the company's config, with the numbers
 * behind it, the manual override when one is set, and a flag when the computed tier fell.
 */
import type { TouchpointConfig } from '../config.ts';
import type { CustomerRecord } from '../customer-record.ts';
import type { Tier } from '../customer.ts';
import type { UiLocale } from '../i18n/messages.ts';
import { translator } from '../i18n/messages.ts';
import type { BookRevenue } from './book-revenue.ts';
import { buyingHistory, type BuyingHistory } from './buying-history.ts';
import { dayNumber, isoOfDay } from './day-number.ts';
import type { TierAssessment, TierReason, TierStanding } from './tier-assessment.ts';
import { describeFactors, factorNumbers, tierOfScore, tierScore, type FactorNumbers } from './tier-factors.ts';
import { tierReasons, tierReasonText } from './tier-reasons.ts';

/** How far back drift looks: the tier the same rules gave this many days ago. */
export const DRIFT_LOOKBACK_DAYS = 90;

const TIER_RANK: Record<Tier, number> = { A: 0, B: 1, C: 2, D: 3 };

export interface AssessTierInput {
  record: CustomerRecord;
  /** The whole book's twelve-month revenues (`buildBookRevenue`), built once per book. */
  book: BookRevenue;
  config: Pick<TouchpointConfig, 'company' | 'judgement'>;
  /** `YYYY-MM-DD`. */
  today: string;
  /** The language the summary's reasons are worded in. Default English. */
  locale?: UiLocale;
}

interface Standing {
  tier: Tier;
  score: number;
  numbers: FactorNumbers;
}

function standingAsOf(history: BuyingHistory, asOf: number, book: BookRevenue, config: AssessTierInput['config']): Standing {
  const numbers = factorNumbers(history, asOf, book);
  const score = tierScore(numbers.values, config.judgement.tierWeights);
  // No order in twelve months (a prospect, a lapsed buyer) is D whatever the thresholds say:
  // a good payment record from years ago does not make an account worth effort today.
  const tier = numbers.orders === 0 ? 'D' : tierOfScore(score, config.judgement.tierThresholds);
  return { tier, score, numbers };
}

interface Judged {
  history: BuyingHistory;
  day: number;
  now: Standing;
  before: Standing;
  drift: TierStanding['drift'];
}

// Drift needs no stored state: the same rules run again as of DRIFT_LOOKBACK_DAYS ago, on the
// orders, payments and contact records known by then, and drift is set when today's tier is
// lower. The earlier revenue is ranked against today's book, the only one at hand; a book's
// spread moves slowly, so the rank is close to what it was.
function judge({ record, book, config, today }: AssessTierInput): Judged {
  const history = buyingHistory(record, config);
  const day = dayNumber(today);
  const now = standingAsOf(history, day, book, config);
  const before = standingAsOf(history, day - DRIFT_LOOKBACK_DAYS, book, config);
  const drift = TIER_RANK[now.tier] > TIER_RANK[before.tier] ? { from: before.tier, to: now.tier } : null;
  return { history, day, now, before, drift };
}

/**
 * A customer's tier, score and drift as of `today`, without reasons: the cheap form of
 * `assessTier` for a pass over the whole book (ranking touchpoints, the persona index).
 * @throws when an order's currency has no rate in the config (validate orders first).
 */
export function tierStanding(input: AssessTierInput): TierStanding {
  const { day, now, before, drift } = judge(input);
  const override = input.record.customer.tierOverride;
  return {
    tier: override ? override.tier : now.tier,
    source: override ? 'override' : 'computed',
    computed: { tier: now.tier, score: now.score },
    previous: { asOf: isoOfDay(day - DRIFT_LOOKBACK_DAYS), tier: before.tier, score: before.score },
    drift,
    values: now.numbers.values,
  };
}

/**
 * Assesses one customer's tier as of `today`, with the numbers behind it.
 *
 * Drift compares with the tier the same rules gave `DRIFT_LOOKBACK_DAYS` earlier, on what was
 * known then; nothing is stored. Cancelled orders count nowhere; other currencies convert with
 * the config's rates. Of the contact records only price notices and lost quotes are read, so
 * a pass over a big book may load just those.
 * @throws when an order's currency has no rate in the config (validate orders first).
 * @example
 * const book = buildBookRevenue(records.map((r) => twelveMonthRevenue(r.orders, config, today)));
 * const { summary } = assessTier({ record, book, config, today });
 */
export function assessTier(input: AssessTierInput): TierAssessment {
  const { history, day, now, before, drift } = judge(input);
  const factors = describeFactors(now.numbers, day, input.config.company.baseCurrency);
  const reasons = tierReasons(factors, history, day);
  const override = input.record.customer.tierOverride;
  const shown: TierReason[] = override ? [{ code: 'computed', tier: now.tier, score: now.score }, ...reasons] : reasons;
  const tr = translator(input.locale ?? 'en');
  return {
    summary: {
      tier: override ? override.tier : now.tier,
      source: override ? 'override' : 'computed',
      score: now.score,
      reasons: shown.map((reason) => tierReasonText(reason, tr)),
      drift,
      overrideNote: override ? override.note : null,
    },
    computed: { tier: now.tier, score: now.score },
    previous: { asOf: isoOfDay(day - DRIFT_LOOKBACK_DAYS), tier: before.tier, score: before.score },
    factors,
    reasons: shown,
    stage: input.record.customer.stage,
  };
}
