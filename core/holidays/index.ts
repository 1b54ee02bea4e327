/**
 * @module
 * The holiday calendar: each country's public days off and the holidays worth a greeting there
 * (date-holidays, checked against published calendars and corrected), a customer's upcoming
 * occasions with e-mail and gift lead times, and local time with today's holiday, each named
 * in the rep's language.
 * Server-side: this module loads date-holidays' data; the pane imports core/greetings/ only.
 */
export { HOLIDAY_KEYS, HOLIDAYS, isHolidayKey, type HolidayKey, type HolidayDefinition } from './holiday-keys.ts';
export { countryHolidays, countriesWithGreetings, type CountryHoliday } from './country-greetings.ts';
export { publicHolidays, publicHolidayOn, chosenHolidays, holidayDates, type CalendarHoliday } from './calendar.ts';
export {
  holidayOccasions,
  greetedFor,
  DEFAULT_GREETING_LEAD,
  DEFAULT_HOLIDAY_HORIZON_DAYS,
  GREETING_WINDOW,
  type GreetingLead,
  type HolidayOccasionsOptions,
} from './occasions.ts';
export { countryTimeZone, countryBusinessHours } from './country-time.ts';
export { customerLocalTime, type CustomerLocalTimeOptions } from './customer-local-time.ts';
export { holidayName, type NamedHoliday } from './holiday-names.ts';
export { toHolidaySummary, holidaySummaries } from './holiday-summary.ts';
