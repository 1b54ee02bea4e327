/**
 * Why a touchpoint is suggested, as data: the rule that made it and the figures it read. The
 * rules return `PlannedTouchpoint`s; `touchpoint-reasons.ts` words the reason last, in the
 * rep's language, when the plan becomes the view model's `Touchpoint`.
 */
import type { Touchpoint } from '../customer-context.ts';
import type { Tier } from '../customer.ts';
import type { InteractionKind } from '../interaction.ts';
import type { ReminderKind } from '../reminder.ts';
import type { ChurnReason } from './churn-risk.ts';

/** A holiday as a reason names it: the name is looked up in the rep's language when worded. */
export interface HolidayRef {
  key: string;
  /** English name, as the calendar gives it. */
  name: string;
  country: string;
  date: string;
}

/** One product's price before and after a change, for this customer. */
export interface NewPrice {
  product: string;
  currency: string;
  oldPrice: number;
  newPrice: number;
}

export type TouchpointReason =
  | { code: 'reply'; kind: InteractionKind; from: string | null; since: string; subject: string | null; late: boolean; slaHours: number }
  | { code: 'follow_up'; what: 'quote' | 'sample'; subject: string | null; sentOn: string; followUps: number }
  | { code: 'payment_overdue'; amount: number; currency: string; contractNo: string; dueOn: string; days: number }
  | { code: 'payment_due'; amount: number; currency: string; contractNo: string; dueOn: string; dueToday: boolean }
  | {
      code: 'reorder';
      expectedOn: string;
      overdue: boolean;
      daysOverdue: number;
      typicalGapDays: number;
      lastOrderOn: string;
      confidence: number;
      /** Months (1–12) orders peak in, when the rhythm follows the calendar. */
      peakMonths: number[];
    }
  | { code: 'churn'; index: number; signs: ChurnReason[] }
  | { code: 'price_change'; effectiveOn: string; increase: number; share: number; prices: NewPrice[] }
  | { code: 'holiday_gift'; holiday: HolidayRef; sendBy: string }
  | { code: 'holiday_greeting'; holiday: HolidayRef }
  | { code: 'birthday'; name: string; title: string | null; on: string; bornOnLeapDay: boolean }
  | { code: 'anniversary'; years: number; contractNo: string; firstOrderOn: string }
  | { code: 'cadence'; tier: Tier | null; every: number; lastContactOn: string | null; daysSince: number | null }
  | { code: 'reminder'; kind: ReminderKind; daysLate: number; note: string | null };

/** A suggestion as the rules make it: a `Touchpoint` whose reason is still data. */
export type PlannedTouchpoint = Omit<Touchpoint, 'reason'> & { reason: TouchpointReason };
