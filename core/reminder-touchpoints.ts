/**
 * A rep's own reminders as touchpoint suggestions, so they rank beside what the planner proposes.
 */
import type { Touchpoint } from './customer-context.ts';
import { daysBetween } from './local-time.ts';
import { reminderDueOn, type Reminder } from './reminder.ts';

/** Active reminders due by `until`, each a `reminder` touchpoint; the longer overdue, the higher. */
export function reminderTouchpoints(reminders: Reminder[], today: string, until: string): Touchpoint[] {
  return reminders
    .filter((r) => (r.status === 'open' || r.status === 'snoozed') && reminderDueOn(r) <= until)
    .map((r) => {
      const due = reminderDueOn(r);
      const late = daysBetween(due, today);
      const when = late > 0 ? `${late} day${late === 1 ? '' : 's'} overdue` : late === 0 ? 'due today' : `due in ${-late} day${late === -1 ? '' : 's'}`;
      return {
        kind: 'reminder' as const,
        due,
        // 50 on the day, one more per day late, less per day ahead; a rep's own reminder outranks a routine cadence.
        priority: 50 + Math.max(-30, Math.min(30, late)),
        reason: `Your reminder (${r.kind.replace(/_/g, ' ')}), ${when}${r.note ? `: ${r.note}` : ''}`,
        action: 'open_reminder' as const,
        reminderId: r.id,
        detail: {},
      };
    })
    .sort((a, b) => b.priority - a.priority || a.due.localeCompare(b.due));
}

/** A touchpoint for one customer of a book. */
export interface BookTouchpoint {
  customer: { id: string; code: string; name: string };
  touchpoint: Touchpoint;
}

/** A book's touchpoints in the order to act on them: priority, then due date, then customer code. */
export function rankBookTouchpoints<T extends BookTouchpoint>(items: T[]): T[] {
  return [...items].sort(
    (a, b) =>
      b.touchpoint.priority - a.touchpoint.priority ||
      a.touchpoint.due.localeCompare(b.touchpoint.due) ||
      a.customer.code.localeCompare(b.customer.code),
  );
}
