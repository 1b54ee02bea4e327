import { describe, expect, it } from 'vitest';
import { TierSummary } from '../customer-context.ts';
import type { Order } from '../order.ts';
import { summariseOrders } from '../order-summary.ts';
import { assessTier, tierStanding } from './assess-tier.ts';
import { buildBookRevenue } from './book-revenue.ts';
import { buyingHistory } from './buying-history.ts';
import { dayNumber } from './day-number.ts';
import { tierFactors } from './tier-factors.ts';
import { TierAssessment, TierStanding } from './tier-assessment.ts';
import { every, interaction, order, record, testConfig, unpaid } from './test-records.ts';

const TODAY = '2026-11-25';
/** Intl puts a no-break space between a currency code and its amount; the expectations write a plain one. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const config = testConfig(); // every weight 1 (score = 20 × the sum of the factors); A 80, B 60, C 40

// 100 buying customers: 1k … 92k, then eight at 186k and above. Revenue anchors: 11k (0) and 700k (1).
const book = buildBookRevenue([
  ...Array.from({ length: 92 }, (_, i) => (i + 1) * 1_000),
  186_000, 200_000, 250_000, 300_000, 400_000, 500_000, 600_000, 700_000,
]);
const revenueValue = (amount: number) => Math.log(amount / 11_000) / Math.log(700_000 / 11_000);

const assess = (orders: Order[], interactions = [] as ReturnType<typeof interaction>[], customer = {}, today = TODAY) =>
  assessTier({ record: record(orders, interactions, customer), book, config, today });

/**
 * The example: every 70 days since June 2023 except a 238-day break after the 2024
 * price notice; in the last 12 months five orders worth 186k USD (one in EUR), one paid late.
 */
function steadyBuyer(): Order[] {
  const dates = [...every('2023-06-14', 70, 4), ...every('2024-09-04', 70, 12)];
  expect(dates.slice(-5)).toEqual(['2026-01-07', '2026-03-18', '2026-05-27', '2026-08-05', '2026-10-14']);
  const lastYear: Record<string, Partial<Order>> = {
    '2026-01-07': { amount: 39_000 },
    '2026-03-18': { amount: 40_000, paymentDue: '2026-05-17', paidAt: '2026-05-20' },
    '2026-05-27': { amount: 40_000, paymentDue: '2026-07-26', paidAt: '2026-08-13' },
    '2026-08-05': { amount: 25_000, currency: 'EUR' },
  };
  return [...dates.slice(0, -1).map((d) => order(d, lastYear[d])), unpaid('2026-10-14', { amount: 40_000, paymentDue: '2026-12-13' })];
}
const notices = () => ['2024-01-20', '2025-01-15', '2026-01-14'].map((d) => interaction('price_notice', d));

