/**
 * Buying seasons: when a seasonal customer places the orders for its peak (goods must be
 * produced, shipped and on shelves in time), and how that bends its rhythm and order size.
 */
import type { Season } from './countries.ts';
import { dayOf, diwali, lunarNewYear, ramadanStarts, yearOf, type Day } from './dates.ts';

/** Ordering windows `[from, to)` for a season that touch the calendar year of `day` or the next. */
function windows(season: Season, day: Day): (readonly [Day, Day])[] {
  const year = yearOf(day);
  const out: (readonly [Day, Day])[] = [];
  for (const y of [year - 1, year, year + 1]) {
    switch (season) {
      case 'christmas': out.push([dayOf(y, 6, 1), dayOf(y, 9, 15)]); break;
      case 'back_to_school': out.push([dayOf(y, 3, 15), dayOf(y, 6, 1)]); break;
      case 'diwali': { const d = diwali(y); out.push([d - 130, d - 70]); break; }
      case 'lunar_new_year': { const d = lunarNewYear(y); out.push([d - 120, d - 60]); break; }
      case 'ramadan': for (const r of ramadanStarts(y)) out.push([r - 150, r - 75]); break;
    }
  }
  return out;
}

/** True when `day` falls in one of the season's ordering windows. */
export function inOrderingWindow(season: Season | null, day: Day): boolean {
  if (!season) return false;
  return windows(season, day).some(([from, to]) => day >= from && day < to);
}

/** Multipliers for the gap to the next order and for the order's size at `day`. */
export function seasonalFactors(season: Season | null, day: Day): { interval: number; amount: number } {
  if (!season) return { interval: 1, amount: 1 };
  return inOrderingWindow(season, day) ? { interval: 0.55, amount: 1.7 } : { interval: 1.2, amount: 0.85 };
}

/** The Chinese New Year factory shutdown around `day`'s year: `[from, to)`. */
export function factoryShutdown(day: Day): readonly [Day, Day] {
  const year = yearOf(day);
  const lny = lunarNewYear(day > dayOf(year, 6, 30) ? year + 1 : year);
  return [lny - 10, lny + 12];
}
