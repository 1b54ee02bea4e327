/**
 * The words of a touchpoint's reason, from the message catalogue in the rep's language:
 * the last step of planning, so the rules deal in figures and a plan reads the same in English
 * and Chinese ("Payment of EUR 12,345.60 for PI-1 was due on 15 Nov (10 days ago): …" /
 * "合同 PI-1 的货款 EUR 12,345.60 已于 11月15日 到期，逾期 10 天：…").
 */
import type { Touchpoint } from '../customer-context.ts';
import { translator } from '../i18n/messages.ts';
import { type Translator } from '../i18n/translator.ts';
import { holidayName } from '../holidays/holiday-names.ts';
import type { ChurnReason } from './churn-risk.ts';
import { currencyDigits } from './money.ts';
import type { NewPrice, PlannedTouchpoint, TouchpointReason } from './touchpoint-reason.ts';

/** Price lines spelled out in a notice's reason; the rest are in `detail`. */
const PRICE_LINES = 3;

/** A share as a percent with at most one decimal: 0.08 → `8`, 0.035 → `3.5`. */
const percent = (tr: Translator, share: number) => tr.number(Number((share * 100).toFixed(1)), 1);

/** The product as a rep names it: its text up to the first comma (`EK-1701 Electric kettle 1.7 L`). */
function shortName(product: string): string {
  return product.split(',')[0]!.trim();
}

/** An exact price with its currency's decimals. */
function price(tr: Translator, amount: number, currency: string): string {
  return tr.amount(Number(amount.toFixed(currencyDigits(currency))), currency);
}

function priceLine(tr: Translator, p: NewPrice, share: number, increase: number): string {
  const product = shortName(p.product);
  const from = price(tr, p.oldPrice, p.currency);
  if (share === 0) return tr.t('touchpoint_reason.price_unchanged', { product, price: from, increase: percent(tr, increase) });
  const shareText =
    share === 1 ? tr.t('touchpoint_reason.share_full', { increase: percent(tr, increase) })
    : share === 0.5 ? tr.t('touchpoint_reason.share_half', { increase: percent(tr, increase) })
    : tr.t('touchpoint_reason.share_part', { share: percent(tr, share), increase: percent(tr, increase) });
  return tr.t('touchpoint_reason.price_line', { product, from, to: price(tr, p.newPrice, p.currency), rise: percent(tr, increase * share), share: shareText });
}

/** One churn factor's figures in words ("no order for 210 days, 3.1× the usual 68"). */
export function churnSignText(sign: ChurnReason, tr: Translator = translator('en')): string {
  switch (sign.code) {
    case 'gap':
      return tr.t('churn_sign.gap', { days: sign.days, ratio: tr.number(sign.ratio, 1, 1), usual: sign.usualDays });
    case 'gap_single_order':
      return tr.t('churn_sign.gap_single_order', { count: sign.days });
    case 'amounts':
      return tr.t(sign.change < 0 ? 'churn_sign.amounts_down' : 'churn_sign.amounts_up', { percent: Math.abs(Math.round(sign.change * 100)) });
    case 'complaints':
      return sign.open ? tr.t('churn_sign.complaints_open', { count: sign.count, open: sign.open }) : tr.t('churn_sign.complaints', { count: sign.count });
    case 'lost_quotes':
      return tr.t('churn_sign.lost_quotes', { lost: sign.lost, count: sign.decided });
    case 'silence':
      return sign.unanswered ? tr.t('churn_sign.silence', { days: sign.days, count: sign.unanswered }) : tr.t('churn_sign.last_heard', { count: sign.days });
  }
}

/** What wording a reason needs besides the reason: the language, and the company's today (dates of this year go without the year). */
export interface ReasonWording {
  tr: Translator;
  /** `YYYY-MM-DD`. */
  today: string;
}

