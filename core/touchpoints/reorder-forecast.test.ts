import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../local-time.ts';
import type { Order } from '../order.ts';
import { forecastReorder, purchaseDates } from './reorder-forecast.ts';
import { order, orderEvery, testConfig } from './test-records.ts';

const config = testConfig();

/** Orders on the given day offsets from 2025-01-06. */
function ordersAt(offsets: number[], options: Parameters<typeof order>[1] = {}): Order[] {
  return offsets.map((d) => order(addDays('2025-01-06', d), options));
}

/** Three orders every summer (June, July, August) from 2023 to 2026. */
const summerBuyer = [2023, 2024, 2025, 2026].flatMap((y) => [`${y}-06-01`, `${y}-07-01`, `${y}-08-01`].map((d) => order(d)));

describe('forecastReorder', () => {
  it.each([
    ['no orders', []],
    ['one order', [order('2026-05-01')]],
    ['two orders the same week (one split purchase)', [order('2026-05-01'), order('2026-05-05')]],
    ['one kept order and a cancelled one', [order('2026-05-01'), order('2026-08-01', { status: 'cancelled' })]],
  ])('has no rhythm with %s', (_, orders) => {
    expect(forecastReorder(orders, config, '2026-11-25')).toBeNull();
  });

  it('puts a regular buyer’s next order one gap after the last, with high confidence', () => {
    const orders = orderEvery('2025-01-06', 30, 12);
    const last = orders[11]!.orderedAt;
    const f = forecastReorder(orders, config, addDays(last, 1))!;
    expect(f.expectedOn).toBe(addDays(last, 30));
    expect(f.likelyOn).toBe(addDays(last, 30));
    expect(f.overdue).toBe(false);
    expect(f.basis).toMatchObject({ lastOrderOn: last, purchases: 12, typicalGapDays: 30, medianGapDays: 30, seasonal: false });
    expect(f.confidence).toBeGreaterThan(0.7);
  });

  it('is less sure of an irregular buyer, and one odd gap does not move the rhythm', () => {
    const regular = forecastReorder(ordersAt([0, 60, 120, 180, 240, 300, 360]), config, '2026-01-05')!;
    const irregular = forecastReorder(ordersAt([0, 25, 120, 150, 260, 290, 360]), config, '2026-01-05')!;
    expect(irregular.confidence).toBeLessThan(regular.confidence - 0.2);
    expect(irregular.basis.spread).toBeGreaterThan(regular.basis.spread);

    // Gaps of 60 with one lost year in the middle: still about 60.
    const withHiatus = forecastReorder(ordersAt([0, 60, 120, 180, 545, 605, 665, 725]), config, '2027-01-01')!;
    expect(withHiatus.basis.typicalGapDays).toBeGreaterThanOrEqual(55);
    expect(withHiatus.basis.typicalGapDays).toBeLessThanOrEqual(75);
  });

  it('is more confident with more gaps of the same regularity', () => {
    const few = forecastReorder(ordersAt([0, 55, 120]), config, '2025-05-06')!;
    const many = forecastReorder(ordersAt([0, 55, 120, 175, 240, 295, 360, 415, 480]), config, '2026-04-30')!;
    expect(many.confidence).toBeGreaterThan(few.confidence);
  });

  it('weights recent gaps more when the rhythm changes', () => {
    // Every 90 days for two years, then every 45 days for the last year.
    const orders = ordersAt([0, 90, 180, 270, 360, 450, 540, 630, 720, 765, 810, 855, 900, 945, 990]);
    const f = forecastReorder(orders, config, addDays('2025-01-06', 991))!;
    expect(f.basis.medianGapDays).toBe(90);
    expect(f.basis.typicalGapDays).toBeLessThan(80);
  });

  it('finds a yearly season and expects the next order in the next season', () => {
    const f = forecastReorder(summerBuyer, config, '2026-08-02')!;
    expect(f.basis.seasonal).toBe(true);
    expect(f.basis.peakMonths.sort()).toEqual([6, 7, 8]);
    // The gap after an August order is the ten months to the next June, not a month.
    expect(Math.abs(daysBetween('2027-06-01', f.expectedOn))).toBeLessThanOrEqual(10);
  });

  it('expects the next summer order a month after the June one', () => {
    const upToJune = summerBuyer.filter((o) => o.orderedAt <= '2026-06-01');
    const f = forecastReorder(upToJune, config, '2026-06-02')!;
    expect(f.basis.seasonal).toBe(true);
    expect(Math.abs(daysBetween('2026-07-01', f.expectedOn))).toBeLessThanOrEqual(10);
  });

  it('does not call a steady buyer seasonal', () => {
    expect(forecastReorder(orderEvery('2023-01-02', 45, 30), config, '2026-08-02')!.basis.seasonal).toBe(false);
  });

  it('keeps an overdue reorder overdue and moves its likely date past today', () => {
    const orders = orderEvery('2025-01-06', 30, 10);
    const last = orders[9]!.orderedAt;
    const today = addDays(last, 50);
    const f = forecastReorder(orders, config, today)!;
    expect(f).toMatchObject({ expectedOn: addDays(last, 30), overdue: true, daysOverdue: 20 });
    expect(f.likelyOn > today).toBe(true);
  });

  it('moves the likely date later as today nears the expected one', () => {
    const orders = ordersAt([0, 40, 95, 130, 180, 230, 270]);
    const early = forecastReorder(orders, config, addDays('2025-01-06', 271))!;
    const late = forecastReorder(orders, config, addDays('2025-01-06', 270 + 44))!;
    expect(early.expectedOn).toBe(late.expectedOn);
    expect(late.likelyOn > early.likelyOn).toBe(true);
  });

  it('reads the value of orders in several currencies in the base currency for the peak months', () => {
    // Small USD orders in spring, big JPY orders (worth more) in autumn.
    const orders = [2023, 2024, 2025, 2026].flatMap((y) => [
      order(`${y}-03-01`, { amount: 5_000, currency: 'USD' }),
      order(`${y}-04-01`, { amount: 5_000, currency: 'USD' }),
      order(`${y}-09-01`, { amount: 5_000_000, currency: 'JPY' }),
      order(`${y}-10-01`, { amount: 5_000_000, currency: 'JPY' }),
    ]);
    const f = forecastReorder(orders, config, '2026-10-02')!;
    expect(f.basis.seasonal).toBe(true);
    expect(f.basis.peakMonths.slice(0, 2).sort()).toEqual([10, 9].sort());
  });

  it('ignores orders after today and cancelled orders', () => {
    const orders = [...orderEvery('2025-01-06', 30, 6), order('2025-05-20', { status: 'cancelled' }), order('2027-01-01')];
    const f = forecastReorder(orders, config, '2025-06-10')!;
    expect(f.basis.purchases).toBe(6);
    expect(f.basis.typicalGapDays).toBe(30);
  });
});

describe('purchaseDates', () => {
  it('merges split orders within a week and sorts', () => {
    const orders = [order('2026-03-10'), order('2026-01-01'), order('2026-01-05'), order('2026-01-20')];
    expect(purchaseDates(orders, '2026-12-31')).toEqual(['2026-01-01', '2026-01-20', '2026-03-10']);
  });
});
