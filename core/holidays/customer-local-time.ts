/**
 * What time it is at a customer's, and whether their office is open: their own time zone or
 * their country's, their country's working week, and today's public holiday there.
 */
import type { LocalTime } from '../customer-context.ts';
import type { Customer } from '../customer.ts';
import type { UiLocale } from '../i18n/messages.ts';
import { dateIn, localTimeOf, type BusinessHours } from '../local-time.ts';
import { publicHolidayOn } from './calendar.ts';
import { countryBusinessHours, countryTimeZone } from './country-time.ts';
import { holidayName } from './holiday-names.ts';

export interface CustomerLocalTimeOptions {
  /** Office hours there. Default the country's working week. */
  hours?: BusinessHours;
  /** The language today's holiday is named in. Default English. */
  locale?: UiLocale;
}

/**
 * Local time of `customer` at `instant`. The zone is the customer's own, or when missing their
 * country's main one; business hours are the country's working week (or `hours`), and never on a
 * public holiday there or a day the customer keeps (`customHolidays`), whose name is returned
 * (a public holiday's in `options.locale`; the customer's own day as it was written).
 * Null when no zone can be found for the country.
 */
export function customerLocalTime(
  instant: Date,
  customer: Pick<Customer, 'country' | 'timeZone' | 'customHolidays'>,
  options: CustomerLocalTimeOptions = {},
): LocalTime | null {
  const timeZone = customer.timeZone ?? countryTimeZone(customer.country);
  if (!timeZone) return null;
  const today = dateIn(instant, timeZone);
  const holiday = publicHolidayOn(customer.country, today)[0];
  const name = holiday ? holidayName(options.locale ?? 'en', holiday) : (customer.customHolidays?.find((h) => h.date === today)?.name ?? null);
  return localTimeOf(instant, timeZone, options.hours ?? countryBusinessHours(customer.country), name);
}
