/**
 * How well the holiday calendar matches published holiday dates: every entry of
 * test/fixtures/holidays/published.json (official calendars, 2026–2028, 30+ countries) against
 * the date the calendar gives that country's holiday in that year.
 *
 * Run: `npx tsx bench/eval/holidays.ts`
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chosenHolidays, countriesWithGreetings, holidayOccasions } from '../../core/holidays/index.ts';
import { daysBetween } from '../../core/local-time.ts';

export interface PublishedHoliday {
  country: string;
  key: string;
  name: string;
  /** Year → `YYYY-MM-DD`. */
  dates: Record<string, string>;
  source: string;
  /** Set where the date depends on moon sighting and was published as expected. */
  expected?: boolean;
}

export interface HolidayEvaluation {
  /** Dates compared (one per country, holiday and year). */
  checked: number;
  /** Dates the calendar gives exactly. */
  exact: number;
  /** Dates the calendar gives exactly or one day off (moon-sighting holidays can move a day). */
  withinOneDay: number;
  /** `country key year` the calendar does not list at all. */
  missing: string[];
  /** `country key year: published …, calendar …` where the calendar gives another date. */
  wrong: string[];
}

/** The published fixture. */
export function publishedHolidays(): PublishedHoliday[] {
  const url = new URL('../../test/fixtures/holidays/published.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { holidays: PublishedHoliday[] }).holidays;
}

/** Compare the calendar with every published date. */
export function evaluateHolidays(): HolidayEvaluation {
  const result: HolidayEvaluation = { checked: 0, exact: 0, withinOneDay: 0, missing: [], wrong: [] };
  for (const entry of publishedHolidays()) {
    for (const [year, published] of Object.entries(entry.dates)) {
      result.checked++;
      const label = `${entry.country} ${entry.key} ${year}`;
      const ours = chosenHolidays(entry.country, Number(year))
        .filter((h) => h.key === entry.key)
        .map((h) => h.date)
        .sort((a, b) => Math.abs(daysBetween(a, published)) - Math.abs(daysBetween(b, published)))[0];
      if (ours === undefined) {
        result.missing.push(label);
        continue;
      }
      const off = Math.abs(daysBetween(published, ours));
      if (off === 0) result.exact++;
      else result.wrong.push(`${label}: published ${published}, calendar ${ours}`);
      if (off <= 1) result.withinOneDay++;
    }
  }
  return result;
}

export interface OccasionTiming {
  customers: number;
  countries: number;
  /** First pass: every country-year computed from the library. */
  coldMs: number;
  /** Second pass over the same book, caches warm. */
  warmMs: number;
  /** Warm cost of one customer's 45-day occasions, microseconds. */
  warmMicrosPerCustomer: number;
}

/** Time `holidayOccasions` over a book of `customers` spread across every country with a greeting list. */
export function timeHolidayOccasions(customers = 10_000, from = '2026-11-25'): OccasionTiming {
  const countries = countriesWithGreetings();
  const book = Array.from({ length: customers }, (_, i) => ({
    country: countries[i % countries.length]!,
    holidayGreetings: i % 10 === 0 ? { add: ['eid_al_fitr'], skip: ['christmas'] } : { add: [], skip: [] },
    customHolidays: i % 25 === 0 ? [{ date: '2026-12-28', name: 'Year-end stocktake' }] : [],
  }));
  const pass = () => {
    const start = performance.now();
    for (const customer of book) holidayOccasions({ customer, from, days: 45 });
    return performance.now() - start;
  };
  const coldMs = pass();
  const warmMs = pass();
  return { customers, countries: countries.length, coldMs: Math.round(coldMs), warmMs: Math.round(warmMs), warmMicrosPerCustomer: Math.round((warmMs / customers) * 1000 * 10) / 10 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(evaluateHolidays(), null, 2));
  console.log(JSON.stringify(timeHolidayOccasions(), null, 2));
}
