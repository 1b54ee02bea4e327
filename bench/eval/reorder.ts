/**
 * How well the planner's judgement matches the demo book's hidden truth: the reorder forecast
 * against the naive baseline (last order + last gap), in a backtest and forward from today,
 * and how the churn index separates the customers that did churn.
 *
 *   npx tsx bench/eval/reorder.ts [customers=2000]
 *
 * The demo book is generated here; core sees only the records, never `truth` (read here only
 * to score the answers).
 */
import { pathToFileURL } from 'node:url';
import { addDays, daysBetween } from '../../core/local-time.ts';
import { churnRisk } from '../../core/touchpoints/churn-risk.ts';
import { forecastReorder, purchaseDates } from '../../core/touchpoints/reorder-forecast.ts';
import { demoRecord, exampleConfig } from './demo-records.ts';
import { streamBook } from '../../server/demo/generate-book.ts';

export interface EvaluateReorderOptions {
  /** Default 20261125. */
  seed?: number;
  /** Default 2,000. */
  customers?: number;
  /** Default '2026-11-25'. */
  today?: string;
}

/** Mean absolute error in days of the forecast and of the naive baseline over `count` customers. */
export interface ForecastScore {
  count: number;
  forecastMae: number;
  naiveMae: number;
  /** Share of forecasts within ±20 % of the gap, against the mean stated confidence (calibration). */
  withinWindow: number;
  meanConfidence: number;
}

export interface ReorderEvaluation {
  options: Required<EvaluateReorderOptions>;
  /** The last order of customers with at least four, forecast from the ones before as of the day after the previous. */
  backtest: ForecastScore & { seasonal: ForecastScore };
  /** Customers with at least six purchases: share the forecast calls seasonal, by whether their hidden rhythm has a season. */
  seasonDetection: { seasonal: number; seasonalFound: number; steady: number; steadyFound: number };
  /** As of today against the next order the customer's rhythm brings (hidden truth); the naive date is moved to today when already past. */
  forward: ForecastScore & { naiveRawMae: number; overdue: number };
  churn: {
    churned: number;
    active: number;
    meanIndexChurned: number;
    meanIndexActive: number;
    /** Chance a churned customer's index is above an active one's (0.5 = no separation). */
    auc: number;
    /** Share of each group flagged (index at or above the suggestion threshold). */
    flaggedChurned: number;
    flaggedActive: number;
  };
}

const config = exampleConfig();

function naive(dates: string[]): string | null {
  if (dates.length < 2) return null;
  const last = dates[dates.length - 1]!;
  return addDays(last, daysBetween(dates[dates.length - 2]!, last));
}

class Score {
  n = 0;
  forecast = 0;
  naive = 0;
  within = 0;
  confidence = 0;
  add(forecastOn: string, naiveOn: string, actual: string, gapDays: number, confidence: number): void {
    this.n += 1;
    this.forecast += Math.abs(daysBetween(actual, forecastOn));
    this.naive += Math.abs(daysBetween(actual, naiveOn));
    this.within += Math.abs(daysBetween(actual, forecastOn)) <= 0.2 * gapDays ? 1 : 0;
    this.confidence += confidence;
  }
  result(): ForecastScore {
    const r = (x: number) => Math.round((x / Math.max(1, this.n)) * 100) / 100;
    return { count: this.n, forecastMae: r(this.forecast), naiveMae: r(this.naive), withinWindow: r(this.within), meanConfidence: r(this.confidence) };
  }
}

function auc(positive: number[], negative: number[]): number {
  // Rank-sum (Mann–Whitney) with ties counted half.
  const all = [...positive.map((v) => ({ v, p: true })), ...negative.map((v) => ({ v, p: false }))].sort((a, b) => a.v - b.v);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.v === all[i]!.v) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.p) rankSum += rank;
    i = j;
  }
  const n1 = positive.length;
  const n0 = negative.length;
  return n1 && n0 ? (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0) : 0.5;
}

/** Scores the reorder forecast and the churn index on a generated demo book. */
export function evaluateReorder(options: EvaluateReorderOptions = {}): ReorderEvaluation {
  const opts = { seed: options.seed ?? 20261125, customers: options.customers ?? 2000, today: options.today ?? '2026-11-25' };
  const back = new Score();
  const backSeasonal = new Score();
  const forward = new Score();
  const season = { seasonal: 0, seasonalFound: 0, steady: 0, steadyFound: 0 };
  let naiveRaw = 0;
  let overdue = 0;
  const churned: number[] = [];
  const active: number[] = [];
  let flaggedChurned = 0;
  let flaggedActive = 0;

  for (const bundle of streamBook({ ...opts, ownDomain: 'lumen-home.example', reps: 4 })) {
    const record = demoRecord(bundle, opts.today);
    const { truth } = bundle;
    const dates = purchaseDates(record.orders, opts.today);

    if (dates.length >= 4) {
      const hidden = dates[dates.length - 1]!;
      const asOf = addDays(dates[dates.length - 2]!, 1);
      const before = record.orders.filter((o) => o.orderedAt < asOf);
      const forecast = forecastReorder(before, config, asOf);
      const baseline = naive(dates.slice(0, -1));
      if (forecast && baseline) {
        back.add(forecast.likelyOn, baseline, hidden, forecast.basis.typicalGapDays, forecast.confidence);
        if (forecast.basis.seasonal) backSeasonal.add(forecast.likelyOn, baseline, hidden, forecast.basis.typicalGapDays, forecast.confidence);
      }
    }

    const now = dates.length >= 2 ? forecastReorder(record.orders, config, opts.today) : null;
    if (now && dates.length >= 6) {
      if (truth.season) {
        season.seasonal += 1;
        if (now.basis.seasonal) season.seasonalFound += 1;
      } else {
        season.steady += 1;
        if (now.basis.seasonal) season.steadyFound += 1;
      }
    }

    if (truth.nextOrderDate) {
      const forecast = now;
      const baseline = naive(dates);
      if (forecast && baseline) {
        forward.add(forecast.likelyOn, baseline < opts.today ? opts.today : baseline, truth.nextOrderDate, forecast.basis.typicalGapDays, forecast.confidence);
        naiveRaw += Math.abs(daysBetween(truth.nextOrderDate, baseline));
        if (forecast.overdue) overdue += 1;
      }
    }

    if (record.orders.length > 0) {
      const risk = churnRisk(record, config, opts.today);
      (truth.churned ? churned : active).push(risk.index);
      if (risk.flagged) {
        if (truth.churned) flaggedChurned += 1;
        else flaggedActive += 1;
      }
    }
  }

  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 1000) / 1000;
  const f = forward.result();
  return {
    options: opts,
    backtest: { ...back.result(), seasonal: backSeasonal.result() },
    seasonDetection: {
      ...season,
      seasonalFound: Math.round((season.seasonalFound / Math.max(1, season.seasonal)) * 1000) / 1000,
      steadyFound: Math.round((season.steadyFound / Math.max(1, season.steady)) * 1000) / 1000,
    },
    forward: { ...f, naiveRawMae: Math.round((naiveRaw / Math.max(1, f.count)) * 100) / 100, overdue },
    churn: {
      churned: churned.length,
      active: active.length,
      meanIndexChurned: mean(churned),
      meanIndexActive: mean(active),
      auc: Math.round(auc(churned, active) * 1000) / 1000,
      flaggedChurned: Math.round((flaggedChurned / Math.max(1, churned.length)) * 1000) / 1000,
      flaggedActive: Math.round((flaggedActive / Math.max(1, active.length)) * 1000) / 1000,
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const customers = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(JSON.stringify(evaluateReorder({ customers }), null, 2));
}
