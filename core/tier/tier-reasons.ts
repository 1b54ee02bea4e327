/**
 * The numbers behind a tier, as coded reasons, and those reasons worded from the message
 * catalogue ("12-month revenue USD 186k, top 8%"; "5 orders in 12 months"; "paid on time 4/5").
 */
import { translator } from '../i18n/messages.ts';
import { type Translator } from '../i18n/translator.ts';
import type { BuyingHistory } from './buying-history.ts';
import type { TierFactors, TierReason } from './tier-assessment.ts';

/** The reasons behind the factors, in the order a manager reads them. */
export function tierReasons(factors: TierFactors, history: Pick<BuyingHistory, 'cancelled'>, cancelledUpTo: number): TierReason[] {
  const { revenue, frequency, recency, payment, loyalty } = factors;
  if (recency.lastOrderAt === null) {
    const cancelled = history.cancelled.filter((day) => day <= cancelledUpTo).length;
    return [cancelled > 0 ? { code: 'only_cancelled', cancelled } : { code: 'prospect' }];
  }
  const reasons: TierReason[] = [];
  if (revenue.topShare === null) reasons.push({ code: 'no_revenue' });
  else reasons.push({ code: 'revenue', amount: revenue.amount, currency: revenue.currency, topShare: revenue.topShare });
  if (frequency.orders > 0) reasons.push({ code: 'frequency', orders: frequency.orders });
  reasons.push({ code: 'recency', days: recency.daysSinceLastOrder ?? 0, usualIntervalDays: recency.usualIntervalDays });
  if (payment.counted > 0) {
    const { onTime, counted, paidLate, unpaidPastDue, averageDaysLate } = payment;
    reasons.push({ code: 'payment', onTime, counted, paidLate, unpaidPastDue, averageDaysLate });
  } else {
    reasons.push({ code: 'payment_none_due' });
  }
  reasons.push({ code: 'tenure', years: loyalty.yearsActive, since: loyalty.firstOrderAt! });
  for (const after of ['price_notice', 'lost_quote'] as const) {
    const breaks = loyalty.breaks.filter((b) => b.after === after);
    if (breaks.length === 0) continue;
    const years = [...new Set(breaks.map((b) => Number(b.triggerAt.slice(0, 4))))];
    reasons.push({ code: 'breaks', after, count: breaks.length, years });
  }
  return reasons;
}

const PERCENT_TOP = (share: number) => Math.max(1, Math.ceil(share * 100 - 1e-9));

/**
 * One reason as the line the sidebar shows, in the translator's language (English by
 * default): `12-month revenue USD 186k, top 8%` / `近 12 个月采购额 USD 18.6万，居前 8%`.
 */
export function tierReasonText(reason: TierReason, tr: Translator = translator('en')): string {
  switch (reason.code) {
    case 'prospect':
      return tr.t('tier_reason.prospect');
    case 'only_cancelled':
      return tr.t('tier_reason.only_cancelled', { count: reason.cancelled });
    case 'revenue':
      return tr.t('tier_reason.revenue', { amount: tr.money(reason.amount, reason.currency), percent: PERCENT_TOP(reason.topShare) });
    case 'no_revenue':
      return tr.t('tier_reason.no_revenue');
    case 'frequency':
      return tr.t('tier_reason.frequency', { count: reason.orders });
    case 'recency': {
      const ago = tr.relativeDays(-reason.days);
      if (reason.usualIntervalDays === null) return tr.t('tier_reason.recency', { ago });
      return tr.t('tier_reason.recency_usual', { ago, count: reason.usualIntervalDays });
    }
    case 'payment': {
      const parts = [tr.t('tier_reason.payment_on_time', { onTime: reason.onTime, counted: reason.counted })];
      if (reason.paidLate > 0) parts.push(tr.t('tier_reason.payment_late', { count: reason.paidLate }));
      if (reason.unpaidPastDue > 0) parts.push(tr.t('tier_reason.payment_unpaid', { count: reason.unpaidPastDue }));
      if (reason.averageDaysLate !== null) parts.push(tr.t('tier_reason.payment_average_late', { count: reason.averageDaysLate }));
      return parts.join(tr.t('list.clause_separator'));
    }
    case 'payment_none_due':
      return tr.t('tier_reason.payment_none_due');
    case 'tenure': {
      const date = tr.date(reason.since);
      return reason.years < 1 ? tr.t('tier_reason.tenure_under_year', { date }) : tr.t('tier_reason.tenure', { count: reason.years, date });
    }
    case 'breaks':
      return tr.t(reason.after === 'price_notice' ? 'tier_reason.breaks_after_price_notice' : 'tier_reason.breaks_after_lost_quote', {
        count: reason.count,
        years: tr.list(reason.years.map(String)),
      });
    case 'computed':
      return tr.t('tier_reason.computed', { tier: reason.tier, score: Math.round(reason.score) });
  }
}
