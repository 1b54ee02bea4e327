import { describe, expect, it } from 'vitest';
import { summariseOrders } from '../order-summary.ts';
import { buildBookRevenue, revenueStanding, twelveMonthRevenue } from './book-revenue.ts';
import { order, testConfig } from './test-records.ts';

const config = testConfig();

// 100 buying customers: 1k, 2k … 92k, then eight at 186k and above, so 186k is "top 8%".
const TOP = [186_000, 200_000, 250_000, 300_000, 400_000, 500_000, 600_000, 700_000];
const book = buildBookRevenue([...Array.from({ length: 92 }, (_, i) => (i + 1) * 1_000), ...TOP, 0, 0]);

describe('buildBookRevenue', () => {
  it('keeps the buying customers, ascending', () => {
    const built = buildBookRevenue([300, 0, 5, 120.5, -1, 5]);
    expect(built).toEqual({ values: [5, 5, 120.5, 300], low: 5, high: 300 });
  });
});

describe('revenueStanding', () => {
  it.each([
    // amount, top share, percentile
    [186_000, 0.08, 0.93],
    [700_000, 0.01, 1],
    [5_000_000, 0.01, 1],
    [92_000, 0.09, 0.92],
    [1_000, 1, 0.01],
    [500, 1, 0],
  ])('places %s at top share %s', (amount, topShare, percentile) => {
    const standing = revenueStanding(book, amount);
    expect(standing.topShare).toBeCloseTo(topShare, 10);
    expect(standing.percentile).toBeCloseTo(percentile, 10);
    expect(standing.bookSize).toBe(100);
  });

  it('gives no rank to no revenue', () => {
    expect(revenueStanding(book, 0)).toEqual({ value: 0, percentile: 0, topShare: null, bookSize: 100 });
  });

  it('counts ties as at or above, so equal customers share a rank', () => {
    const ties = buildBookRevenue([10, 20, 20, 20, 30]);
    expect(revenueStanding(ties, 20).topShare).toBeCloseTo(4 / 5, 10);
  });

  it('values revenue on a log scale between the 10th and 99th percentile of the book', () => {
    // Anchors: the 11th value (11k) and the 100th (700k).
    expect([book.low, book.high]).toEqual([11_000, 700_000]);
    expect(revenueStanding(book, 11_000).value).toBe(0);
    expect(revenueStanding(book, 8_000).value).toBe(0);
    expect(revenueStanding(book, 700_000).value).toBe(1);
    expect(revenueStanding(book, 2_000_000).value).toBe(1);
    expect(revenueStanding(book, Math.sqrt(11_000 * 700_000)).value).toBeCloseTo(0.5, 10);
  });

  it('ranks by order when the book is too small or even to spread', () => {
    const single = buildBookRevenue([50_000]);
    expect(revenueStanding(single, 50_000)).toEqual({ value: 1, percentile: 1, topShare: 1, bookSize: 1 });
    expect(revenueStanding(buildBookRevenue([]), 10)).toEqual({ value: 1, percentile: 1, topShare: 1, bookSize: 0 });
  });
});

describe('twelveMonthRevenue', () => {
  it('sums the 365 days up to today in the base currency, without cancelled orders', () => {
    const orders = [
      order('2026-11-25', { amount: 1_000 }),
      order('2026-03-01', { amount: 1_000, currency: 'EUR' }),
      order('2026-01-10', { amount: 100_000, currency: 'JPY' }),
      order('2025-11-26', { amount: 7 }),
      order('2025-11-25', { amount: 50_000 }),
      order('2026-06-01', { amount: 9_999, status: 'cancelled' }),
      order('2026-11-26', { amount: 3_000 }),
    ];
    // 1,000 + 1,080 (EUR at 1.08) + 660 (JPY at 0.0066) + 7
    expect(twelveMonthRevenue(orders, config, '2026-11-25')).toBe(2_747);
  });

  it('agrees with the sidebar’s twelve-month total across a leap day', () => {
    const orders = [order('2027-03-01', { amount: 500 }), order('2027-03-02', { amount: 70 }), order('2028-02-29', { amount: 4, currency: 'GBP' })];
    const revenue = twelveMonthRevenue(orders, config, '2028-02-29');
    expect(revenue).toBe(75.08);
    expect(revenue).toBe(summariseOrders(orders, config, '2028-02-29').total12m.amount);
  });
});
