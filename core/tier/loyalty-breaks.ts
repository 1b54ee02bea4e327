/**
 * Breaks in buying that look like a reaction: a gap well past the customer's usual interval
 * that began within a few months after a price notice or a quote we lost.
 */
import type { LiveOrder, TriggerEvent } from './buying-history.ts';
import type { BreakTrigger } from './tier-assessment.ts';

/** A gap is a break when it is at least this many usual intervals… */
export const BREAK_INTERVAL_FACTOR = 2;
/** …and at least this many days longer than the usual interval. */
export const BREAK_MIN_EXTRA_DAYS = 60;
/** "Within a few months": the longest time from a price notice or lost quote to the start of the break. */
export const BREAK_TRIGGER_LEAD_DAYS = 120;
/** Gaps needed before "usual" means anything: with one gap there is nothing to compare with. */
const MIN_GAPS_FOR_BREAKS = 2;

export interface LoyaltyBreak {
  /** Day of the last order before the gap. */
  from: number;
  /** Day of the order that ended it; null while it goes on. */
  to: number | null;
  gapDays: number;
  after: BreakTrigger;
  /** Day of the price notice or lost quote. */
  triggerDay: number;
}

/** Distinct days with a live order on or before `asOf`, oldest first (orders come sorted). */
export function orderDaysUntil(orders: readonly LiveOrder[], asOf: number): number[] {
  const days: number[] = [];
  for (const o of orders) {
    if (o.day > asOf) break;
    if (days[days.length - 1] !== o.day) days.push(o.day);
  }
  return days;
}

// Scratch space for the gaps, reused across calls: a book-wide pass would otherwise allocate
// one array per customer and date just to take a median.
let scratch = new Float64Array(64);

/** Median days between consecutive order days; null with fewer than two order days. */
export function usualInterval(days: readonly number[]): number | null {
  const n = days.length - 1;
  if (n < 1) return null;
  if (scratch.length < n) scratch = new Float64Array(n * 2);
  if (n > 32) {
    for (let i = 0; i < n; i++) scratch[i] = days[i + 1]! - days[i]!;
    scratch.subarray(0, n).sort();
  } else {
    // Insertion sort: most customers have a few dozen gaps at most.
    for (let i = 0; i < n; i++) {
      const gap = days[i + 1]! - days[i]!;
      let j = i - 1;
      while (j >= 0 && scratch[j]! > gap) {
        scratch[j + 1] = scratch[j]!;
        j -= 1;
      }
      scratch[j + 1] = gap;
    }
  }
  const mid = n >> 1;
  return n % 2 === 1 ? scratch[mid]! : (scratch[mid - 1]! + scratch[mid]!) / 2;
}

/**
 * The breaks as of `asOf` (a day number), oldest first, the one still going on last. A gap
 * starts to be a break on the day the next order was due (last order + usual interval); it
 * counts when a price notice or lost quote came in the `BREAK_TRIGGER_LEAD_DAYS` before that
 * day. The nearest such event is named. Needs at least three order days to know "usual".
 */
export function loyaltyBreaks(days: readonly number[], triggers: readonly TriggerEvent[], asOf: number): LoyaltyBreak[] {
  if (days.length - 1 < MIN_GAPS_FOR_BREAKS || triggers.length === 0) return [];
  const usual = usualInterval(days)!;
  const threshold = Math.max(usual * BREAK_INTERVAL_FACTOR, usual + BREAK_MIN_EXTRA_DAYS);
  const breaks: LoyaltyBreak[] = [];
  for (let i = 1; i <= days.length; i++) {
    const from = days[i - 1]!;
    const to = i < days.length ? days[i]! : null;
    const gapDays = (to ?? asOf) - from;
    if (gapDays < threshold) continue;
    const overdueFrom = from + Math.round(usual);
    let trigger: TriggerEvent | undefined;
    for (const t of triggers) {
      if (t.day > overdueFrom || t.day > asOf) break;
      if (t.day >= overdueFrom - BREAK_TRIGGER_LEAD_DAYS) trigger = t;
    }
    if (trigger) breaks.push({ from, to, gapDays, after: trigger.kind, triggerDay: trigger.day });
  }
  return breaks;
}