/** One reason as the line the sidebar shows. */
export function touchpointReasonText(reason: TouchpointReason, { tr, today }: ReasonWording): string {
  const date = (iso: string) => tr.date(iso, today);
  const quoted = (text: string) => tr.t('text.quoted', { text });
  switch (reason.code) {
    case 'reply': {
      const values = {
        what: tr.t(`touchpoint_reason.reply_what.${reason.kind}` as 'touchpoint_reason.reply_what.message'),
        who: reason.from ?? tr.t('touchpoint_reason.the_customer'),
        date: date(reason.since),
        deadline: tr.t(reason.late ? 'touchpoint_reason.reply_late' : 'touchpoint_reason.reply_within', { hours: reason.slaHours }),
      };
      return reason.subject ? tr.t('touchpoint_reason.reply_subject', { ...values, subject: quoted(reason.subject) }) : tr.t('touchpoint_reason.reply', values);
    }
    case 'follow_up': {
      const answer = reason.followUps ? tr.t('touchpoint_reason.no_answer_after', { count: reason.followUps }) : tr.t('touchpoint_reason.no_answer');
      const values = { date: date(reason.sentOn), answer };
      if (reason.what === 'quote') {
        return reason.subject ? tr.t('touchpoint_reason.follow_up_quote_subject', { ...values, subject: quoted(reason.subject) }) : tr.t('touchpoint_reason.follow_up_quote', values);
      }
      return reason.subject ? tr.t('touchpoint_reason.follow_up_sample_subject', { ...values, subject: quoted(reason.subject) }) : tr.t('touchpoint_reason.follow_up_sample', values);
    }
    case 'payment_overdue': {
      // Friendly at first, firmer (never rude) as the debt ages.
      const tone = reason.days <= 14 ? 'touchpoint_reason.tone_friendly' : reason.days <= 60 ? 'touchpoint_reason.tone_polite' : 'touchpoint_reason.tone_firm';
      return tr.t('touchpoint_reason.payment_overdue', {
        amount: tr.amount(reason.amount, reason.currency),
        contract: reason.contractNo,
        date: date(reason.dueOn),
        count: reason.days,
        tone: tr.t(tone),
      });
    }
    case 'payment_due': {
      const values = { amount: tr.amount(reason.amount, reason.currency), contract: reason.contractNo, date: date(reason.dueOn) };
      return tr.t(reason.dueToday ? 'touchpoint_reason.payment_due_today' : 'touchpoint_reason.payment_due', values);
    }
    case 'reorder': {
      const figures = { days: reason.typicalGapDays, date: date(reason.lastOrderOn), confidence: tr.number(reason.confidence, 2, 2) };
      const rhythm = reason.peakMonths.length
        ? tr.t('touchpoint_reason.rhythm_seasonal', { ...figures, months: tr.list(reason.peakMonths.map((m) => tr.month(m))) })
        : tr.t('touchpoint_reason.rhythm', figures);
      return reason.overdue
        ? tr.t('touchpoint_reason.reorder_overdue', { count: reason.daysOverdue, date: date(reason.expectedOn), rhythm })
        : tr.t('touchpoint_reason.reorder_expected', { date: date(reason.expectedOn), rhythm });
    }
    case 'churn':
      return tr.t('touchpoint_reason.churn', { index: tr.number(reason.index, 2, 2), signs: reason.signs.map((s) => churnSignText(s, tr)).join(tr.t('list.clause_separator')) });
    case 'price_change': {
      const lines = reason.prices.slice(0, PRICE_LINES).map((p) => priceLine(tr, p, reason.share, reason.increase));
      if (reason.prices.length > PRICE_LINES) lines.push(tr.t('touchpoint_reason.price_more', { count: reason.prices.length - PRICE_LINES }));
      return tr.t('touchpoint_reason.price_change', { date: date(reason.effectiveOn), lines: lines.join(tr.t('list.clause_separator')) });
    }
    case 'holiday_gift':
      return tr.t('touchpoint_reason.holiday_gift', { holiday: holidayName(tr.locale, reason.holiday), date: date(reason.holiday.date), by: date(reason.sendBy) });
    case 'holiday_greeting':
      return tr.t('touchpoint_reason.holiday_greeting', { holiday: holidayName(tr.locale, reason.holiday), date: date(reason.holiday.date) });
    case 'birthday': {
      const who = reason.title ? tr.t('touchpoint_reason.person_title', { name: reason.name, title: reason.title }) : reason.name;
      return tr.t(reason.bornOnLeapDay ? 'touchpoint_reason.birthday_leap_day' : 'touchpoint_reason.birthday', { who, date: date(reason.on) });
    }
    case 'anniversary':
      return tr.t('touchpoint_reason.anniversary', { count: reason.years, contract: reason.contractNo, date: date(reason.firstOrderOn) });
    case 'cadence': {
      const last =
        reason.lastContactOn === null
          ? tr.t('touchpoint_reason.cadence_none')
          : tr.t('touchpoint_reason.cadence_last', { date: date(reason.lastContactOn), ago: tr.relativeDays(-(reason.daysSince ?? 0)) });
      return reason.tier
        ? tr.t('touchpoint_reason.cadence', { tier: reason.tier, days: reason.every, last })
        : tr.t('touchpoint_reason.cadence_untiered', { days: reason.every, last });
    }
    case 'reminder': {
      const when =
        reason.daysLate > 0 ? tr.t('touchpoint_reason.reminder_overdue', { count: reason.daysLate })
        : reason.daysLate === 0 ? tr.t('touchpoint_reason.reminder_today')
        : tr.t('touchpoint_reason.reminder_ahead', { count: -reason.daysLate });
      const values = { kind: tr.label('reminder_kind', reason.kind), when };
      return reason.note ? tr.t('touchpoint_reason.reminder_note', { ...values, note: reason.note }) : tr.t('touchpoint_reason.reminder', values);
    }
  }
}

/** A planned suggestion as the view model's `Touchpoint`, its reason worded. */
export function wordTouchpoint(planned: PlannedTouchpoint, wording: ReasonWording): Touchpoint {
  return { ...planned, reason: touchpointReasonText(planned.reason, wording) };
}