describe('assessTier', () => {
  it('shows the numbers behind the tier', () => {
    const result = assess(steadyBuyer(), notices());
    expect(result.summary.reasons.map(plain)).toEqual([
      '12-month revenue USD 186k, top 8%',
      '5 orders in 12 months',
      'last order 42 days ago (usually every 70 days)',
      'paid on time 9/10; 1 paid late; late ones 18 days on average',
      'buying for 3.4 years (since 14 Jun 2023)',
      '1 break after a price rise, 2024',
    ]);
    const payment = (9 + (1 - 11 / 30)) / 10;
    const expected = 20 * (revenueValue(186_000) + 1 + 1 + payment + 1 * 0.5);
    expect(result.summary).toMatchObject({ tier: 'A', source: 'computed', drift: null, overrideNote: null });
    expect(result.summary.score).toBeCloseTo(expected, 1);
    expect(result.factors.loyalty.breaks).toEqual([{ from: '2024-01-10', to: '2024-09-04', gapDays: 238, after: 'price_notice', triggerAt: '2024-01-20' }]);
    expect(result.factors.revenue).toMatchObject({ amount: 186_000, currency: 'USD', topShare: 0.08, bookSize: 100 });
  });

  it('gives shapes the schemas accept, and the stage as recorded', () => {
    const result = assess(steadyBuyer(), notices(), { stage: 'partner' });
    expect(() => TierAssessment.parse(result)).not.toThrow();
    expect(() => TierSummary.parse(result.summary)).not.toThrow();
    expect(result.stage).toBe('partner');
  });

  it.each([
    ['a prospect', [], 'D', ['no orders yet (prospect)']],
    ['a customer whose only orders were cancelled', [order('2026-05-01', { status: 'cancelled' }), order('2026-07-01', { status: 'cancelled' })], 'D', ['no orders apart from 2 cancelled ones']],
    [
      'a first order not yet due',
      [unpaid('2026-11-05', { amount: 50_000, paymentDue: '2027-01-04' })],
      'C',
      ['12-month revenue USD 50k, top 51%', '1 order in 12 months', 'last order 20 days ago', 'no payment due yet', 'buying for under a year (since 5 Nov 2026)'],
    ],
  ])('assesses %s', (_what, orders, tier, reasons) => {
    const result = assess(orders);
    expect(result.summary.tier).toBe(tier);
    expect(result.summary.reasons.map(plain)).toEqual(reasons);
  });

  it('words the same reasons in Chinese when asked', () => {
    const zh = assessTier({ record: record(steadyBuyer(), notices()), book, config, today: TODAY, locale: 'zh' });
    expect(zh.reasons).toEqual(assess(steadyBuyer(), notices()).reasons);
    expect(zh.summary.reasons.map(plain)).toEqual([
      '近 12 个月采购额 USD 18.6万，居前 8%',
      '近 12 个月下单 5 次',
      '上次下单：42天前（通常每 70 天一单）',
      '按时付款 9/10；1 笔延迟付款；平均逾期 18 天',
      '合作 3.4 年（2023年6月14日 起）',
      '涨价后断单 1 次（2024）',
    ]);
  });

  it('scores nothing without orders', () => {
    expect(assess([]).summary.score).toBe(0);
    expect(assess([order('2026-05-01', { status: 'cancelled' })]).factors.revenue.amount).toBe(0);
  });

  it('scores a first order from its factors: recent, payment unknown, barely any tenure', () => {
    const result = assess([unpaid('2026-11-05', { amount: 50_000, paymentDue: '2027-01-04' })]);
    expect(result.summary.score).toBeCloseTo(20 * (revenueValue(50_000) + 1 / 4 + 1 + 0.5 + 20 / 365.25 / 3), 1);
  });

  it('makes a customer with no order in 12 months D, whatever else it scores', () => {
    const result = assess(every('2023-01-12', 30, 30).map((d) => order(d, { amount: 40_000 })));
    expect(result.summary.score).toBeGreaterThanOrEqual(40);
    expect(result.summary.tier).toBe('D');
    expect(result.summary.reasons[0]).toBe('no orders in the last 12 months');
  });

  it('converts orders in other currencies to the base currency', () => {
    const usd = assess([order('2026-06-01', { amount: 27_000 })]);
    const eur = assess([order('2026-06-01', { amount: 25_000, currency: 'EUR' })]);
    expect(eur.factors.revenue.amount).toBe(27_000);
    expect(eur.summary.score).toBe(usd.summary.score);
  });

  it('refuses an order in a currency the config has no rate for', () => {
    expect(() => assess([order('2026-06-01', { currency: 'XYZ' })])).toThrow(/no conversion rate for XYZ/);
  });

  it('reads irregular orders by their median gap', () => {
    const result = assess(['2025-01-05', '2025-01-15', '2025-08-03', '2025-08-18', '2026-06-14', '2026-07-14'].map((d) => order(d)));
    expect(result.factors.recency).toMatchObject({ usualIntervalDays: 30, daysSinceLastOrder: 134, lastOrderAt: '2026-07-14' });
    expect(result.factors.loyalty.breaks).toEqual([]);
    // 134 days since the last order against a usual 30: the fade (2 × 30 past 30 days) is over.
    expect(result.factors.recency.value).toBe(0);
  });

  it('measures twelve months, tenure and drift across a leap day', () => {
    const orders = [order('2024-02-29'), order('2027-03-01', { amount: 500 }), order('2027-03-02', { amount: 70 }), order('2028-01-15', { amount: 4, currency: 'GBP' })];
    const result = assess(orders, [], {}, '2028-02-29');
    expect(result.factors.revenue.amount).toBe(summariseOrders(orders, config, '2028-02-29').total12m.amount);
    expect(result.factors.frequency.orders).toBe(2);
    expect(result.factors.loyalty).toMatchObject({ firstOrderAt: '2024-02-29', yearsActive: 4 });
    expect(result.previous.asOf).toBe('2027-12-01');
  });
});

describe('tier override', () => {
  it('shows the manual tier and its note, with what the rules say', () => {
    const tierOverride = { tier: 'B' as const, note: 'parent company in receivership', setBy: 'manager-1', setAt: '2026-11-20T09:00:00.000Z' };
    const computed = assess(steadyBuyer(), notices());
    const result = assess(steadyBuyer(), notices(), { tierOverride });
    expect(result.summary).toEqual({
      tier: 'B',
      source: 'override',
      score: computed.summary.score,
      reasons: [`computed tier A, score ${Math.round(computed.summary.score!)}`, ...computed.summary.reasons],
      drift: null,
      overrideNote: 'parent company in receivership',
    });
    expect(result.computed.tier).toBe('A');
  });
});

