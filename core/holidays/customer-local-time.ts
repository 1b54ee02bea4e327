/**
 * What time it is at a customer's, and whether their office is open: their own time zone or
 * their country's, their country's working week, and today's public holiday there.
 */
import type { LocalTime } from '../customer-context.ts';
import type { Customer } from '../customer.ts';
import { dateIn, localTimeOf, type BusinessHours } from '../local-time.ts';
import { publicHolidayOn } from './calendar.ts';
import { countryBusinessHours, countryTimeZone } from './country-time.ts';

/**
 * Local time of `customer` at `instant`. The zone is the customer's own, or when missing their
 * country's main one; business hours are the country's working week (or `hours`), and never on a
 * public holiday there or a day the customer keeps (`customHolidays`), whose name is returned.
 * Null when no zone can be found for the country.
 */
export function customerLocalTime(
  instant: Date,
  customer: Pick<Customer, 'country' | 'timeZone' | 'customHolidays'>,
  hours: BusinessHours = countryBusinessHours(customer.country),
): LocalTime | null {
  const timeZone = customer.timeZone ?? countryTimeZone(customer.country);
  if (!timeZone) return null;
  const today = dateIn(instant, timeZone);
  const holiday = publicHolidayOn(customer.country, today)[0]?.name ?? customer.customHolidays?.find((h) => h.date === today)?.name ?? null;
  return localTimeOf(instant, timeZone, hours, holiday);
}
