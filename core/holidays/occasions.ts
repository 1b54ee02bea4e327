/**
 * A customer's holidays over the coming weeks, as the touchpoint planner and the sidebar take
 * them: the country's greeting days and days off, the customer's own additions and skips, and
 * the dated days the customer keeps (a summer shutdown), each with its e-mail and gift lead.
 */
import type { Customer } from '../customer.ts';
import type { HolidayOccasion } from '../holiday-occasion.ts';
import type { Interaction } from '../interaction.ts';
import { addDays, daysBetween } from '../local-time.ts';
import { chosenHolidays, holidayDates, publicHolidays, type CalendarHoliday } from './calendar.ts';
import { countryHolidays } from './country-greetings.ts';
import { HOLIDAYS, isHolidayKey } from './holiday-keys.ts';

/** Days before a holiday that a greeting is due, by channel (`config.judgement.greetingLeadDays`). */
export interface GreetingLead {
  /** An e-mail greeting: a few days ahead. */
  email: number;
  /** A card or gift, which must travel: weeks ahead. */
  gift: number;
}

/** The config's default lead: e-mail 3 days, gift 21 days ahead. */
export const DEFAULT_GREETING_LEAD: GreetingLead = { email: 3, gift: 21 };

/** How far ahead the sidebar looks by default (`config.judgement.holidayHorizonDays`). */
export const DEFAULT_HOLIDAY_HORIZON_DAYS = 45;

// Days of one holiday block (a week of Lunar New Year, three days of Eid) show as one occasion.
const BLOCK_DAYS = 10;

export interface HolidayOccasionsOptions {
  customer: Pick<Customer, 'country' | 'holidayGreetings' | 'customHolidays'>;
  /** First day to include (`YYYY-MM-DD`), usually today where the rep is. */
  from: string;
  /** Days after `from` to include (inclusive). Default 45. */
  days?: number;
  /** Default {@link DEFAULT_GREETING_LEAD}. */
  lead?: GreetingLead;
}

/**
 * The customer's holidays from `from` to `from + days`, sorted by date (greetings first on a
 * shared day). Greeting days carry `greet: true`; days off that are not greeted (Labour Day, a
 * skipped Christmas) and the customer's own custom days come with `greet: false`.
 *
 * @example
 * holidayOccasions({ customer, from: '2026-11-25', days: 45, lead: config.judgement.greetingLeadDays })
 * // → [{ key: 'christmas', date: '2026-12-25', greet: true, emailFrom: '2026-12-22', giftFrom: '2026-12-04', … }, …]
 */
export function holidayOccasions({ customer, from, days = DEFAULT_HOLIDAY_HORIZON_DAYS, lead = DEFAULT_GREETING_LEAD }: HolidayOccasionsOptions): HolidayOccasion[] {
  const to = addDays(from, days);
  const country = customer.country;
  const add = new Set(customer.holidayGreetings?.add ?? []);
  const skip = new Set(customer.holidayGreetings?.skip ?? []);
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)) - 1; y <= Number(to.slice(0, 4)); y++) years.push(y);

  const occasions: HolidayOccasion[] = [];
  const place = (h: Pick<CalendarHoliday, 'key' | 'name' | 'date'>, greet: boolean) => {
    if (h.date < from || h.date > to) return;
    occasions.push({ key: h.key, name: h.name, date: h.date, country, greet, emailFrom: addDays(h.date, -lead.email), giftFrom: addDays(h.date, -lead.gift) });
  };

  // The main day of each chosen holiday, in and around the window: a block's other days fold into it.
  const mains: CalendarHoliday[] = years.flatMap((y) => chosenHolidays(country, y));
  for (const h of mains) {
    const greet = !skip.has(h.key) && (h.greet || add.has(h.key));
    if (greet || h.dayOff) place(h, greet);
  }

  // A culture's holiday the customer keeps though the country does not (Eid for a firm in Germany).
  const chosenKeys = new Set<string>(countryHolidays(country).map((c) => c.key));
  for (const key of add) {
    if (!isHolidayKey(key) || chosenKeys.has(key) || skip.has(key)) continue;
    for (const y of years) {
      for (const date of holidayDates(key, country, y)) {
        mains.push({ key, name: HOLIDAYS[key].name, date, country, dayOff: false, greet: true });
        place({ key, name: HOLIDAYS[key].name, date }, true);
      }
    }
  }

  // Other days off (Labour Day, Good Friday): shown, not greeted; one occasion per block.
  const lastDay = new Map<string, string>();
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    for (const h of publicHolidays(country, y)) {
      if (h.date > to) break;
      const previous = lastDay.get(h.key);
      lastDay.set(h.key, h.date);
      if (previous !== undefined && daysBetween(previous, h.date) <= BLOCK_DAYS) continue;
      if (mains.some((m) => m.key === h.key && Math.abs(daysBetween(m.date, h.date)) <= BLOCK_DAYS)) continue;
      place(h, false);
    }
  }

  for (const custom of customer.customHolidays ?? []) {
    place({ key: `custom_${slugOf(custom.name)}`, name: custom.name, date: custom.date }, false);
  }

  return occasions.sort((a, b) => a.date.localeCompare(b.date) || Number(b.greet) - Number(a.greet) || a.key.localeCompare(b.key));
}

function slugOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'day'
  );
}

/** Days before a holiday from which a logged greeting counts for it, and days after. */
export const GREETING_WINDOW = { before: 30, after: 7 } as const;

/**
 * Whether the customer was already greeted for `occasion`: an interaction of kind `greeting`
 * logged from 30 days before the holiday to 7 days after it (a late "Happy New Year" counts).
 */
export function greetedFor(occasion: Pick<HolidayOccasion, 'date'>, interactions: Pick<Interaction, 'kind' | 'occurredAt'>[]): boolean {
  const first = addDays(occasion.date, -GREETING_WINDOW.before);
  const last = addDays(occasion.date, GREETING_WINDOW.after);
  return interactions.some((i) => {
    if (i.kind !== 'greeting') return false;
    const day = i.occurredAt.slice(0, 10);
    return day >= first && day <= last;
  });
}
