/**
 * Where a customer's twelve-month revenue stands in the whole book ("top 8%"). The book's
 * revenues are sorted once; each customer is then a binary search.
 */
import { toBase, type TouchpointConfig } from '../config.ts';
import type { Order } from '../order.ts';
import { dayNumber } from './day-number.ts';

/** Length of the revenue window, as in the sidebar's twelve-month total (`summariseOrders`). */
export const TWELVE_MONTHS_DAYS = 365;

/**
 * The twelve-month revenues of every customer who bought in the window, in the base
 * currency, ascending. Build it once per book with `buildBookRevenue`; the server caches it.
 */
export interface BookRevenue {
  readonly values: readonly number[];
  /** The revenues at the anchors (`REVENUE_ANCHORS`); equal when the book is too small or even to spread. */
  readonly low: number;
  readonly high: number;
}

/**
 * The book's revenues that anchor the revenue factor: at or below the 10th percentile of the
 * buying customers it is 0, at or above the 99th it is 1, and in between it follows the
 * logarithm, as a manager weighs money (50k to 100k matters as much as 500k to 1M).
 */
export const REVENUE_ANCHORS = { low: 0.1, high: 0.99 } as const;

/** Where one revenue stands in the book. */
export interface RevenueStanding {
  /** 0–1 on the log scale between the book's anchors (see `REVENUE_ANCHORS`). */
  value: number;
  /** Share of the buying customers at or below this revenue, 0–1 (1 for the largest). */
  percentile: number;
  /** Share of the buying customers at or above it, 0–1: 0.08 reads "top 8%". Null for no revenue. */
  topShare: number | null;
  /** Number of buying customers in the book. */
  bookSize: number;
}

/**
 * The book's revenue distribution from each customer's twelve-month revenue. Customers with
 * none (prospects, lapsed buyers) are left out, so "top 8%" means of those who buy.
 */
export function buildBookRevenue(values: readonly number[]): BookRevenue {
  const sorted = Array.from(Float64Array.from(values.filter((v) => v > 0)).sort());
  const n = sorted.length;
  const low = n === 0 ? 0 : sorted[Math.floor(REVENUE_ANCHORS.low * n)]!;
  const high = n === 0 ? 0 : sorted[Math.min(n - 1, Math.floor(REVENUE_ANCHORS.high * n))]!;
  return { values: sorted, low, high };
}

/** Number of values below `amount` (`inclusive`: at or below). */
function countBelow(values: readonly number[], amount: number, inclusive: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid]!;
    if (v < amount || (inclusive && v === amount)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `amount` stands in the book. A revenue above every value in the book is its top. */
export function revenueStanding(book: BookRevenue, amount: number): RevenueStanding {
  const n = book.values.length;
  if (amount <= 0) return { value: 0, percentile: 0, topShare: null, bookSize: n };
  if (n === 0) return { value: 1, percentile: 1, topShare: 1, bookSize: 0 };
  const atOrBelow = countBelow(book.values, amount, true);
  const below = countBelow(book.values, amount, false);
  const percentile = atOrBelow / n;
  const { low, high } = book;
  // A book too small or too even to spread on a log scale falls back to the rank.
  const value = high > low ? Math.min(1, Math.max(0, Math.log(amount / low) / Math.log(high / low))) : percentile;
  return { value, percentile, topShare: Math.max(1, n - below) / n, bookSize: n };
}

/**
 * Revenue in the base currency of the orders placed in the twelve months up to `today`
 * (the 365 days ending on it), cancelled orders left out: the number `buildBookRevenue` takes.
 */
export function twelveMonthRevenue(orders: readonly Order[], config: Pick<TouchpointConfig, 'company'>, today: string): number {
  const end = dayNumber(today);
  let cents = 0;
  for (const o of orders) {
    if (o.status === 'cancelled') continue;
    const day = dayNumber(o.orderedAt);
    if (day > end - TWELVE_MONTHS_DAYS && day <= end) cents += Math.round(toBase(config, o.amount, o.currency) * 100);
  }
  return cents / 100;
}
