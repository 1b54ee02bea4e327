/**
 * When a customer will order again, from its own rhythm: the typical gap between its orders
 * (a trimmed mean weighting recent gaps more, so one odd gap does not move it), or the gap
 * that follows at this time of year when its orders follow the calendar, with a confidence
 * from how regular the gaps are and how many there are.
 *
 * Gaps are modelled as log-normal (the spread grows with the gap: a quarterly buyer is off by
 * weeks, a monthly one by days), which also gives the best guess once the expected day has
 * passed with no order: the median of the gap given it is longer than the time already waited.
 */
import { errorFunction, median, probit } from 'simple-statistics';
import { rateOf, type TouchpointConfig } from '../config.ts';
import { addDays, daysBetween } from '../local-time.ts';
import type { Order } from '../order.ts';
import { dayOfYear } from './calendar.ts';
import { clamp } from './priority.ts';
import { weightedMad, weightedMedian, weightedTrimmedMean } from './weighted-stats.ts';

/** Orders placed within this many days of the one before are one purchase (a split order). */
export const SAME_PURCHASE_DAYS = 7;
/** A gap this many days before the last order weighs half as much as the last gap. */
export const RECENCY_HALF_LIFE_DAYS = 730;
/** Share of the weight cut from each end of the gaps before averaging: one odd gap (a lost year, a rush order) does not move the rhythm. */
const TRIM = 0.2;
/** Spread of the log-gap assumed before the customer's own gaps say otherwise, and how many gaps that prior is worth. */
const PRIOR_SPREAD = 0.35;
const PRIOR_WEIGHT = 2;
/** Width (days of the year) of the window of same-season gaps. */
const SEASON_WIDTH_DAYS = 20;
/** The season is used only when it predicts the customer's own past gaps this much better (leave-one-out, log scale). */
const SEASON_GAIN = 0.85;
const SEASON_MIN_GAIN = 0.02;
const SEASON_MIN_GAPS = 5;
const SEASON_MIN_SPAN_DAYS = 540;
/** The window behind the confidence: the order lands within ±20 % of the gap of the expected date. */
const CONFIDENCE_WINDOW = Math.log(1.2);

export interface ReorderBasis {
  lastOrderOn: string;
  /** Purchases counted (split orders merged). */
  purchases: number;
  /** The typical gap in days the forecast uses (seasonal when `seasonal`). */
  typicalGapDays: number;
  /** Median of all the gaps, unweighted, in days. */
  medianGapDays: number;
  /** Spread of the gaps on a log scale (0.1 clockwork, 0.5 erratic). */
  spread: number;
  /** True when the orders follow the calendar and the same-season gaps were used. */
  seasonal: boolean;
  /** Months (1–12) with the most order value, when seasonal. */
  peakMonths: number[];
}

export interface ReorderForecast {
  /** Where the rhythm puts the next order: the last order plus the typical gap. */
  expectedOn: string;
  /**
   * Best guess as of today: `expectedOn` while it is well ahead; later once today nears or
   * passes it with no order (the median of the gap given that it is longer than the wait so far).
   * Never before today.
   */
  likelyOn: string;
  /** True when `expectedOn` has passed with no order since. */
  overdue: boolean;
  /** Days since `expectedOn` when overdue, else 0. */
  daysOverdue: number;
  /** 0–1: the chance the order comes within ±20 % of the typical gap of `expectedOn`. */
  confidence: number;
  basis: ReorderBasis;
}

interface Gap {
  /** Day of the year the gap starts (the earlier order). */
  startDay: number;
  logDays: number;
  /** Days from the gap's end to the last order. */
  age: number;
}

/** Purchase dates, oldest first: orders that were not cancelled, on or before today, split orders merged. */
export function purchaseDates(orders: readonly Pick<Order, 'orderedAt' | 'status'>[], today: string): string[] {
  const dates = [...new Set(orders.filter((o) => o.status !== 'cancelled' && o.orderedAt <= today).map((o) => o.orderedAt))].sort();
  const merged: string[] = [];
  for (const date of dates) {
    const previous = merged[merged.length - 1];
    if (previous === undefined || daysBetween(previous, date) > SAME_PURCHASE_DAYS) merged.push(date);
  }
  return merged;
}

function circularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 365.25;
  return Math.min(d, 365.25 - d);
}

function seasonKernel(a: number, b: number): number {
  const d = circularDistance(a, b) / SEASON_WIDTH_DAYS;
  // A floor keeps every gap in play, so a season seen once does not decide alone.
  return Math.exp(-0.5 * d * d) + 0.02;
}

/**
 * The typical log-gap: a trimmed mean of all gaps, recent ones weighing more; or, for the
 * season, the weighted median of the gaps that started at the same time of year (the median,
 * because a seasonal buyer's gaps come in two sizes and a mean would land between them).
 */
