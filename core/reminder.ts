/**
 * A reminder a rep set (or accepted from a suggestion) to act on a customer by a date.
 */
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from './primitives.ts';

export const ReminderKind = z.enum(['follow_up', 'call', 'greeting', 'payment', 'reorder', 'price_notice', 'satisfaction_check', 'other']);
export type ReminderKind = z.infer<typeof ReminderKind>;

export const ReminderStatus = z.enum(['open', 'snoozed', 'done', 'dismissed']);
export type ReminderStatus = z.infer<typeof ReminderStatus>;

export const Reminder = z.object({
  id: Id,
  customerId: Id,
  kind: ReminderKind,
  due: IsoDate,
  status: ReminderStatus,
  /** When snoozed, the date it comes back; `due` keeps the original date. */
  snoozedUntil: IsoDate.nullish(),
  note: z.string().max(2000).nullish(),
  createdBy: Id,
  assignedTo: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  closedAt: IsoDateTime.nullish(),
});
export type Reminder = z.infer<typeof Reminder>;

/** Body of `POST /api/reminders`; assigned to the caller unless said otherwise. */
export const NewReminder = z.object({
  customerId: Id,
  kind: ReminderKind.default('follow_up'),
  due: IsoDate,
  note: z.string().trim().max(2000).nullish(),
  assignedTo: Id.optional(),
});
export type NewReminder = z.infer<typeof NewReminder>;

export const SnoozeReminder = z.object({ until: IsoDate });
export type SnoozeReminder = z.infer<typeof SnoozeReminder>;

/** The date a reminder is next due to be acted on. */
export function reminderDueOn(reminder: Pick<Reminder, 'due' | 'status' | 'snoozedUntil'>): string {
  return reminder.status === 'snoozed' && reminder.snoozedUntil ? reminder.snoozedUntil : reminder.due;
}
