/**
 * The priority scale of touchpoint suggestions: one number per kind, so suggestions of every
 * kind (and the rep's own reminders, 20–80) rank in one list. Higher comes first.
 *
 * | base | kind                                                        |
 * | ---- | ----------------------------------------------------------- |
 * |   80 | payment overdue (+1 a week late, up to +10)                  |
 * |   75 | inbound message unanswered past the reply SLA (70 before;    |
 * |      | +5 for an inquiry or a complaint)                            |
 * |   60 | quote follow-up;  55 sample follow-up                        |
 * |   50 | churn risk (+ up to 20 with the index)                       |
 * |   50 | reorder overdue;  45 reorder expected soon                   |
 * |   50 | price-change notice (less while its due date is far)         |
 * |   45 | payment due soon                                             |
 * |   30 | tier cadence (+ up to 10 the longer it is overdue)           |
 * |   25 | holiday greeting, birthday (30 for a gift to send)           |
 * |   15 | anniversary of the first order (20 on a round year)          |
 *
 * The tier raises every suggestion of a customer: A +10, B +5, C, D and unknown +0, so an
 * A customer's routine touch outranks the same touch for a C customer.
 */
import type { Tier } from '../customer.ts';

/** Base priority of each kind of suggestion (see the table above). */
export const PRIORITY = {
  paymentOverdue: 80,
  replyLate: 75,
  reply: 70,
  followUpQuote: 60,
  followUpSample: 55,
  churnRisk: 50,
  reorderOverdue: 50,
  priceChange: 50,
  reorder: 45,
  paymentDue: 45,
  cadence: 30,
  gift: 30,
  greeting: 25,
  birthday: 25,
  anniversary: 15,
} as const;

/** What a customer's tier adds to each of its suggestions. */
export function tierBoost(tier: Tier | null): number {
  return tier === 'A' ? 10 : tier === 'B' ? 5 : 0;
}

/** `value` bounded to `[low, high]`. */
export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
