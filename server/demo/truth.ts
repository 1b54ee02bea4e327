/**
 * Hidden ground truth per customer: its latent value and the tier a seasoned export sales
 * manager would give it, for evaluating the product's own judgement. Product code never reads it.
 */
import type { Tier } from '../../core/customer.ts';
import { isoDate } from './dates.ts';
import type { DemoTruth } from './demo-book.ts';
import type { OrderHistory } from './orders.ts';
import type { Persona } from './persona.ts';

const PAYMENT_POINTS = { prompt: 15, ok: 11, late: 4, very_late: 0 } as const;
const LOYALTY_POINTS = { high: 10, medium: 6, low: 2 } as const;
const TREND_POINTS = { growth: 5, stable: 0, decline: -8, churn: 0 } as const;

/**
 * The manager's tier: value (up to 60 points, log scale from USD 10k to 1.6M a year), rhythm
 * (15, for frequent and regular ordering), payment habit (15), loyalty (10), trend (+5 / -8).
 * A ≥ 84, B ≥ 60, C ≥ 32 (about 7 %, 20 %, 33 % of a book); churned customers and prospects are D.
 */
export function managerTier(persona: Persona, churned: boolean): Tier {
  if (churned || persona.prospect) return 'D';
  const score = managerScore(persona);
  return score >= 84 ? 'A' : score >= 60 ? 'B' : score >= 32 ? 'C' : 'D';
}

/** The points behind `managerTier`, 0–105. @internal */
export function managerScore(persona: Persona): number {
  const value = 60 * Math.min(1, Math.max(0, (Math.log10(persona.value) - 4) / 2.2));
  const regularity = Math.min(1, Math.max(0, 1 - (persona.jitter - 0.1) / 0.5));
  const rhythm = 15 * regularity * Math.min(1, 120 / persona.interval);
  return value + rhythm + PAYMENT_POINTS[persona.payment] + LOYALTY_POINTS[persona.loyalty] + TREND_POINTS[persona.trend];
}

/** Ground truth of one customer. */
export function customerTruth(persona: Persona, history: OrderHistory): DemoTruth {
  const churned = persona.churnDay !== null;
  return {
    value: churned ? 0 : persona.value,
    tier: managerTier(persona, churned),
    archetype: persona.archetype.key,
    meanIntervalDays: Math.round(persona.interval),
    nextOrderDate: history.nextOrderDay === null ? null : isoDate(history.nextOrderDay),
    churned,
    paymentHabit: persona.payment,
    loyalty: persona.loyalty,
    trend: persona.trend,
    season: persona.season,
  };
}
