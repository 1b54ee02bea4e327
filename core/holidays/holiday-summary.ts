/**
 * Holiday occasions as the sidebar shows them (`CustomerContext.holidays`).
 */
import type { HolidaySummary } from '../customer-context.ts';
import type { HolidayOccasion } from '../holiday-occasion.ts';
import { daysBetween } from '../local-time.ts';

/** One occasion as a `HolidaySummary`, `daysAway` counted from `today` (`YYYY-MM-DD`). */
export function toHolidaySummary(occasion: HolidayOccasion, today: string): HolidaySummary {
  return { date: occasion.date, name: occasion.name, country: occasion.country, daysAway: daysBetween(today, occasion.date), greet: occasion.greet };
}

/** Occasions as summaries, in their order. */
export function holidaySummaries(occasions: HolidayOccasion[], today: string): HolidaySummary[] {
  return occasions.map((o) => toHolidaySummary(o, today));
}