describe('drift', () => {
  it('flags a computed tier lower than the one the same rules gave 90 days ago', () => {
    // Monthly orders until 28 Oct 2025: three of them in the twelve months to 27 Aug 2026, none since 25 Nov 2025.
    const result = assess(every('2023-01-12', 30, 35).map((d) => order(d, { amount: 20_000 })));
    expect(result.previous).toMatchObject({ asOf: '2026-08-27', tier: 'B' });
    expect(result.previous.score).toBeCloseTo(20 * (revenueValue(60_000) + 3 / 4 + 0 + 1 + 1), 1);
    expect(result.summary.drift).toEqual({ from: 'B', to: 'D' });
  });

  it('keeps the drift of the computed tier under an override', () => {
    const tierOverride = { tier: 'A' as const, note: 'new contract signed', setBy: 'manager-1', setAt: '2026-11-20T09:00:00.000Z' };
    const result = assess(every('2023-01-12', 30, 35).map((d) => order(d, { amount: 20_000 })), [], { tierOverride });
    expect(result.summary).toMatchObject({ tier: 'A', source: 'override', drift: { from: 'B', to: 'D' } });
  });

  it.each([
    ['a new customer (up from a prospect)', [order('2026-10-01', { amount: 300_000 })]],
    ['a steady customer', steadyBuyer()],
    ['a prospect', []],
  ])('does not flag %s', (_what, orders) => {
    expect(assess(orders).summary.drift).toBeNull();
  });

  it('sees only the orders placed and payments made by 90 days ago', () => {
    const history = buyingHistory(
      record([
        ...every('2024-01-10', 60, 15).map((d) => order(d)),
        order('2026-06-01', { amount: 100_000, paymentDue: '2026-07-01', paidAt: '2026-10-01' }),
        order('2026-10-10'),
      ]),
      config,
    );
    const then = tierFactors(history, dayNumber('2026-08-27'), book, 'USD');
    const now = tierFactors(history, dayNumber(TODAY), book, 'USD');
    // On 27 Aug the big order was unpaid 57 days past due; today it is paid, 92 days late.
    expect(then.payment).toMatchObject({ paidLate: 0, unpaidPastDue: 1, averageDaysLate: 57 });
    expect(now.payment).toMatchObject({ paidLate: 1, unpaidPastDue: 0, averageDaysLate: 92 });
    expect([then.recency.lastOrderAt, now.recency.lastOrderAt]).toEqual(['2026-06-01', '2026-10-10']);
    // Every 60 days to 29 Apr 2026: five of them in the year to 27 Aug (with 1 Jun), three in the year to today (with 1 Jun and 10 Oct).
    expect([then.frequency.orders, now.frequency.orders]).toEqual([6, 5]);
  });
});

describe('tierStanding', () => {
  it.each([
    ['a steady buyer', steadyBuyer(), {}],
    ['a lapsing buyer', every('2023-01-12', 30, 35).map((d) => order(d, { amount: 20_000 })), {}],
    ['a prospect', [], {}],
    ['an overridden buyer', steadyBuyer(), { tierOverride: { tier: 'C' as const, note: 'sold to a competitor group', setBy: 'manager-1', setAt: '2026-11-20T09:00:00.000Z' } }],
  ])('gives %s the tier, score and drift of the full assessment', (_what, orders, customer) => {
    const full = assess(orders, notices(), customer);
    const standing = tierStanding({ record: record(orders, notices(), customer), book, config, today: TODAY });
    expect(() => TierStanding.parse(standing)).not.toThrow();
    expect(standing).toEqual({
      tier: full.summary.tier,
      source: full.summary.source,
      computed: full.computed,
      previous: full.previous,
      drift: full.summary.drift,
      values: {
        revenue: full.factors.revenue.value,
        frequency: full.factors.frequency.value,
        recency: full.factors.recency.value,
        payment: full.factors.payment.value,
        loyalty: full.factors.loyalty.value,
      },
    });
  });
});

describe('order of the record', () => {
  it('does not depend on the order orders and contact records come in', () => {
    const orders = steadyBuyer();
    const events = notices();
    const forward = assess(orders, events);
    expect(assess([...orders].reverse(), [...events].reverse())).toEqual(forward);
    const shuffled = orders.map((o, i) => [(i * 7) % orders.length, o] as const).sort((a, b) => a[0] - b[0]).map(([, o]) => o);
    expect(assess(shuffled, events)).toEqual(forward);
  });
});
