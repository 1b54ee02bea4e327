/**
 * Calendar rules the planner needs beyond `addDays`/`daysBetween`: yearly dates (birthdays,
 * order anniversaries) that may fall on 29 February, the day of the year, and the company
 * date of an instant.
 */
import { dateIn } from '../local-time.ts';

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The date in `year` of a yearly event on `monthDay` (`MM-DD`). 29 February falls on
 * 28 February in a common year: the day stays in its month, as people celebrate it.
 */
export function inYear(monthDay: string, year: number): string {
  const md = monthDay === '02-29' && !isLeapYear(year) ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${md}`;
}

/** The first date on or after `from` on which the yearly event on `monthDay` falls. */
export function nextYearly(monthDay: string, from: string): string {
  const year = Number(from.slice(0, 4));
  const thisYear = inYear(monthDay, year);
  return thisYear >= from ? thisYear : inYear(monthDay, year + 1);
}

/** `MM-DD` of a birthday written `MM-DD` or `YYYY-MM-DD`. */
export function monthDayOf(date: string): string {
  return date.slice(-5);
}

/** Day of the year, 1 … 366, of a `YYYY-MM-DD` date. */
export function dayOfYear(date: string): number {
  const start = Date.UTC(Number(date.slice(0, 4)), 0, 1);
  return Math.round((Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000) + 1;
}

/** The date, in `timeZone`, of an ISO instant (`2026-11-24T18:00:00Z` is 25 November in Shanghai). */
export function dateOfInstant(instant: string, timeZone: string): string {
  return dateIn(new Date(instant), timeZone);
}
