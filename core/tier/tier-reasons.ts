/**
 * The numbers behind a tier, as coded reasons and as the English lines the sidebar shows
 * ("12-month revenue 186k USD, top 8%"; "5 orders in 12 months"; "paid on time 4/5").
 */
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

/** 186000 → "186k", 1234567 → "1.23M", 950 → "950": three significant figures at most. */
export function compactAmount(amount: number): string {
  const abs = Math.abs(amount);
  const [scaled, suffix] = abs >= 999_500 ? [amount / 1e6, 'M'] : abs >= 999.5 ? [amount / 1e3, 'k'] : [amount, ''];
  const digits = Math.abs(scaled) >= 100 ? 0 : Math.abs(scaled) >= 10 ? 1 : 2;
  const text = scaled.toFixed(suffix === '' ? 0 : digits).replace(/\.0+$|(\.\d*?)0+$/, '$1');
  return `${text}${suffix}`;
}

/** "top 8%": whole percent, rounded up, at least 1. */
function topPercent(share: number): string {
  return `top ${Math.max(1, Math.ceil(share * 100 - 1e-9))}%`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const TRIGGER_WORDS = { price_notice: 'a price rise', lost_quote: 'a lost quote' } as const;

/**
 * One reason as an English line. Until the message catalogue holds these, this is the one
 * place their words live; a Chinese line keys on the same `code`.
 */
export function tierReasonText(reason: TierReason): string {
  switch (reason.code) {
    case 'prospect':
      return 'no orders yet (prospect)';
    case 'only_cancelled':
      return `no orders apart from ${plural(reason.cancelled, 'cancelled one', 'cancelled ones')}`;
    case 'revenue':
      return `12-month revenue ${compactAmount(reason.amount)} ${reason.currency}, ${topPercent(reason.topShare)}`;
    case 'no_revenue':
      return 'no orders in the last 12 months';
    case 'frequency':
      return `${plural(reason.orders, 'order')} in 12 months`;
    case 'recency': {
      const usual = reason.usualIntervalDays === null ? '' : ` (usually every ${plural(reason.usualIntervalDays, 'day')})`;
      return `last order ${reason.days === 0 ? 'today' : `${plural(reason.days, 'day')} ago`}${usual}`;
    }
    case 'payment': {
      const parts = [`paid on time ${reason.onTime}/${reason.counted}`];
      if (reason.paidLate > 0) parts.push(`${reason.paidLate} paid late`);
      if (reason.unpaidPastDue > 0) parts.push(`${reason.unpaidPastDue} unpaid past due`);
      if (reason.averageDaysLate !== null) parts.push(`late ones ${plural(reason.averageDaysLate, 'day')} on average`);
      return parts.join('; ');
    }
    case 'payment_none_due':
      return 'no payment due yet';
    case 'tenure':
      return `buying for ${reason.years < 1 ? 'under a year' : plural(reason.years, 'year')} (since ${reason.since})`;
    case 'breaks':
      return `${plural(reason.count, 'break')} after ${TRIGGER_WORDS[reason.after]}, ${reason.years.join(', ')}`;
    case 'computed':
      return `computed tier ${reason.tier}, score ${Math.round(reason.score)}`;
  }
}
