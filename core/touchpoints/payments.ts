/**
 * Payments a customer owes: each open order's payment state, and a politely worded
 * suggestion for one falling due within a week or already overdue.
 */
import { daysBetween } from '../local-time.ts';
import type { Order } from '../order.ts';
import { paymentState } from '../order-summary.ts';
import type { PlanContext } from './plan-context.ts';
import { PRIORITY, tierBoost } from './priority.ts';
import type { PlannedTouchpoint } from './touchpoint-reason.ts';

export interface PaymentStatus {
  orderId: string;
  contractNo: string;
  /** As in the orders block: `due_soon` is within 7 days. */
  state: 'paid' | 'not_due' | 'due_soon' | 'overdue' | 'unknown';
  paymentDue: string | null;
  /** Days past the due date; 0 unless overdue. */
  daysOverdue: number;
  amount: number;
  currency: string;
}

/** The payment state of every order that was not cancelled, earliest due first (no due date last). */
export function paymentStates(orders: readonly Order[], today: string): PaymentStatus[] {
  return orders
    .filter((o) => o.status !== 'cancelled')
    .map((o) => {
      const state = paymentState(o, today);
      return {
        orderId: o.id,
        contractNo: o.contractNo,
        state,
        paymentDue: o.paymentDue ?? null,
        daysOverdue: state === 'overdue' && o.paymentDue ? daysBetween(o.paymentDue, today) : 0,
        amount: o.amount,
        currency: o.currency,
      };
    })
    .sort((a, b) => (a.paymentDue ?? '9999').localeCompare(b.paymentDue ?? '9999') || a.contractNo.localeCompare(b.contractNo));
}

/** A suggestion per order whose payment is overdue or due within a week. */
export function paymentTouchpoints(ctx: PlanContext): PlannedTouchpoint[] {
  const boost = tierBoost(ctx.tier);
  return paymentStates(ctx.record.orders, ctx.today).flatMap((p): PlannedTouchpoint[] => {
    if ((p.state !== 'overdue' && p.state !== 'due_soon') || !p.paymentDue) return [];
    const overdue = p.state === 'overdue';
    const days = p.daysOverdue;
    const inDays = daysBetween(ctx.today, p.paymentDue);
    return [
      {
        kind: overdue ? 'payment_overdue' : 'payment_due',
        due: p.paymentDue,
        // One point a week late, up to ten: an old debt outranks a fresh one.
        priority: (overdue ? PRIORITY.paymentOverdue + Math.min(10, Math.floor(days / 7)) : PRIORITY.paymentDue) + boost,
        // The tone is the wording's: friendly at first, firmer (never rude) as the debt ages.
        reason: overdue
          ? { code: 'payment_overdue', amount: p.amount, currency: p.currency, contractNo: p.contractNo, dueOn: p.paymentDue, days }
          : { code: 'payment_due', amount: p.amount, currency: p.currency, contractNo: p.contractNo, dueOn: p.paymentDue, dueToday: inDays === 0 },
        action: 'draft_follow_up',
        detail: {
          template: 'payment_reminder',
          orderId: p.orderId,
          contractNo: p.contractNo,
          amount: p.amount,
          currency: p.currency,
          paymentDue: p.paymentDue,
          daysOverdue: days,
        },
      },
    ];
  });
}
