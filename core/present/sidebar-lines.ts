/**
 * One-line phrasings of the view models that a sidebar shows as text (local time, tier, orders,
 * contacts, reminders, touchpoints, holidays), in the interface language, so both surfaces word
 * them alike. Plain text: each surface escapes or styles it as its medium needs.
 */
import type { HolidaySummary, InteractionSummary, LocalTime, OrderSummary, OrdersBlock, ReminderSummary, TierSummary, Touchpoint } from '../customer-context.ts';
import type { Translator } from '../i18n/index.ts';
import { daysBetween } from '../local-time.ts';

/** `Tue 14:05 there (UTC+01:00) · business hours`, with today's public holiday when there is one. */
export function localTimeLine(tr: Translator, time: LocalTime): string {
  const parts = [tr.t('time.local', { time: tr.wallClock(time.local), offset: time.utcOffset })];
  parts.push(time.holidayToday ? tr.t('time.holiday_today', { name: time.holidayToday }) : tr.t(time.businessHours ? 'time.business_hours' : 'time.after_hours'));
  return parts.join(' · ');
}

/** `A · key account · score 91`, or the hand-set tier with its note, or "No tier yet". */
export function tierLine(tr: Translator, tier: TierSummary | null): string {
  if (!tier) return tr.t('tier.none');
  const parts = [tr.label('tier_value', tier.tier)];
  if (tier.source === 'override' && tier.overrideNote) parts.push(tr.t('tier.override', { note: tier.overrideNote }));
  else if (tier.score !== null) parts.push(tr.t('tier.score', { score: Math.round(tier.score) }));
  return parts.join(' · ');
}

/** The drift warning (`Fell from A to B`), or null. */
export function tierDriftLine(tr: Translator, tier: TierSummary | null): string | null {
  return tier?.drift ? tr.t('tier.drift', { from: tier.drift.from, to: tier.drift.to }) : null;
}

/** `5 orders, USD 186k in 12 months`, or "No orders yet." */
export function ordersTotalLine(tr: Translator, orders: OrdersBlock): string {
  if (orders.count12m === 0 && orders.recent.length === 0) return tr.t('orders.none');
  return tr.t('orders.total_12m', { count: orders.count12m, amount: tr.money(orders.total12m.amount, orders.total12m.currency) });
}

/** `12 Nov · USD 12,300 · shipped · payment overdue`; the contract number is the line's label. */
export function orderLine(tr: Translator, order: OrderSummary, today: string): string {
  const parts = [tr.date(order.orderedAt, today), tr.money(order.amount.amount, order.amount.currency), tr.label('order_status', order.status)];
  if (order.payment !== 'paid' && order.payment !== 'unknown') {
    parts.push(order.paymentDue && order.payment !== 'overdue' ? `${tr.label('payment', order.payment)} (${tr.t('orders.due', { date: tr.date(order.paymentDue, today) })})` : tr.label('payment', order.payment));
  }
  return parts.join(' · ');
}

/** `12 Nov · e-mail · received`. */
export function interactionLine(tr: Translator, interaction: InteractionSummary, today: string): string {
  return tr.t('interactions.line', {
    date: tr.date(interaction.occurredAt.slice(0, 10), today),
    channel: tr.label('channel', interaction.channel),
    direction: tr.label('direction', interaction.direction),
  });
}

/** When something is due, relative to today: `overdue`, `due today`, or `due 3 Dec`. */
export function dueLine(tr: Translator, due: string, today: string): string {
  const days = daysBetween(today, due);
  if (days < 0) return tr.t('today.overdue');
  if (days === 0) return tr.t('today.due_today');
  return tr.t('touchpoints.due', { date: tr.date(due, today) });
}

/** `follow up · due 3 Dec`. */
export function reminderLine(tr: Translator, reminder: ReminderSummary, today: string): string {
  const parts = [tr.label('reminder_kind', reminder.kind), dueLine(tr, reminder.dueOn, today)];
  if (reminder.status === 'snoozed') parts.push(tr.label('reminder_status', 'snoozed'));
  return parts.join(' · ');
}

/** The suggestion's title (`Reorder expected`) and its due line. */
export function touchpointTitle(tr: Translator, touchpoint: Pick<Touchpoint, 'kind' | 'due'>, today: string): string {
  return `${tr.label('touchpoint_kind', touchpoint.kind)} · ${dueLine(tr, touchpoint.due, today)}`;
}

/** `Christmas · 25 Dec · in 30 days · worth a greeting`. */
export function holidayLine(tr: Translator, holiday: HolidaySummary, today: string): string {
  const parts = [holiday.name, tr.date(holiday.date, today), holiday.daysAway === 0 ? tr.t('holidays.today') : tr.t('holidays.in_days', { count: holiday.daysAway })];
  if (holiday.greet) parts.push(tr.t('holidays.greet'));
  return parts.join(' · ');
}

/** What a suggestion's one-click button does on a surface: log the mail, open the reminder form, or draft. */
export type SuggestionButton = 'log' | 'remind' | 'draft' | null;

/**
 * The button a suggestion gets. `reply` and `open_reminder` get none: the mail client's own Reply
 * does the first, and the reminder is listed with its own buttons.
 */
export function suggestionButton(action: Touchpoint['action']): SuggestionButton {
  switch (action) {
    case 'log':
      return 'log';
    case 'remind':
      return 'remind';
    case 'draft_greeting':
    case 'draft_follow_up':
      return 'draft';
    default:
      return null;
  }
}

/** The kind of reminder a "Remind me" on a suggestion creates. */
export function reminderKindFor(kind: Touchpoint['kind']): ReminderSummary['kind'] {
  switch (kind) {
    case 'reorder':
      return 'reorder';
    case 'payment_due':
    case 'payment_overdue':
      return 'payment';
    case 'holiday_greeting':
    case 'birthday':
    case 'anniversary':
      return 'greeting';
    case 'price_change':
      return 'price_notice';
    case 'follow_up_quote':
    case 'follow_up_sample':
    case 'reply':
      return 'follow_up';
    case 'cadence':
    case 'churn_risk':
      return 'call';
    default:
      return 'other';
  }
}
