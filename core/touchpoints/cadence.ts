/**
 * The tier's cadence: a customer should hear from us every `judgement.cadenceDays[tier]` days
 * (A every two weeks, B monthly, C quarterly in the example config); a customer of unknown
 * tier gets D's.
 */
import type { Interaction } from '../interaction.ts';
import { addDays, daysBetween } from '../local-time.ts';
import { dateOfInstant } from './calendar.ts';
import type { PlanContext } from './plan-context.ts';
import { PRIORITY, tierBoost } from './priority.ts';
import type { PlannedTouchpoint } from './touchpoint-reason.ts';

/** Something we did that keeps the relationship warm: anything we sent, or a call, visit or fair meeting either way. */
function isTouch(i: Interaction): boolean {
  return i.direction === 'sent' || i.channel === 'call' || i.channel === 'visit' || i.channel === 'fair';
}

/** The date of the last touch, or null when there was none. */
export function lastTouchOn(ctx: Pick<PlanContext, 'record' | 'config' | 'today'>): string | null {
  let last: string | null = null;
  for (const i of ctx.record.interactions) {
    if (isTouch(i) && (last === null || i.occurredAt > last)) last = i.occurredAt;
  }
  if (last === null) return null;
  const day = dateOfInstant(last, ctx.config.company.timeZone);
  return day > ctx.today ? ctx.today : day;
}

/** The cadence suggestion: due a cadence after the last touch (or after the customer was created). */
export function cadenceTouchpoint(ctx: PlanContext): PlannedTouchpoint {
  const tier = ctx.tier ?? 'D';
  const every = ctx.config.judgement.cadenceDays[tier];
  const last = lastTouchOn(ctx);
  const from = last ?? dateOfInstant(ctx.record.customer.createdAt, ctx.config.company.timeZone);
  const due = addDays(from, every);
  const late = Math.max(0, daysBetween(due, ctx.today));
  return {
    kind: 'cadence',
    due,
    // Up to ten more as the lateness reaches two cadences.
    priority: PRIORITY.cadence + Math.min(10, Math.floor((5 * late) / every)) + tierBoost(ctx.tier),
    reason: { code: 'cadence', tier: ctx.tier, every, lastContactOn: last, daysSince: last ? daysBetween(last, ctx.today) : null },
    action: 'log',
    detail: { cadenceDays: every, ...(last ? { lastContactOn: last } : {}), daysLate: late },
  };
}
