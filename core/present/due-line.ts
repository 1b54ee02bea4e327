/**
 * When something is due, worded relative to today (`overdue`, `due today`, `due 3 Dec`), and
 * the reminder and suggestion titles built on it, for both surfaces.
 */
import type { ReminderSummary, Touchpoint } from '../customer-context.ts';
import type { Translator } from '../i18n/translator.ts';
import { daysBetween } from '../local-time.ts';

/** `overdue`, `due today`, or `due 3 Dec`. */
export function dueLine(tr: Translator, due: string, today: string): string {
  const days = daysBetween(today, due);
  if (days < 0) return tr.t('today.overdue');
  if (days === 0) return tr.t('today.due_today');
  return tr.t('touchpoints.due', { date: tr.date(due, today) });
}

/** `follow up · due 3 Dec`, with `snoozed` when it is. */
export function reminderLine(tr: Translator, reminder: ReminderSummary, today: string): string {
  const parts = [tr.label('reminder_kind', reminder.kind), dueLine(tr, reminder.dueOn, today)];
  if (reminder.status === 'snoozed') parts.push(tr.label('reminder_status', 'snoozed'));
  return parts.join(' · ');
}

/** `Reorder expected · due 3 Dec`. */
export function touchpointTitle(tr: Translator, touchpoint: Pick<Touchpoint, 'kind' | 'due'>, today: string): string {
  return `${tr.label('touchpoint_kind', touchpoint.kind)} · ${dueLine(tr, touchpoint.due, today)}`;
}
