/**
 * An upcoming holiday in the customer's country as a sidebar lists it.
 */
import type { HolidaySummary } from '../customer-context.ts';
import type { Translator } from '../i18n/translator.ts';

export interface HolidayLine {
  name: string;
  date: string;
  /** "today", "in 3 days". */
  when: string;
  /** "worth a greeting", or null. */
  greet: string | null;
}

export function holidayLine(holiday: HolidaySummary, tr: Translator, today: string): HolidayLine {
  return {
    name: holiday.name,
    date: tr.date(holiday.date, today),
    when: holiday.daysAway === 0 ? tr.t('holidays.today') : tr.t('holidays.in_days', { count: holiday.daysAway }),
    greet: holiday.greet ? tr.t('holidays.greet') : null,
  };
}
