/**
 * A rep's own reminders as touchpoint suggestions, so they rank beside what the planner proposes.
 */
import type { Touchpoint } from './customer-context.ts';
import { daysBetween } from './local-time.ts';
import { reminderDueOn, type Reminder } from './reminder.ts';
import type { PlannedTouchpoint } from './touchpoints/touchpoint-reason.ts';

/**
 * Active reminders due by `until`, each a `reminder` suggestion; the longer overdue, the
 * higher. The reason is data (kind, days late, note), worded with the rest of the plan.
 */
export function reminderTouchpoints(reminders: Reminder[], today: string, until: string): PlannedTouchpoint[] {
  return reminders
    .filter((r) => (r.status === 'open' || r.status === 'snoozed') && reminderDueOn(r) <= until)
    .map((r): PlannedTouchpoint => {
      const due = reminderDueOn(r);
      const late = daysBetween(due, today);
      return {
        kind: 'reminder',
        due,
        // 50 on the day, one more per day late, less per day ahead; a rep's own reminder outranks a routine cadence.
        priority: 50 + Math.max(-30, Math.min(30, late)),
        reason: { code: 'reminder', kind: r.kind, daysLate: late, note: r.note ?? null },
        action: 'open_reminder',
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
export function rankBookTouchpoints<T extends { customer: { code: string }; touchpoint: Pick<Touchpoint, 'priority' | 'due'> }>(items: T[]): T[] {
  return [...items].sort(
    (a, b) =>
      b.touchpoint.priority - a.touchpoint.priority ||
      a.touchpoint.due.localeCompare(b.touchpoint.due) ||
      a.customer.code.localeCompare(b.customer.code),
  );
}
