/**
 * The touchpoint planner: for one customer and a date, every suggestion worth making, ranked
 * (priority, then due date). Each rule lives in its own module; this one gathers them, keeps
 * what falls in the horizon and drops what the rep already has in hand. The reasons stay data
 * until the plan is done, then are worded in the rep's language.
 */
import type { TouchpointConfig } from '../config.ts';
import type { Touchpoint, TouchpointKind } from '../customer-context.ts';
import type { CustomerRecord } from '../customer-record.ts';
import type { Tier } from '../customer.ts';
import type { HolidayOccasion } from '../holiday-occasion.ts';
import type { UiLocale } from '../i18n/messages.ts';
import { translator } from '../i18n/messages.ts';
import { addDays } from '../local-time.ts';
import { reminderTouchpoints } from '../reminder-touchpoints.ts';
import type { Reminder, ReminderKind } from '../reminder.ts';
import { cadenceTouchpoint } from './cadence.ts';
import { churnRisk } from './churn-risk.ts';
import { followUpTouchpoints } from './follow-ups.ts';
import { holidayTouchpoints } from './greetings.ts';
import { paymentTouchpoints } from './payments.ts';
import { anniversaryTouchpoints, birthdayTouchpoints } from './personal-dates.ts';
import type { PlanContext } from './plan-context.ts';
import { priceChangeNotices } from './price-changes.ts';
import { replyTouchpoints } from './replies.ts';
import { forecastReorder } from './reorder-forecast.ts';
import { churnTouchpoint, reorderTouchpoint } from './rhythm-touchpoints.ts';
import type { PlannedTouchpoint } from './touchpoint-reason.ts';
import { wordTouchpoint } from './touchpoint-reasons.ts';

/** Days ahead a suggestion may be due and still be listed. */
export const HORIZON_DAYS = 14;
/** A cadence touch is dropped when another suggestion brings contact within this many days of it. */
export const CADENCE_MERGE_DAYS = 7;

export interface PlanInput {
  record: CustomerRecord;
  /** The customer's tier letter, or null when not known yet. */
  tier: Tier | null;
  /** The customer's holidays of the coming weeks, from the holiday calendar. */
  holidays: readonly HolidayOccasion[];
  config: TouchpointConfig;
  /** The company's date, `YYYY-MM-DD`. */
  today: string;
  /** The rep's active reminders for the customer: ranked in, and the suggestions they already cover left out. Default none. */
  reminders?: readonly Reminder[];
  /** Days ahead to list. Default {@link HORIZON_DAYS}. */
  horizonDays?: number;
  /** The language the reasons are worded in. Default English. */
  locale?: UiLocale;
}

/** Suggestions a reminder of each kind already covers. */
const COVERED_BY: Partial<Record<ReminderKind, readonly TouchpointKind[]>> = {
  follow_up: ['follow_up_quote', 'follow_up_sample'],
  call: ['cadence'],
  greeting: ['holiday_greeting'],
  payment: ['payment_due', 'payment_overdue'],
  reorder: ['reorder'],
  price_notice: ['price_change'],
};

/** Listed whatever the horizon: notices from the announcement on, and gifts from when the holiday is known. */
function ignoresHorizon(t: PlannedTouchpoint): boolean {
  return t.kind === 'price_change' || (t.kind === 'holiday_greeting' && t.detail.channel === 'gift');
}

/** Highest priority first, then the earliest due, then kind (so equal suggestions keep one order). */
export function compareTouchpoints(a: Pick<Touchpoint, 'priority' | 'due' | 'kind'>, b: Pick<Touchpoint, 'priority' | 'due' | 'kind'>): number {
  return b.priority - a.priority || a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind);
}

/**
 * Plans one customer's touchpoints as of `today`: suggestions due within the horizon or
 * already overdue (price changes and gifts from the start), with the rep's own reminders,
 * ranked by priority then due date. See `priority.ts` for the scale.
 * @example
 * const touchpoints = planTouchpoints({ record, tier: 'A', holidays, config, today: '2026-11-25' });
 */
export function planTouchpoints(input: PlanInput): Touchpoint[] {
  const wording = { tr: translator(input.locale ?? 'en'), today: input.today };
  return plannedTouchpoints(input).map((planned) => wordTouchpoint(planned, wording));
}

/** The same plan with each reason still data, for a caller that words only some of it (a book's top items). */
export function plannedTouchpoints(input: Omit<PlanInput, 'locale'>): PlannedTouchpoint[] {
  const until = addDays(input.today, input.horizonDays ?? HORIZON_DAYS);
  const ctx: PlanContext = { record: input.record, tier: input.tier, config: input.config, today: input.today, until };
  const forecast = forecastReorder(ctx.record.orders, ctx.config, ctx.today);
  const churn = churnRisk(ctx.record, ctx.config, ctx.today, forecast);

  const suggested = [
    ...replyTouchpoints(ctx),
    ...followUpTouchpoints(ctx),
    ...paymentTouchpoints(ctx),
    ...reorderTouchpoint(ctx, forecast, churn),
    ...churnTouchpoint(ctx, churn),
    ...priceChangeNotices(ctx),
    ...holidayTouchpoints(ctx, input.holidays),
    ...birthdayTouchpoints(ctx),
    ...anniversaryTouchpoints(ctx),
  ].filter((t) => t.due <= until || ignoresHorizon(t));

  const cadence = cadenceTouchpoint(ctx);
  const cadenceBy = addDays(cadence.due > ctx.today ? cadence.due : ctx.today, CADENCE_MERGE_DAYS);
  // Any other reason to write keeps the relationship warm as well as a routine touch would.
  if (cadence.due <= until && !suggested.some((t) => t.due <= cadenceBy)) suggested.push(cadence);

  const reminders = input.reminders ?? [];
  const active = reminders.filter((r) => r.status === 'open' || r.status === 'snoozed');
  const covered = new Set(active.flatMap((r) => COVERED_BY[r.kind] ?? []));
  return [...suggested.filter((t) => !covered.has(t.kind)), ...reminderTouchpoints([...reminders], ctx.today, until)].sort(compareTouchpoints);
}
