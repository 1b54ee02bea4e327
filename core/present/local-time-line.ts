/**
 * The customer's clock as a sidebar shows it: "Tue 14:05 there (UTC+01:00)" with a cue saying
 * whether it is a good moment to call.
 */
import type { LocalTime } from '../customer-context.ts';
import type { Translator } from '../i18n/translator.ts';

/** `open`: business hours there; `closed`: outside them; `holiday`: a public holiday there today. */
export type BusinessHoursCue = 'open' | 'closed' | 'holiday';

export interface LocalTimeLine {
  /** "Tue 14:05 there (UTC+01:00)". */
  text: string;
  cue: BusinessHoursCue;
  /** "business hours", "outside business hours", "public holiday today: Christmas Day". */
  cueText: string;
}

export function localTimeLine(localTime: LocalTime, tr: Translator): LocalTimeLine {
  const cue: BusinessHoursCue = localTime.holidayToday ? 'holiday' : localTime.businessHours ? 'open' : 'closed';
  return {
    text: tr.t('time.local', { time: tr.wallClock(localTime.local), offset: `UTC${localTime.utcOffset}` }),
    cue,
    cueText:
      cue === 'holiday'
        ? tr.t('time.holiday_today', { name: localTime.holidayToday! })
        : tr.t(cue === 'open' ? 'time.business_hours' : 'time.after_hours'),
  };
}
