import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import type { TouchpointReason } from './touchpoint-reason.ts';
import { touchpointReasonText } from './touchpoint-reasons.ts';
import { plain } from './test-records.ts';

const today = '2026-11-25';
const xmas = { key: 'christmas', name: 'Christmas', country: 'DE', date: '2026-12-25' };
const kettle = { product: 'EK-1701 Electric kettle 1.7 L, stainless steel', currency: 'USD', oldPrice: 7.2, newPrice: 7.49 };

describe('touchpointReasonText', () => {
  it.each<[TouchpointReason, string, string]>([
    [
      { code: 'reply', kind: 'inquiry', from: 'Anna Becker', since: '2026-11-23', subject: 'Kettle prices', late: true, slaHours: 24 },
      'Unanswered inquiry from Anna Becker since 23 Nov ("Kettle prices"): past the 24 h reply time',
      'Anna Becker 11月23日 发来的询盘“Kettle prices”还没回复：已超过 24 小时回复时限',
    ],
    [
      { code: 'reply', kind: 'message', from: null, since: '2026-11-25', subject: null, late: false, slaHours: 24 },
      'Unanswered message from the customer since 25 Nov: reply within 24 h',
      '客户 11月25日 发来的邮件还没回复：请在 24 小时内回复',
    ],
    [
      { code: 'follow_up', what: 'quote', subject: 'Quotation QT-1', sentOn: '2026-11-18', followUps: 0 },
      'Quote "Quotation QT-1" sent on 18 Nov, no answer yet: ask whether it works for them',
      '报价“Quotation QT-1”已于 11月18日 发出，对方还没回复：问问价格是否合适',
    ],
    [
      { code: 'follow_up', what: 'sample', subject: null, sentOn: '2026-11-01', followUps: 2 },
      'Sample sent on 1 Nov, no answer yet after 2 follow-ups: ask how it tested',
      '样品已于 11月1日 寄出，已跟进 2 次，对方仍未回复：问问测试结果如何',
    ],
    [
      { code: 'payment_overdue', amount: 12345.6, currency: 'EUR', contractNo: 'PI-1', dueOn: '2026-11-15', days: 10 },
      'Payment of EUR 12,345.60 for PI-1 was due on 15 Nov (10 days ago): a friendly check that it is on its way',
      '合同 PI-1 的货款 EUR 12,345.60 已于 11月15日 到期，逾期 10 天：友好地确认一下款项是否已安排',
    ],
    [
      { code: 'payment_overdue', amount: 45000, currency: 'USD', contractNo: 'PI-K-5', dueOn: '2026-05-09', days: 200 },
      'Payment of USD 45,000.00 for PI-K-5 was due on 9 May (200 days ago): long overdue: a courteous but firm reminder, and a word with your manager',
      '合同 PI-K-5 的货款 USD 45,000.00 已于 5月9日 到期，逾期 200 天：已严重逾期：客气但坚定地催款，并向经理汇报',
    ],
    [
      { code: 'payment_due', amount: 1500000, currency: 'JPY', contractNo: 'PI-2', dueOn: '2026-11-30', dueToday: false },
      'Payment of JPY 1,500,000 for PI-2 falls due on 30 Nov: a courteous reminder helps it arrive on time',
      '合同 PI-2 的货款 JPY 1,500,000 将于 11月30日 到期：提前礼貌提醒，有助于按时到账',
    ],
    [
      { code: 'payment_due', amount: 800, currency: 'USD', contractNo: 'PI-3', dueOn: '2026-11-25', dueToday: true },
      'Payment of USD 800.00 for PI-3 falls due today: a courteous reminder helps it arrive on time',
      '合同 PI-3 的货款 USD 800.00 今天到期：礼貌提醒一下，有助于按时到账',
    ],
    [
      { code: 'reorder', expectedOn: '2026-12-10', overdue: false, daysOverdue: 0, typicalGapDays: 45, lastOrderOn: '2026-10-26', confidence: 0.6, peakMonths: [] },
      'Reorder expected around 10 Dec (usually every 45 days, last order 26 Oct, confidence 0.60): check in on their stock and plans',
      '预计 12月10日 前后返单（通常每 45 天下一单，上次下单 10月26日，置信度 0.60）：了解一下对方的库存和采购计划',
    ],
    [
      { code: 'reorder', expectedOn: '2026-11-15', overdue: true, daysOverdue: 10, typicalGapDays: 91, lastOrderOn: '2026-08-16', confidence: 0.42, peakMonths: [3, 11] },
      'Reorder overdue by 10 days (expected around 15 Nov; usually every 91 days, last order 16 Aug, confidence 0.42; seasonal, orders peak in Mar, Nov): a check-in may bring it in',
      '返单已迟 10 天（原预计 11月15日 前后；通常每 91 天下一单，上次下单 8月16日，置信度 0.42；有季节性，旺季在 3月、11月）：联系一下，或许能促成订单',
    ],
    [
      { code: 'churn', index: 0.62, signs: [{ code: 'gap', days: 200, ratio: 6.667, usualDays: 30 }, { code: 'amounts', change: -0.43 }, { code: 'complaints', count: 2, open: 1 }, { code: 'silence', days: 120, unanswered: 3 }] },
      'Churn risk 0.62: no order for 200 days, 6.7× the usual 30; 12-month purchases down 43% on the year before; 2 complaints in 12 months (1 open); no answer for 120 days to 3 messages',
      '流失风险 0.62：已 200 天未下单，是平时间隔（30 天）的 6.7 倍；近 12 个月采购额比上一年减少 43%；近 12 个月投诉 2 次（1 次未解决）；我方 3 封邮件已 120 天没有回音',
    ],
    [
      { code: 'churn', index: 0.5, signs: [{ code: 'gap_single_order', days: 400 }, { code: 'lost_quotes', lost: 2, decided: 3 }, { code: 'silence', days: 30, unanswered: 0 }, { code: 'amounts', change: 0.1 }, { code: 'complaints', count: 1, open: 0 }] },
      'Churn risk 0.50: one order so far, 400 days ago; 2 of 3 decided quotes lost in 12 months; last heard from 30 days ago; 12-month purchases up 10% on the year before; 1 complaint in 12 months',
      '流失风险 0.50：至今只下过一单，在 400 天前；近 12 个月有结果的 3 次报价中丢单 2 次；上次收到对方消息是 30 天前；近 12 个月采购额比上一年增加 10%；近 12 个月投诉 1 次',
    ],
    [
      { code: 'price_change', effectiveOn: '2027-03-01', increase: 0.08, share: 0.5, prices: [kettle] },
      'Tell them early: prices rise on 1 Mar 2027. EK-1701 Electric kettle 1.7 L: USD 7.20 → USD 7.49 (+4%, half of the 8% increase)',
      '尽早通知：2027年3月1日 起涨价。EK-1701 Electric kettle 1.7 L：USD 7.20 → USD 7.49（+4%，即 8% 涨幅的一半）',
    ],
    [
      { code: 'price_change', effectiveOn: '2027-03-01', increase: 0.08, share: 0.7, prices: [kettle, kettle, kettle, kettle, kettle] },
      'Tell them early: prices rise on 1 Mar 2027. EK-1701 Electric kettle 1.7 L: USD 7.20 → USD 7.49 (+5.6%, 70% of the 8% increase); EK-1701 Electric kettle 1.7 L: USD 7.20 → USD 7.49 (+5.6%, 70% of the 8% increase); EK-1701 Electric kettle 1.7 L: USD 7.20 → USD 7.49 (+5.6%, 70% of the 8% increase); and 2 more',
      '尽早通知：2027年3月1日 起涨价。EK-1701 Electric kettle 1.7 L：USD 7.20 → USD 7.49（+5.6%，即 8% 涨幅的 70%）；EK-1701 Electric kettle 1.7 L：USD 7.20 → USD 7.49（+5.6%，即 8% 涨幅的 70%）；EK-1701 Electric kettle 1.7 L：USD 7.20 → USD 7.49（+5.6%，即 8% 涨幅的 70%）；另有 2 项',
    ],
    [
      { code: 'price_change', effectiveOn: '2027-03-01', increase: 0.08, share: 0, prices: [kettle] },
      'Tell them early: prices rise on 1 Mar 2027. EK-1701 Electric kettle 1.7 L: USD 7.20 unchanged (we bear the 8% increase)',
      '尽早通知：2027年3月1日 起涨价。EK-1701 Electric kettle 1.7 L：USD 7.20 不变（8% 的涨幅由我方承担）',
    ],
    [
      { code: 'price_change', effectiveOn: '2027-03-01', increase: 0.08, share: 1, prices: [{ product: 'VF-0500 Vacuum flask', currency: 'JPY', oldPrice: 450, newPrice: 486 }] },
      'Tell them early: prices rise on 1 Mar 2027. VF-0500 Vacuum flask: JPY 450 → JPY 486 (+8%, the full 8% increase)',
      '尽早通知：2027年3月1日 起涨价。VF-0500 Vacuum flask：JPY 450 → JPY 486（+8%，即全部 8% 涨幅）',
    ],
    [
      { code: 'holiday_gift', holiday: xmas, sendBy: '2026-12-04' },
      'Christmas on 25 Dec: send a card or gift by 4 Dec so it arrives in time',
      '圣诞节（12月25日）：请在 12月4日 前寄出贺卡或礼品，以便及时送达',
    ],
    [
      { code: 'holiday_greeting', holiday: xmas },
      'Christmas on 25 Dec: send a greeting',
      '圣诞节（12月25日）：发一封节日问候',
    ],
    [
      { code: 'birthday', name: 'Anna Becker', title: 'Buyer', on: '2026-12-11', bornOnLeapDay: false },
      'Birthday of Anna Becker (Buyer) on 11 Dec',
      '生日：Anna Becker（Buyer），12月11日',
    ],
    [
      { code: 'birthday', name: 'Li Wei', title: null, on: '2027-02-28', bornOnLeapDay: true },
      'Birthday of Li Wei on 28 Feb 2027 (born on 29 February)',
      '生日：Li Wei，2027年2月28日（生于 2 月 29 日）',
    ],
    [
      { code: 'anniversary', years: 3, contractNo: 'PI-20231208-01', firstOrderOn: '2023-12-08' },
      '3 years since their first order (PI-20231208-01, 8 Dec 2023): a word of thanks',
      '自首单（PI-20231208-01，2023年12月8日）起合作满 3 年：写几句感谢的话',
    ],
    [
      { code: 'anniversary', years: 1, contractNo: 'PI-1', firstOrderOn: '2025-12-01' },
      '1 year since their first order (PI-1, 1 Dec 2025): a word of thanks',
      '自首单（PI-1，2025年12月1日）起合作满 1 年：写几句感谢的话',
    ],
    [
      { code: 'cadence', tier: 'A', every: 14, lastContactOn: null, daysSince: null },
      'Tier A: in touch every 14 days; no contact logged yet',
      'A 级客户：每 14 天联系一次；还没有联系记录',
    ],
    [
      { code: 'cadence', tier: null, every: 180, lastContactOn: '2026-05-01', daysSince: 208 },
      'Untiered: in touch every 180 days; last contact 1 May (208 days ago)',
      '未评级客户：每 180 天联系一次；上次联系 5月1日（208天前）',
    ],
    [
      { code: 'reminder', kind: 'follow_up', daysLate: 5, note: 'quote for kettles' },
      'Your reminder (follow up), 5 days overdue: quote for kettles',
      '您的提醒（跟进），已逾期 5 天：quote for kettles',
    ],
    [
      { code: 'reminder', kind: 'price_notice', daysLate: 0, note: null },
      'Your reminder (price notice), due today',
      '您的提醒（调价通知），今天到期',
    ],
    [
      { code: 'reminder', kind: 'call', daysLate: -1, note: null },
      'Your reminder (call), due in 1 day',
      '您的提醒（电话），1 天后到期',
    ],
  ])('%j reads "%s" / "%s"', (reason, en, zh) => {
    expect(plain(touchpointReasonText(reason, { tr: translator('en'), today }))).toBe(en);
    expect(plain(touchpointReasonText(reason, { tr: translator('zh'), today }))).toBe(zh);
  });

  it('names the holiday in the rep’s language, falling back to the calendar’s English name', () => {
    const diwali = { key: 'diwali', name: 'Deepavali', country: 'SG', date: '2026-11-08' };
    expect(touchpointReasonText({ code: 'holiday_greeting', holiday: diwali }, { tr: translator('zh'), today })).toBe('屠妖节（11月8日）：发一封节日问候');
    const custom = { key: 'custom_stocktake', name: 'Year-end stocktake', country: 'DE', date: '2026-12-28' };
    expect(touchpointReasonText({ code: 'holiday_greeting', holiday: custom }, { tr: translator('zh'), today })).toBe('Year-end stocktake（12月28日）：发一封节日问候');
  });
});
