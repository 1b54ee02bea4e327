/**
 * The churn index of a customer: how likely it is slipping away, from signals a sales manager
 * reads one by one — a gap well past its usual rhythm, falling purchases, complaints, lost
 * quotes, and mails it no longer answers. Each factor is scored 0–1 on its own and shown with
 * its figures; the index combines them as independent warnings (1 − Π(1 − weight × score)),
 * so one strong signal is enough to flag and every further one adds.
 */
import { rateOf, type TouchpointConfig } from '../config.ts';
import type { CustomerRecord } from '../customer-record.ts';
import type { Interaction } from '../interaction.ts';
import { addDays, daysBetween } from '../local-time.ts';
import { clamp } from './priority.ts';
import { forecastReorder, purchaseDates, type ReorderForecast } from './reorder-forecast.ts';

export type ChurnFactorKey = 'gap' | 'amounts' | 'complaints' | 'lost_quotes' | 'silence';

/** The figures behind a factor, as data: `churnSignText` words them ("no order for 210 days, 3.1× the usual 68"). */
export type ChurnReason =
  | { code: 'gap'; days: number; ratio: number; usualDays: number }
  | { code: 'gap_single_order'; days: number }
  | { code: 'amounts'; change: number }
  | { code: 'complaints'; count: number; open: number }
  | { code: 'lost_quotes'; lost: number; decided: number }
  | { code: 'silence'; days: number; unanswered: number };

export interface ChurnFactor {
  key: ChurnFactorKey;
  /** 0 (no sign) … 1 (as strong as it gets). */
  score: number;
  /** How much the factor counts in the index. */
  weight: number;
  /** The figure behind the score (gap ÷ usual gap, change in purchases, complaints, lost quotes, silent days). */
  value: number;
  /** The figures behind it, for the reason a rep reads. */
  reason: ChurnReason;
}

export interface ChurnRisk {
  /** 0–1. */
  index: number;
  /** Index at or above {@link CHURN_FLAG_AT}: worth a suggestion. */
  flagged: boolean;
  /** Every factor that could be measured, strongest contribution first. */
  factors: ChurnFactor[];
}

/** Index from which a customer is flagged as a churn risk. */
export const CHURN_FLAG_AT = 0.5;

export const CHURN_WEIGHTS: Readonly<Record<ChurnFactorKey, number>> = {
  gap: 0.85,
  amounts: 0.5,
  complaints: 0.4,
  lost_quotes: 0.45,
  silence: 0.5,
};

/** The rhythm assumed for a customer with one order: a year, loosely. */
const SINGLE_ORDER_GAP_DAYS = 365;
const SINGLE_ORDER_SPREAD = 0.5;
/** Smallest spread used to judge a gap: even clockwork buyers slip by a few weeks. */
const MIN_SPREAD = 0.2;

const round2 = (x: number) => Math.round(x * 100) / 100;

function gapFactor(record: CustomerRecord, forecast: ReorderForecast | null, today: string): ChurnFactor | null {
  const dates = purchaseDates(record.orders, today);
  const last = dates[dates.length - 1];
  if (last === undefined) return null;
  const usual = forecast?.basis.typicalGapDays ?? SINGLE_ORDER_GAP_DAYS;
  const spread = Math.max(MIN_SPREAD, forecast?.basis.spread ?? SINGLE_ORDER_SPREAD);
  const waited = daysBetween(last, today);
  const ratio = waited / usual;
  // How many spreads past the usual gap: one is ordinary slack, three is a customer gone quiet.
  const z = waited > 0 ? Math.log(ratio) / spread : 0;
  return {
    key: 'gap',
    score: round2(clamp((z - 1) / 2, 0, 1)),
    weight: CHURN_WEIGHTS.gap,
    value: round2(ratio),
    reason: forecast ? { code: 'gap', days: waited, ratio, usualDays: usual } : { code: 'gap_single_order', days: waited },
  };
}

function baseAmount(config: Pick<TouchpointConfig, 'company'>, amount: number, currency: string): number {
  // An order in a currency the config has no rate for counts as nothing rather than stopping the plan.
  return amount * (rateOf(config, currency) ?? 0);
}

