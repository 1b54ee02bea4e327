import { describe, expect, it } from 'vitest';
import { buyingHistory } from './buying-history.ts';
import { dayNumber } from './day-number.ts';
import { PAYMENT_UNKNOWN, paymentTimeliness } from './payment-timeliness.ts';
import { order, record, testConfig, unpaid } from './test-records.ts';

const TODAY = '2026-11-25';
const config = testConfig();

/** Timeliness of `orders` as of `asOf`. */
function timeliness(orders: ReturnType<typeof order>[], asOf = TODAY) {
  return paymentTimeliness(buyingHistory(record(orders), config).orders, dayNumber(asOf));
}

describe('paymentTimeliness', () => {
  it.each([
    // what, order, counted, on time, paid late, unpaid past due
    ['paid before the due date', order('2026-06-01', { paymentDue: '2026-08-01', paidAt: '2026-07-20' }), 1, 1, 0, 0],
    ['paid within the 7-day grace', order('2026-06-01', { paymentDue: '2026-08-01', paidAt: '2026-08-08' }), 1, 1, 0, 0],
    ['paid a day after the grace', order('2026-06-01', { paymentDue: '2026-08-01', paidAt: '2026-08-09' }), 1, 0, 1, 0],
    ['unpaid past due and grace', unpaid('2026-06-01', { paymentDue: '2026-11-10' }), 1, 0, 0, 1],
    ['unpaid, due within the grace', unpaid('2026-06-01', { paymentDue: '2026-11-20' }), 0, 0, 0, 0],
    ['open and not yet due', unpaid('2026-10-01', { status: 'open', paymentDue: '2026-12-30' }), 0, 0, 0, 0],
    ['paid early, not yet due', order('2026-10-01', { paymentDue: '2026-12-30', paidAt: '2026-11-20' }), 1, 1, 0, 0],
    ['no due date', order('2026-06-01', { paymentDue: null }), 0, 0, 0, 0],
    ['marked paid with no date', order('2026-06-01', { paymentDue: '2026-08-01', paidAt: null }), 1, 1, 0, 0],
    ['due over two years ago', order('2024-06-01', { paymentDue: '2024-08-01', paidAt: '2024-12-01' }), 0, 0, 0, 0],
  ])('%s', (_what, o, counted, onTime, paidLate, unpaidPastDue) => {
    expect(timeliness([o])).toMatchObject({ counted, onTime, paidLate, unpaidPastDue });
  });

  it('credits late payments less the later they are, to nothing 30 days past the grace', () => {
    const orders = [
      order('2026-01-05', { paymentDue: '2026-03-01', paidAt: '2026-03-01' }),
      order('2026-02-05', { paymentDue: '2026-04-01', paidAt: '2026-04-23' }), // 22 days late: 1 - 15/30
      order('2026-03-05', { paymentDue: '2026-05-01', paidAt: '2026-07-01' }), // 61 days late: nothing
    ];
    const t = timeliness(orders);
    expect(t).toMatchObject({ counted: 3, onTime: 1, paidLate: 2, unpaidPastDue: 0, averageDaysLate: 42 });
    expect(t.value).toBeCloseTo((1 + 0.5 + 0) / 3, 10);
  });

  it('counts days late of an unpaid order up to the assessment day', () => {
    expect(timeliness([unpaid('2026-08-01', { paymentDue: '2026-10-26' })]).averageDaysLate).toBe(30);
  });

  it('judges as of an earlier day with only the payments made by then', () => {
    const o = order('2026-05-01', { paymentDue: '2026-07-01', paidAt: '2026-09-15' });
    expect(timeliness([o], '2026-09-01')).toMatchObject({ counted: 1, paidLate: 0, unpaidPastDue: 1, averageDaysLate: 62 });
    expect(timeliness([o], '2026-07-05')).toMatchObject({ counted: 0 });
    expect(timeliness([o])).toMatchObject({ counted: 1, paidLate: 1, unpaidPastDue: 0, averageDaysLate: 76 });
  });

  it('is neutral while nothing has fallen due, and 0 without orders', () => {
    expect(timeliness([unpaid('2026-11-01', { paymentDue: '2027-01-15' })]).value).toBe(PAYMENT_UNKNOWN);
    expect(timeliness([]).value).toBe(0);
    expect(timeliness([order('2026-11-01')], '2026-10-01').value).toBe(0);
  });
});
