import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import type { TierReason } from './tier-assessment.ts';
import { tierReasonText } from './tier-reasons.ts';

/** Intl puts a no-break space between a currency code and its amount; the tables write a plain one. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('tierReasonText', () => {
  it.each<[TierReason, string, string]>([
    [{ code: 'prospect' }, 'no orders yet (prospect)', '尚未下单（潜在客户）'],
    [{ code: 'only_cancelled', cancelled: 1 }, 'no orders apart from 1 cancelled one', '除 1 笔已取消的订单外没有下过单'],
    [{ code: 'only_cancelled', cancelled: 3 }, 'no orders apart from 3 cancelled ones', '除 3 笔已取消的订单外没有下过单'],
    [{ code: 'revenue', amount: 186_000, currency: 'USD', topShare: 0.08 }, '12-month revenue USD 186k, top 8%', '近 12 个月采购额 USD 18.6万，居前 8%'],
    [{ code: 'revenue', amount: 950, currency: 'EUR', topShare: 0.0004 }, '12-month revenue EUR 950, top 1%', '近 12 个月采购额 EUR 950，居前 1%'],
    [{ code: 'revenue', amount: 12_000, currency: 'USD', topShare: 0.731 }, '12-month revenue USD 12k, top 74%', '近 12 个月采购额 USD 1.2万，居前 74%'],
    [{ code: 'no_revenue' }, 'no orders in the last 12 months', '近 12 个月没有下单'],
    [{ code: 'frequency', orders: 1 }, '1 order in 12 months', '近 12 个月下单 1 次'],
    [{ code: 'frequency', orders: 5 }, '5 orders in 12 months', '近 12 个月下单 5 次'],
    [{ code: 'recency', days: 41, usualIntervalDays: 60 }, 'last order 41 days ago (usually every 60 days)', '上次下单：41天前（通常每 60 天一单）'],
    [{ code: 'recency', days: 1, usualIntervalDays: null }, 'last order yesterday', '上次下单：昨天'],
    [{ code: 'recency', days: 0, usualIntervalDays: 30 }, 'last order today (usually every 30 days)', '上次下单：今天（通常每 30 天一单）'],
    [
      { code: 'payment', onTime: 4, counted: 5, paidLate: 0, unpaidPastDue: 1, averageDaysLate: 12 },
      'paid on time 4/5; 1 unpaid past due; late ones 12 days on average',
      '按时付款 4/5；1 笔逾期未付；平均逾期 12 天',
    ],
    [{ code: 'payment', onTime: 5, counted: 5, paidLate: 0, unpaidPastDue: 0, averageDaysLate: null }, 'paid on time 5/5', '按时付款 5/5'],
    [
      { code: 'payment', onTime: 1, counted: 3, paidLate: 2, unpaidPastDue: 0, averageDaysLate: 1 },
      'paid on time 1/3; 2 paid late; late ones 1 day on average',
      '按时付款 1/3；2 笔延迟付款；平均逾期 1 天',
    ],
    [{ code: 'payment_none_due' }, 'no payment due yet', '暂无到期货款'],
    [{ code: 'tenure', years: 3.4, since: '2023-06-14' }, 'buying for 3.4 years (since 14 Jun 2023)', '合作 3.4 年（2023年6月14日 起）'],
    [{ code: 'tenure', years: 1, since: '2025-11-25' }, 'buying for 1 year (since 25 Nov 2025)', '合作 1 年（2025年11月25日 起）'],
    [{ code: 'tenure', years: 0.2, since: '2026-09-01' }, 'buying for under a year (since 1 Sept 2026)', '合作不满一年（2026年9月1日 起）'],
    [{ code: 'breaks', after: 'price_notice', count: 1, years: [2024] }, '1 break after a price rise, 2024', '涨价后断单 1 次（2024）'],
    [{ code: 'breaks', after: 'lost_quote', count: 2, years: [2024, 2025] }, '2 breaks after a lost quote, 2024, 2025', '报价未成交后断单 2 次（2024、2025）'],
    [{ code: 'computed', tier: 'B', score: 61.6 }, 'computed tier B, score 62', '系统评定 B 级，得分 62'],
  ])('%j reads "%s" / "%s"', (reason, en, zh) => {
    expect(plain(tierReasonText(reason))).toBe(en);
    expect(plain(tierReasonText(reason, translator('en')))).toBe(en);
    expect(plain(tierReasonText(reason, translator('zh')))).toBe(zh);
  });
});
