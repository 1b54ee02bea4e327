import { describe, expect, it } from 'vitest';
import type { OrderSummary, OrdersBlock } from '../customer-context.ts';
import { translator } from '../i18n/index.ts';
import { orderLine, ordersTotalLine } from './order-line.ts';

const order = (extra: Partial<OrderSummary> = {}): OrderSummary => ({
  id: 'o1',
  contractNo: 'LH-2026-117',
  orderedAt: '2026-10-02',
  amount: { amount: 18_600, currency: 'EUR' },
  baseAmount: 20_088,
  status: 'shipped',
  payment: 'overdue',
  paymentDue: '2026-11-03',
  ...extra,
});

describe('orderLine', () => {
  const en = translator('en');

  it('shows an unpaid order with its due date, loudly when overdue', () => {
    expect(orderLine(order(), en, '2026-11-25')).toEqual({
      date: '2 Oct',
      contractNo: 'LH-2026-117',
      amount: 'EUR\u00a018.6k',
      status: 'shipped',
      payment: 'payment overdue · due 3 Nov',
      paymentCue: 'alert',
    });
  });

  it('leaves the due date out once paid, and shows last year’s date with its year', () => {
    const line = orderLine(order({ orderedAt: '2025-12-20', payment: 'paid', status: 'paid' }), en, '2026-11-25');
    expect(line).toMatchObject({ date: '20 Dec 2025', payment: 'paid', paymentCue: 'ok' });
  });

  it('asks for attention when payment is due soon', () => {
    expect(orderLine(order({ payment: 'due_soon' }), translator('zh'), '2026-11-25')).toMatchObject({ payment: '即将到期 · 11月3日 到期', paymentCue: 'attention' });
  });
});

describe('ordersTotalLine', () => {
  const block = (recent: OrderSummary[]): OrdersBlock => ({ recent, count12m: 6, total12m: { amount: 186_000, currency: 'USD' }, monthly: [] });

  it('sums the twelve months', () => {
    expect(ordersTotalLine(block([order()]), translator('en'))).toBe('6 orders, USD\u00a0186k in 12 months');
  });

  it('says when there never were orders', () => {
    expect(ordersTotalLine(block([]), translator('en'))).toBe('No orders yet.');
  });
});
