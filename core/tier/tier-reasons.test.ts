import { describe, expect, it } from 'vitest';
import type { TierReason } from './tier-assessment.ts';
import { compactAmount, tierReasonText } from './tier-reasons.ts';

describe('compactAmount', () => {
  it.each([
    [0, '0'],
    [950, '950'],
    [999.4, '999'],
    [1_000, '1k'],
    [1_250, '1.25k'],
    [18_640, '18.6k'],
    [186_000, '186k'],
    [186_499, '186k'],
    [999_600, '1M'],
    [1_234_567, '1.23M'],
    [25_000_000, '25M'],
  ])('writes %d as %s', (amount, text) => {
    expect(compactAmount(amount)).toBe(text);
  });
});

describe('tierReasonText', () => {
  it.each<[TierReason, string]>([
    [{ code: 'prospect' }, 'no orders yet (prospect)'],
    [{ code: 'only_cancelled', cancelled: 1 }, 'no orders apart from 1 cancelled one'],
    [{ code: 'only_cancelled', cancelled: 3 }, 'no orders apart from 3 cancelled ones'],
    [{ code: 'revenue', amount: 186_000, currency: 'USD', topShare: 0.08 }, '12-month revenue 186k USD, top 8%'],
    [{ code: 'revenue', amount: 950, currency: 'EUR', topShare: 0.0004 }, '12-month revenue 950 EUR, top 1%'],
    [{ code: 'revenue', amount: 12_000, currency: 'USD', topShare: 0.731 }, '12-month revenue 12k USD, top 74%'],
    [{ code: 'no_revenue' }, 'no orders in the last 12 months'],
    [{ code: 'frequency', orders: 1 }, '1 order in 12 months'],
    [{ code: 'frequency', orders: 5 }, '5 orders in 12 months'],
    [{ code: 'recency', days: 41, usualIntervalDays: 60 }, 'last order 41 days ago (usually every 60 days)'],
    [{ code: 'recency', days: 1, usualIntervalDays: null }, 'last order 1 day ago'],
    [{ code: 'recency', days: 0, usualIntervalDays: 30 }, 'last order today (usually every 30 days)'],
    [{ code: 'payment', onTime: 4, counted: 5, paidLate: 0, unpaidPastDue: 1, averageDaysLate: 12 }, 'paid on time 4/5; 1 unpaid past due; late ones 12 days on average'],
    [{ code: 'payment', onTime: 5, counted: 5, paidLate: 0, unpaidPastDue: 0, averageDaysLate: null }, 'paid on time 5/5'],
    [{ code: 'payment', onTime: 1, counted: 3, paidLate: 2, unpaidPastDue: 0, averageDaysLate: 1 }, 'paid on time 1/3; 2 paid late; late ones 1 day on average'],
    [{ code: 'payment_none_due' }, 'no payment due yet'],
    [{ code: 'tenure', years: 3.4, since: '2023-06-14' }, 'buying for 3.4 years (since 2023-06-14)'],
    [{ code: 'tenure', years: 1, since: '2025-11-25' }, 'buying for 1 year (since 2025-11-25)'],
    [{ code: 'tenure', years: 0.2, since: '2026-09-01' }, 'buying for under a year (since 2026-09-01)'],
    [{ code: 'breaks', after: 'price_notice', count: 1, years: [2024] }, '1 break after a price rise, 2024'],
    [{ code: 'breaks', after: 'lost_quote', count: 2, years: [2024, 2025] }, '2 breaks after a lost quote, 2024, 2025'],
    [{ code: 'computed', tier: 'B', score: 61.6 }, 'computed tier B, score 62'],
  ])('%j reads "%s"', (reason, text) => {
    expect(tierReasonText(reason)).toBe(text);
  });
});
