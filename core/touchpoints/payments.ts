/**
 * Payments a customer owes: each open order's payment state, and a politely worded
 * suggestion for one falling due within a week or already overdue.
 */
import type { Touchpoint } from '../customer-context.ts';
import { daysBetween } from '../local-time.ts';
import type { Order } from '../order.ts';
import { paymentState } from '../order-summary.ts';
import { formatMoney } from './money.ts';
import type { PlanContext } from './plan-context.ts';
import { PRIORITY, tierBoost } from './priority.ts';

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

/** The tone of a payment reminder: friendly at first, firmer (never rude) as the debt ages. */
function overdueTone(days: number): string {
  if (days <= 14) return 'a friendly check that it is on its way';
  if (days <= 60) return 'a polite reminder with the invoice attached';
  return 'long overdue: a courteous but firm reminder, and a word with your manager';
}

/** A suggestion per order whose payment is overdue or due within a week. */
export function paymentTouchpoints(ctx: PlanContext): Touchpoint[] {
  const boost = tierBoost(ctx.tier);
  return paymentStates(ctx.record.orders, ctx.today).flatMap((p): Touchpoint[] => {
    if ((p.state !== 'overdue' && p.state !== 'due_soon') || !p.paymentDue) return [];
    const money = formatMoney(p.amount, p.currency);
    const overdue = p.state === 'overdue';
    const days = p.daysOverdue;
    const inDays = daysBetween(ctx.today, p.paymentDue);
    return [
      {
        kind: overdue ? 'payment_overdue' : 'payment_due',
        due: p.paymentDue,
        // One point a week late, up to ten: an old debt outranks a fresh one.
        priority: (overdue ? PRIORITY.paymentOverdue + Math.min(10, Math.floor(days / 7)) : PRIORITY.paymentDue) + boost,
        reason: overdue
          ? `Payment of ${money} for ${p.contractNo} was due on ${p.paymentDue} (${days} day${days === 1 ? '' : 's'} ago): ${overdueTone(days)}`
          : `Payment of ${money} for ${p.contractNo} falls due ${inDays === 0 ? 'today' : `on ${p.paymentDue}`}: a courteous reminder helps it arrive on time`,
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
