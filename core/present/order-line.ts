/**
 * Orders as a sidebar lists them: one line per order and one for the twelve months.
 */
import type { OrderSummary, OrdersBlock } from '../customer-context.ts';
import type { Translator } from '../i18n/translator.ts';

/** How loud the payment state should look: `ok` (paid, not due), `attention` (due soon, unknown), `alert` (overdue). */
export type PaymentCue = 'ok' | 'attention' | 'alert';

const PAYMENT_CUE: Record<OrderSummary['payment'], PaymentCue> = {
  paid: 'ok',
  not_due: 'ok',
  due_soon: 'attention',
  unknown: 'attention',
  overdue: 'alert',
};

export interface OrderLine {
  date: string;
  contractNo: string;
  /** In the order's own currency. */
  amount: string;
  status: string;
  /** "payment overdue · due 3 Nov"; the state alone when there is no due date or it is paid. */
  payment: string;
  paymentCue: PaymentCue;
}

/** @param today the viewer's date (`YYYY-MM-DD`): dates in its year are shown without the year. */
export function orderLine(order: OrderSummary, tr: Translator, today: string): OrderLine {
  const state = tr.label('payment', order.payment);
  const showDue = order.paymentDue && order.payment !== 'paid';
  return {
    date: tr.date(order.orderedAt, today),
    contractNo: order.contractNo,
    amount: tr.money(order.amount.amount, order.amount.currency),
    status: tr.label('order_status', order.status),
    payment: showDue ? `${state} · ${tr.t('orders.due', { date: tr.date(order.paymentDue!, today) })}` : state,
    paymentCue: PAYMENT_CUE[order.payment],
  };
}

/** "6 orders, USD 186k in 12 months", or "No orders yet." when there never were any. */
export function ordersTotalLine(orders: OrdersBlock, tr: Translator): string {
  if (orders.recent.length === 0) return tr.t('orders.none');
  return tr.t('orders.total_12m', { count: orders.count12m, amount: tr.money(orders.total12m.amount, orders.total12m.currency) });
}
