/**
 * The orders block of a customer context: recent orders with their payment state, the
 * twelve-month count and total, and monthly value over 24 months, all in the base currency.
 */
import { toBase, type TouchpointConfig } from './config.ts';
import type { OrderSummary, OrdersBlock } from './customer-context.ts';
import { addDays } from './local-time.ts';
import type { Order } from './order.ts';

/** Days before a due date from which a payment counts as "due soon". */
export const DUE_SOON_DAYS = 7;

export function paymentState(order: Pick<Order, 'paidAt' | 'paymentDue' | 'status'>, today: string): OrderSummary['payment'] {
  if (order.paidAt || order.status === 'paid') return 'paid';
  if (!order.paymentDue) return 'unknown';
  if (order.paymentDue < today) return 'overdue';
  if (order.paymentDue <= addDays(today, DUE_SOON_DAYS)) return 'due_soon';
  return 'not_due';
}

/** `YYYY-MM` of the month `back` months before the month of `date`. */
function monthBefore(date: string, back: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 - back;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Summarises a customer's orders as of `today`. Cancelled orders count in no total.
 * @param recent how many of the newest orders to list. Default 5.
 */
export function summariseOrders(orders: Order[], config: Pick<TouchpointConfig, 'company'>, today: string, recent = 5): OrdersBlock {
  const live = orders.filter((o) => o.status !== 'cancelled');
  const newestFirst = [...orders].sort((a, b) => b.orderedAt.localeCompare(a.orderedAt) || b.contractNo.localeCompare(a.contractNo));
  const yearAgo = addDays(today, -365);
  const last12 = live.filter((o) => o.orderedAt > yearAgo && o.orderedAt <= today);
  const months = Array.from({ length: 24 }, (_, i) => monthBefore(today, 23 - i));
  const byMonth = new Map(months.map((m) => [m, 0]));
  for (const o of live) {
    const m = o.orderedAt.slice(0, 7);
    if (byMonth.has(m)) byMonth.set(m, byMonth.get(m)! + toBase(config, o.amount, o.currency));
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    recent: newestFirst.slice(0, recent).map((o) => ({
      id: o.id,
      contractNo: o.contractNo,
      orderedAt: o.orderedAt,
      amount: { amount: o.amount, currency: o.currency },
      baseAmount: toBase(config, o.amount, o.currency),
      status: o.status,
      payment: paymentState(o, today),
      paymentDue: o.paymentDue ?? null,
    })),
    count12m: last12.length,
    total12m: { amount: round(last12.reduce((sum, o) => sum + toBase(config, o.amount, o.currency), 0)), currency: config.company.baseCurrency },
    monthly: months.map((month) => ({ month, amount: round(byMonth.get(month)!) })),
  };
}