function amountsFactor(record: CustomerRecord, config: Pick<TouchpointConfig, 'company'>, today: string): ChurnFactor | null {
  const yearAgo = addDays(today, -365);
  const twoYearsAgo = addDays(today, -730);
  const live = record.orders.filter((o) => o.status !== 'cancelled' && o.orderedAt <= today);
  const prior = live.filter((o) => o.orderedAt > twoYearsAgo && o.orderedAt <= yearAgo);
  // One order a year says little about a trend; compare only with two or more.
  if (prior.length < 2) return null;
  const sum = (os: typeof live) => os.reduce((s, o) => s + baseAmount(config, o.amount, o.currency), 0);
  const before = sum(prior);
  if (before <= 0) return null;
  const change = sum(live.filter((o) => o.orderedAt > yearAgo)) / before - 1;
  return {
    key: 'amounts',
    score: round2(clamp((-change - 0.2) / 0.5, 0, 1)),
    weight: CHURN_WEIGHTS.amounts,
    value: round2(change),
    reason: { code: 'amounts', change },
  };
}

function withinYear(i: Interaction, today: string): boolean {
  const day = i.occurredAt.slice(0, 10);
  return day > addDays(today, -365) && day <= today;
}

function complaintsFactor(record: CustomerRecord, today: string): ChurnFactor {
  const complaints = record.interactions.filter((i) => i.kind === 'complaint' && i.direction === 'received' && withinYear(i, today));
  const open = complaints.filter((i) => i.outcome !== 'resolved').length;
  // An unresolved complaint weighs twice a settled one.
  return {
    key: 'complaints',
    score: round2(clamp(0.5 * open + 0.25 * (complaints.length - open), 0, 1)),
    weight: CHURN_WEIGHTS.complaints,
    value: complaints.length,
    reason: { code: 'complaints', count: complaints.length, open },
  };
}

function lostQuotesFactor(record: CustomerRecord, today: string): ChurnFactor {
  const quotes = record.interactions.filter((i) => i.kind === 'quote' && i.direction === 'sent' && withinYear(i, today));
  const lost = quotes.filter((i) => i.outcome === 'lost').length;
  const won = quotes.filter((i) => i.outcome === 'won').length;
  return {
    key: 'lost_quotes',
    score: lost ? round2((lost / (lost + won)) * Math.min(1, lost / 2)) : 0,
    weight: CHURN_WEIGHTS.lost_quotes,
    value: lost,
    reason: { code: 'lost_quotes', lost, decided: lost + won },
  };
}

function silenceFactor(record: CustomerRecord, today: string): ChurnFactor | null {
  const past = record.interactions.filter((i) => i.occurredAt.slice(0, 10) <= today);
  const lastHeard = past.filter((i) => i.direction === 'received').reduce<string | null>((m, i) => (m === null || i.occurredAt > m ? i.occurredAt : m), null);
  if (lastHeard === null) return null;
  // Only our own unanswered mails make silence a signal; no contact either way is the cadence's business.
  const unanswered = past.filter((i) => i.direction === 'sent' && i.occurredAt > lastHeard && i.kind !== 'greeting').length;
  const days = daysBetween(lastHeard.slice(0, 10), today);
  if (unanswered === 0) return { key: 'silence', score: 0, weight: CHURN_WEIGHTS.silence, value: days, reason: { code: 'silence', days, unanswered } };
  return {
    key: 'silence',
    score: round2(clamp((days - 90) / 180, 0, 1) * Math.min(1, unanswered / 2)),
    weight: CHURN_WEIGHTS.silence,
    value: days,
    reason: { code: 'silence', days, unanswered },
  };
}

/**
 * The churn index of a customer as of `today`, with its factors. A customer that never
 * ordered cannot churn: its index is 0 with no factors.
 * @param config read for currency rates (purchases compared in the base currency).
 * @param forecast the customer's reorder forecast as of `today`, when the caller already has it.
 */
export function churnRisk(
  record: CustomerRecord,
  config: Pick<TouchpointConfig, 'company'>,
  today: string,
  forecast: ReorderForecast | null = forecastReorder(record.orders, config, today),
): ChurnRisk {
  if (purchaseDates(record.orders, today).length === 0) return { index: 0, flagged: false, factors: [] };
  const factors = [
    gapFactor(record, forecast, today),
    amountsFactor(record, config, today),
    complaintsFactor(record, today),
    lostQuotesFactor(record, today),
    silenceFactor(record, today),
  ].filter((f): f is ChurnFactor => f !== null);
  const index = round2(1 - factors.reduce((keep, f) => keep * (1 - f.weight * f.score), 1));
  factors.sort((a, b) => b.weight * b.score - a.weight * a.score);
  return { index, flagged: index >= CHURN_FLAG_AT, factors };
}
