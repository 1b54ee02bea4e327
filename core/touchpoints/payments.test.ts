import { describe, expect, it } from 'vitest';
import { paymentStates, paymentTouchpoints } from './payments.ts';
import type { PlanContext } from './plan-context.ts';
import { order, plain, record, testConfig, worded } from './test-records.ts';

const today = '2026-11-25';
const unpaid = { status: 'shipped', paidAt: null } as const;

function ctx(orders: ReturnType<typeof order>[], tier: PlanContext['tier'] = 'C'): PlanContext {
  return { record: record({ orders }), tier, config: testConfig(), today, until: '2026-12-09' };
}

describe('paymentStates', () => {
  it.each([
    // name, order options, state, days overdue
    ['paid', { status: 'paid', paidAt: '2026-11-01', paymentDue: '2026-11-10' }, 'paid', 0],
    ['shipped, due in three weeks', { ...unpaid, paymentDue: '2026-12-16' }, 'not_due', 0],
    ['shipped, due in five days', { ...unpaid, paymentDue: '2026-11-30' }, 'due_soon', 0],
    ['shipped, due today', { ...unpaid, paymentDue: '2026-11-25' }, 'due_soon', 0],
    ['shipped, due ten days ago', { ...unpaid, paymentDue: '2026-11-15' }, 'overdue', 10],
    ['open, no due date yet', { status: 'open', paidAt: null, paymentDue: null }, 'unknown', 0],
  ] as const)('%s', (_, options, state, daysOverdue) => {
    expect(paymentStates([order('2026-09-01', options)], today)[0]).toMatchObject({ state, daysOverdue });
  });

  it('leaves out cancelled orders and lists the earliest due first', () => {
    const orders = [
      order('2026-09-01', { ...unpaid, paymentDue: '2026-12-01', contractNo: 'B' }),
      order('2026-08-01', { ...unpaid, paymentDue: '2026-11-01', contractNo: 'A' }),
      order('2026-07-01', { status: 'cancelled', paidAt: null, paymentDue: '2026-10-01', contractNo: 'X' }),
      order('2026-11-20', { status: 'open', paidAt: null, paymentDue: null, contractNo: 'C' }),
    ];
    expect(paymentStates(orders, today).map((p) => p.contractNo)).toEqual(['A', 'B', 'C']);
  });
});

describe('paymentTouchpoints', () => {
  it('suggests a polite reminder for an overdue payment, above one due soon', () => {
    const [overdue, soon, ...rest] = worded(
      paymentTouchpoints(
        ctx([
          order('2026-08-01', { ...unpaid, contractNo: 'PI-1', amount: 12_345.6, currency: 'EUR', paymentDue: '2026-11-15' }),
          order('2026-09-01', { ...unpaid, contractNo: 'PI-2', amount: 1_500_000, currency: 'JPY', paymentDue: '2026-11-30' }),
          order('2026-10-01', { ...unpaid, contractNo: 'PI-3', paymentDue: '2026-12-20' }),
        ]),
      ),
      today,
    )
      .map((t) => ({ ...t, reason: plain(t.reason) }))
      .sort((a, b) => b.priority - a.priority);
    expect(rest).toEqual([]);
    expect(overdue).toMatchObject({
      kind: 'payment_overdue',
      due: '2026-11-15',
      action: 'draft_follow_up',
      reason: 'Payment of EUR 12,345.60 for PI-1 was due on 15 Nov (10 days ago): a friendly check that it is on its way',
      detail: { template: 'payment_reminder', contractNo: 'PI-1', amount: 12_345.6, currency: 'EUR', daysOverdue: 10 },
    });
    expect(soon).toMatchObject({
      kind: 'payment_due',
      due: '2026-11-30',
      reason: 'Payment of JPY 1,500,000 for PI-2 falls due on 30 Nov: a courteous reminder helps it arrive on time',
    });
    expect(overdue!.priority).toBeGreaterThan(soon!.priority);
  });

  it.each([
    [5, 'a friendly check'],
    [40, 'a polite reminder'],
    [200, 'a courteous but firm reminder'],
  ])('words a payment %i days late with %s, and ranks an older debt higher', (days, words) => {
    const due = new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
    const [t] = worded(paymentTouchpoints(ctx([order('2025-01-01', { ...unpaid, paymentDue: due })])), today);
    expect(t!.reason).toContain(words);
    expect(t!.priority).toBe(80 + Math.min(10, Math.floor(days / 7)));
  });

  it('raises the priority for an A customer', () => {
    const orders = [order('2026-08-01', { ...unpaid, paymentDue: '2026-11-15' })];
    expect(paymentTouchpoints(ctx(orders, 'A'))[0]!.priority - paymentTouchpoints(ctx(orders, 'C'))[0]!.priority).toBe(10);
  });
});
