/**
 * Which button a suggested touchpoint gets, and what pressing it does, the same on every
 * surface: draft a greeting or a follow-up from core's templates, set a reminder, log, reply,
 * or open the rep's own reminder. Where a draft goes (a reply, a new mail, the message being
 * written) is the surface's business.
 */
import type { Touchpoint, TouchpointKind } from '../customer-context.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { ReminderKind } from '../reminder.ts';

export type TouchpointButton =
  | { kind: 'draft'; template: 'greeting' | 'follow_up'; touchpoint: Pick<Touchpoint, 'kind' | 'detail'>; label: MessageKey }
  | { kind: 'remind'; reminder: { kind: ReminderKind; due: string }; label: MessageKey }
  /** Log the open message against the customer. */
  | { kind: 'log'; label: MessageKey }
  /** Open a reply to the open message. */
  | { kind: 'reply'; label: MessageKey }
  | { kind: 'open_reminder'; reminderId: string; label: MessageKey };

/** The reminder a touchpoint becomes when the rep wants to be reminded of it. */
export const REMINDER_KIND: Record<TouchpointKind, ReminderKind> = {
  reply: 'follow_up',
  follow_up_quote: 'follow_up',
  follow_up_sample: 'follow_up',
  cadence: 'call',
  reorder: 'reorder',
  payment_due: 'payment',
  payment_overdue: 'payment',
  churn_risk: 'call',
  holiday_greeting: 'greeting',
  birthday: 'greeting',
  anniversary: 'greeting',
  price_change: 'price_notice',
  reminder: 'other',
};

export interface ButtonContext {
  /** A message is open (reading or writing): log and reply act on it. */
  mailOpen: boolean;
}

/**
 * The button for `touchpoint`. Without an open mail, "log" and "reply" have nothing to act on
 * and become a reminder for the due date.
 */
export function touchpointButton(touchpoint: Touchpoint, context: ButtonContext): TouchpointButton {
  const remind = (): TouchpointButton => ({
    kind: 'remind',
    reminder: { kind: REMINDER_KIND[touchpoint.kind], due: touchpoint.due },
    label: 'touchpoint_action.remind',
  });
  switch (touchpoint.action) {
    case 'draft_greeting':
      return { kind: 'draft', template: 'greeting', touchpoint: { kind: touchpoint.kind, detail: touchpoint.detail }, label: 'touchpoint_action.draft_greeting' };
    case 'draft_follow_up':
      return { kind: 'draft', template: 'follow_up', touchpoint: { kind: touchpoint.kind, detail: touchpoint.detail }, label: 'touchpoint_action.draft_follow_up' };
    case 'open_reminder':
      return touchpoint.reminderId ? { kind: 'open_reminder', reminderId: touchpoint.reminderId, label: 'touchpoint_action.open_reminder' } : remind();
    case 'log':
      return context.mailOpen ? { kind: 'log', label: 'touchpoint_action.log' } : remind();
    case 'reply':
      return context.mailOpen ? { kind: 'reply', label: 'touchpoint_action.reply' } : remind();
    case 'remind':
      return remind();
  }
}
