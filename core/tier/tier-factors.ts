/**
 * The five tier factors as of one day, each 0–1 with its numbers, and the weighted score.
 * The curves that turn numbers into 0–1 live here; the weights and thresholds are the company's.
 * Curves and the example config were calibrated against a seasoned manager's tiers on a demo
 * book (`bench/eval/tier.ts`).
 */
import type { TouchpointConfig } from '../config.ts';
import type { Tier } from '../customer.ts';
import { revenueStanding, TWELVE_MONTHS_DAYS, type BookRevenue, type RevenueStanding } from './book-revenue.ts';
import type { BuyingHistory } from './buying-history.ts';
import { isoOfDay } from './day-number.ts';
import { loyaltyBreaks, orderDaysUntil, usualInterval, type LoyaltyBreak } from './loyalty-breaks.ts';
import { paymentTimeliness, type PaymentTimeliness } from './payment-timeliness.ts';
import type { FactorValues, TierFactors } from './tier-assessment.ts';

/** Orders in twelve months that earn the full frequency factor. */
export const FREQUENCY_FULL_ORDERS = 4;
/** Interval assumed for recency while the customer has fewer than two order days. */
export const DEFAULT_INTERVAL_DAYS = 90;
/** Shortest interval recency measures against: two orders a week apart do not make a weekly buyer. */
const MIN_INTERVAL_DAYS = 30;
/** Recency fades to 0 over this many usual intervals past the due order. */
const RECENCY_FADE_INTERVALS = 2;
/** Whatever the rhythm, recency fades from half this to 0 at this many days without an order. */
const RECENCY_MAX_DAYS = TWELVE_MONTHS_DAYS;
/** Years of buying that earn the full loyalty factor. */
export const LOYALTY_FULL_YEARS = 3;
/** Each break keeps this share of the loyalty factor. */
export const BREAK_KEEPS = 0.5;

const DAYS_PER_YEAR = 365.25;

/** The factors with the numbers behind them, dates as day numbers. @internal */
export interface FactorNumbers {
  values: FactorValues;
  amount: number;
  standing: RevenueStanding;
  orders: number;
  first: number | null;
  last: number | null;
  usual: number | null;
  payment: PaymentTimeliness;
  breaks: LoyaltyBreak[];
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** 1 until the customer's next order was due, then fading; 0 after a year whatever the rhythm. */
function recencyValue(daysSince: number, usual: number | null): number {
  const interval = Math.max(MIN_INTERVAL_DAYS, usual ?? DEFAULT_INTERVAL_DAYS);
  const relative = clamp01(1 - (daysSince - interval) / (RECENCY_FADE_INTERVALS * interval));
  const absolute = clamp01((RECENCY_MAX_DAYS - daysSince) / (RECENCY_MAX_DAYS / 2));
  return Math.min(relative, absolute);
}

/**
 * The factors of `history` as of `asOf` (a day number): only orders placed, payments made and
 * events logged by then count. Revenue ranks against `book` as given. @internal
 */
export function factorNumbers(history: BuyingHistory, asOf: number, book: BookRevenue): FactorNumbers {
  let cents = 0;
  let orders = 0;
  let first: number | null = null;
  let last: number | null = null;
  for (const o of history.orders) {
    if (o.day > asOf) break;
    first ??= o.day;
    last = o.day;
    if (o.day > asOf - TWELVE_MONTHS_DAYS) {
      cents += o.cents;
      orders += 1;
    }
  }
  const amount = cents / 100;
  const standing = revenueStanding(book, amount);
  const days = orderDaysUntil(history.orders, asOf);
  const usual = usualInterval(days);
  const payment = paymentTimeliness(history.orders, asOf);
  const breaks = loyaltyBreaks(days, history.triggers, asOf);
  const tenure = first === null ? 0 : Math.min(1, (asOf - first) / DAYS_PER_YEAR / LOYALTY_FULL_YEARS);
  return {
    values: {
      revenue: standing.value,
      frequency: Math.min(1, orders / FREQUENCY_FULL_ORDERS),
      recency: last === null ? 0 : recencyValue(asOf - last, usual),
      payment: payment.value,
      loyalty: tenure * Math.pow(BREAK_KEEPS, breaks.length),
    },
    amount,
    standing,
    orders,
    first,
    last,
    usual,
    payment,
    breaks,
  };
}

/** The factors as the assessment shows them, dates as `YYYY-MM-DD`. @internal */
export function describeFactors(n: FactorNumbers, asOf: number, currency: string): TierFactors {
  return {
    revenue: { value: n.values.revenue, amount: n.amount, currency, topShare: n.standing.topShare, bookSize: n.standing.bookSize },
    frequency: { value: n.values.frequency, orders: n.orders },
    recency: {
      value: n.values.recency,
      lastOrderAt: n.last === null ? null : isoOfDay(n.last),
      daysSinceLastOrder: n.last === null ? null : asOf - n.last,
      usualIntervalDays: n.usual === null ? null : Math.round(n.usual),
    },
    payment: n.payment,
    loyalty: {
      value: n.values.loyalty,
      firstOrderAt: n.first === null ? null : isoOfDay(n.first),
      yearsActive: n.first === null ? 0 : Math.round(((asOf - n.first) / DAYS_PER_YEAR) * 10) / 10,
      breaks: n.breaks.map((b) => ({
        from: isoOfDay(b.from),
        to: b.to === null ? null : isoOfDay(b.to),
        gapDays: b.gapDays,
        after: b.after,
        triggerAt: isoOfDay(b.triggerDay),
      })),
    },
  };
}

/** The factors of `history` as of `asOf` (a day number), with their numbers. */
export function tierFactors(history: BuyingHistory, asOf: number, book: BookRevenue, currency: string): TierFactors {
  return describeFactors(factorNumbers(history, asOf, book), asOf, currency);
}

/** The weighted mean of the factor values on 0–100, one decimal. All weights zero gives 0. */
export function tierScore(values: FactorValues, weights: TouchpointConfig['judgement']['tierWeights']): number {
  const total = weights.revenue + weights.frequency + weights.recency + weights.payment + weights.loyalty;
  if (total === 0) return 0;
  const sum =
    weights.revenue * values.revenue +
    weights.frequency * values.frequency +
    weights.recency * values.recency +
    weights.payment * values.payment +
    weights.loyalty * values.loyalty;
  return Math.round((sum / total) * 1000) / 10;
}

/** The tier a score earns: at least the A, B or C threshold, else D. */
export function tierOfScore(score: number, thresholds: TouchpointConfig['judgement']['tierThresholds']): Tier {
  return score >= thresholds.A ? 'A' : score >= thresholds.B ? 'B' : score >= thresholds.C ? 'C' : 'D';
}