function typicalLogGap(gaps: readonly Gap[], startDay: number | null, useRecency: boolean): number | undefined {
  const logs = gaps.map((g) => g.logDays);
  const recency = gaps.map((g) => (useRecency ? Math.pow(0.5, g.age / RECENCY_HALF_LIFE_DAYS) : 1));
  if (startDay === null) return weightedTrimmedMean(logs, recency, TRIM);
  return weightedMedian(logs, gaps.map((g, i) => recency[i]! * seasonKernel(g.startDay, startDay)));
}

/** Mean absolute error (log scale) of predicting each gap from the others. */
function leaveOneOutError(gaps: readonly Gap[], seasonal: boolean): number {
  let sum = 0;
  for (let i = 0; i < gaps.length; i++) {
    const others = gaps.filter((_, j) => j !== i);
    const gap = gaps[i]!;
    sum += Math.abs((typicalLogGap(others, seasonal ? gap.startDay : null, false) ?? gap.logDays) - gap.logDays);
  }
  return sum / gaps.length;
}

/** The months holding the most order value, in order (for the reason text). */
function peakMonths(orders: readonly Pick<Order, 'orderedAt' | 'status' | 'amount' | 'currency'>[], config: Pick<TouchpointConfig, 'company'>): number[] {
  const byMonth = new Array<number>(12).fill(0);
  for (const o of orders) {
    if (o.status === 'cancelled') continue;
    byMonth[Number(o.orderedAt.slice(5, 7)) - 1]! += o.amount * (rateOf(config, o.currency) ?? 0);
  }
  const total = byMonth.reduce((a, b) => a + b, 0);
  if (total <= 0) return [];
  return byMonth
    .map((value, i) => ({ month: i + 1, value }))
    .filter((m) => m.value >= total / 6)
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((m) => m.month);
}

function normalCdf(z: number): number {
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}

/**
 * Forecasts a customer's next order from its orders as of `today`.
 * Returns null with fewer than two purchases: one order has no rhythm yet.
 * @param config read for currency rates only (the value of orders by month, for the season's peak months).
 */
export function forecastReorder(
  orders: readonly Pick<Order, 'orderedAt' | 'status' | 'amount' | 'currency'>[],
  config: Pick<TouchpointConfig, 'company'>,
  today: string,
): ReorderForecast | null {
  const dates = purchaseDates(orders, today);
  if (dates.length < 2) return null;
  const last = dates[dates.length - 1]!;
  const gaps: Gap[] = [];
  for (let i = 1; i < dates.length; i++) {
    gaps.push({ startDay: dayOfYear(dates[i - 1]!), logDays: Math.log(daysBetween(dates[i - 1]!, dates[i]!)), age: daysBetween(dates[i]!, last) });
  }

  const seasonal =
    gaps.length >= SEASON_MIN_GAPS &&
    daysBetween(dates[0]!, last) >= SEASON_MIN_SPAN_DAYS &&
    leaveOneOutError(gaps, true) < SEASON_GAIN * leaveOneOutError(gaps, false) - SEASON_MIN_GAIN;
  const mu = typicalLogGap(gaps, seasonal ? dayOfYear(last) : null, true)!;

  const weights = gaps.map((g) => Math.pow(0.5, g.age / RECENCY_HALF_LIFE_DAYS));
  const mad = gaps.length > 1 ? 1.4826 * weightedMad(gaps.map((g) => g.logDays), weights, mu)! : 0;
  const spread = Math.sqrt((gaps.length * mad * mad + PRIOR_WEIGHT * PRIOR_SPREAD * PRIOR_SPREAD) / (gaps.length + PRIOR_WEIGHT));
  // The spread of the next gap: the gaps' own spread plus the uncertainty of their centre.
  const predictive = spread * Math.sqrt(1 + 1 / gaps.length);

  const typical = Math.max(1, Math.round(Math.exp(mu)));
  const expectedOn = addDays(last, typical);
  const waited = daysBetween(last, today);
  let likelyOn = expectedOn;
  if (waited > 0) {
    const pastWait = normalCdf((Math.log(waited) - mu) / predictive);
    const conditional = Math.exp(mu + predictive * probit(clamp((1 + pastWait) / 2, 0, 0.999_999)));
    likelyOn = addDays(last, Math.max(waited, Math.round(conditional)));
  }
  const overdue = expectedOn < today;

  return {
    expectedOn,
    likelyOn,
    overdue,
    daysOverdue: overdue ? daysBetween(expectedOn, today) : 0,
    confidence: Math.round(errorFunction(CONFIDENCE_WINDOW / (predictive * Math.SQRT2)) * 100) / 100,
    basis: {
      lastOrderOn: last,
      purchases: dates.length,
      typicalGapDays: typical,
      medianGapDays: Math.round(median(gaps.map((g) => Math.exp(g.logDays)))),
      spread: Math.round(spread * 100) / 100,
      seasonal,
      peakMonths: seasonal ? peakMonths(orders, config) : [],
    },
  };
}
