/**
 * Holiday occasions as the sidebar shows them (`CustomerContext.holidays`), named in the rep's language.
 */
import type { HolidaySummary } from '../customer-context.ts';
import type { HolidayOccasion } from '../holiday-occasion.ts';
import type { UiLocale } from '../i18n/messages.ts';
import { daysBetween } from '../local-time.ts';
import { holidayName } from './holiday-names.ts';

/** One occasion as a `HolidaySummary`, `daysAway` counted from `today` (`YYYY-MM-DD`), named in `locale` (English by default). */
export function toHolidaySummary(occasion: HolidayOccasion, today: string, locale: UiLocale = 'en'): HolidaySummary {
  return {
    date: occasion.date,
    name: holidayName(locale, occasion),
    country: occasion.country,
    daysAway: daysBetween(today, occasion.date),
    greet: occasion.greet,
  };
}

/** Occasions as summaries, in their order. */
export function holidaySummaries(occasions: HolidayOccasion[], today: string, locale: UiLocale = 'en'): HolidaySummary[] {
  return occasions.map((o) => toHolidaySummary(o, today, locale));
}
