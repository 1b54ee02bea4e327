/**
 * A country's holiday calendar: its public days off (from date-holidays, corrected) and the
 * holidays its customers are greeted for (chosen in country-greetings.ts, dated from published
 * tables where the library falls short). Every country-year is computed once and cached.
 */
import { addDays, daysBetween } from '../local-time.ts';
import { countryHolidays, type CountryHoliday } from './country-greetings.ts';
import { HOLIDAYS, type HolidayKey } from './holiday-keys.ts';
import { libraryPublicDays, ruleDates, type LibraryDay } from './library.ts';
import { BLOCK_CORRECTIONS, EXTRA_DAYS_OFF, publishedDate } from './published-dates.ts';

/** A holiday on a date in a country. */
export interface CalendarHoliday {
  /** Greeting key (`christmas`) for a chosen holiday; otherwise a slug of the English name (`labour_day`). */
  key: string;
  /** English name (`Tết (Lunar New Year)`, `Labour Day`). */
  name: string;
  date: string;
  country: string;
  /** Public day off there: offices closed. */
  dayOff: boolean;
  /** Worth a greeting by default in this country. */
  greet: boolean;
}

const NAME_KEYS: Record<string, HolidayKey> = { "New Year's Day": 'new_year', 'Christmas Day': 'christmas' };

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\(substitute day\)/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'holiday'
  );
}

function ruleOf(choice: CountryHoliday): string | null {
  return choice.rule ?? HOLIDAYS[choice.key].rule;
}

/**
 * Dates of `key` in `country` in `year`: the published table when it has the year, else the rule.
 * A country that does not keep the holiday still gets its usual date (for a customer's `add`).
 */
export function holidayDates(key: HolidayKey, country: string, year: number, rule: string | null = HOLIDAYS[key].rule): string[] {
  const published = publishedDate(key, country, year);
  if (published) return [published];
  return rule ? ruleDates(rule, year) : [];
}

function nameOf(choice: CountryHoliday): string {
  return choice.name ?? HOLIDAYS[choice.key].name;
}

const greetingCache = new Map<string, CalendarHoliday[]>();

/** The holidays chosen for `country` in `year`, with their main date (the day itself, not the eve). Cached and shared: do not modify. */
export function chosenHolidays(country: string, year: number): CalendarHoliday[] {
  const cacheKey = `${country}|${year}`;
  let list = greetingCache.get(cacheKey);
  if (list) return list;
  list = [];
  for (const choice of countryHolidays(country)) {
    for (const date of holidayDates(choice.key, country, year, ruleOf(choice))) {
      list.push({ key: choice.key, name: nameOf(choice), date, country, dayOff: choice.dayOff ?? false, greet: choice.greet ?? true });
    }
  }
  list.sort((a, b) => a.date.localeCompare(b.date));
  greetingCache.set(cacheKey, list);
  return list;
}

/** Whether a library day is `choice`: by the key's known rules or names, or the country's own rule for it. */
function isLibraryDayOf(choice: CountryHoliday, day: LibraryDay): boolean {
  const def = HOLIDAYS[choice.key];
  if (def.libraryRule?.test(day.rule) || def.libraryName?.test(day.name)) return true;
  return choice.rule !== undefined && (day.rule === choice.rule || day.rule.startsWith(`${choice.rule} `));
}

// A library entry belongs to a chosen holiday when its rule matches and it lies this close to the chosen date.
const SAME_HOLIDAY_DAYS = 6;

function nearest(dates: string[], date: string): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (best === undefined || Math.abs(daysBetween(d, date)) < Math.abs(daysBetween(best, date))) best = d;
  return best;
}

const publicCache = new Map<string, CalendarHoliday[]>();

/**
 * Public days off in `country` in `year`, one entry per day, sorted by date. The library's list,
 * with chosen holidays carrying their key, moved to the published date where the library differs
 * (Eid by local sighting, Seollal's three days), and completed with chosen days off it lacks
 * (Eid in Saudi Arabia, Thanksgiving in Canada, countries it does not cover). Cached and shared: do not modify.
 */
export function publicHolidays(country: string, year: number): CalendarHoliday[] {
  const cacheKey = `${country}|${year}`;
  let list = publicCache.get(cacheKey);
  if (list) return list;

  const choices = countryHolidays(country);
  // Main dates in the years around, so a day near New Year finds its holiday.
  const chosen = [year - 1, year, year + 1].flatMap((y) => chosenHolidays(country, y));
  const groups = new Map<string, { choice: CountryHoliday; main: string; days: LibraryDay[] }>();
  const out: CalendarHoliday[] = [];
  const substitutes: { day: LibraryDay; choice: CountryHoliday | undefined }[] = [];

  // The year before too: a block may run into January, or a correction move a late-December day over.
  for (const y of [year - 1, year]) {
    for (const day of libraryPublicDays(country, y)) {
      const choice = choices.find((c) => isLibraryDayOf(c, day));
      if (day.substitute) {
        substitutes.push({ day, choice });
        continue;
      }
      const main = choice && nearest(chosen.filter((h) => h.key === choice.key).map((h) => h.date), day.date);
      if (choice && main !== undefined && Math.abs(daysBetween(main, day.date)) <= SAME_HOLIDAY_DAYS) {
        const id = `${choice.key}|${main}`;
        const group = groups.get(id) ?? { choice, main, days: [] };
        group.days.push(day);
        groups.set(id, group);
      } else if (choice && publishedDate(choice.key, country, y)) {
        // The library's own date for a holiday a table publishes, and far from it: the table wins.
        continue;
      } else if (day.date.startsWith(`${year}-`)) {
        const key = NAME_KEYS[day.name] ?? slug(day.name);
        out.push({ key, name: day.name, date: day.date, country, dayOff: true, greet: false });
      }
    }
  }

  for (const { choice, main, days } of groups.values()) {
    const shift = shiftFor(country, choice.key, main, days);
    for (const day of days) {
      const date = addDays(day.date, shift);
      if (!date.startsWith(`${year}-`)) continue;
      const isMain = date === main;
      out.push({ key: choice.key, name: isMain ? nameOf(choice) : day.name, date, country, dayOff: true, greet: isMain && (choice.greet ?? true) });
    }
  }

  // A day in lieu is a day off under its holiday's key, never the greeting day.
  const keyByName = new Map<string, string>();
  for (const { choice, days } of groups.values()) for (const d of days) keyByName.set(d.name, choice.key);
  for (const { day, choice } of substitutes) {
    if (!day.date.startsWith(`${year}-`)) continue;
    const base = day.name.replace(/\s*\(substitute day\)$/, '');
    const key = choice?.key ?? keyByName.get(base) ?? NAME_KEYS[base] ?? slug(base);
    out.push({ key, name: day.name, date: day.date, country, dayOff: true, greet: false });
  }

  for (const extra of EXTRA_DAYS_OFF) {
    if (extra.country !== country) continue;
    for (let date = extra.first; date <= extra.last; date = addDays(date, 1)) {
      if (date.startsWith(`${year}-`)) out.push({ key: extra.key, name: HOLIDAYS[extra.key].name, date, country, dayOff: true, greet: false });
    }
  }

  // Chosen days off the library lists under a rule of its own (Bangladesh's Independence Day by the
  // Bengali calendar) take the chosen key; those it does not list at all are added.
  const chosenKeys = new Set<string>(choices.map((c) => c.key));
  for (const h of chosen) {
    if (!h.dayOff || !h.date.startsWith(`${year}-`) || groups.has(`${h.key}|${h.date}`)) continue;
    const same = out.findIndex((o) => o.date === h.date && !chosenKeys.has(o.key));
    if (same >= 0) out[same] = h;
    else out.push(h);
  }

  const seen = new Set<string>();
  list = out
    .sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key))
    .filter((h) => {
      const id = `${h.date}|${h.key}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  publicCache.set(cacheKey, list);
  return list;
}

/**
 * Days to move the library's days of one chosen holiday: a fixed block correction, or, where a
 * table publishes the date, the distance from the library's own first day to it (every day of an
 * Eid block moves together).
 */
function shiftFor(country: string, key: HolidayKey, main: string, days: LibraryDay[]): number {
  const block = BLOCK_CORRECTIONS.find((c) => c.country === country && c.key === key);
  if (block) return block.shiftDays;
  const rule = HOLIDAYS[key].rule;
  if (!rule || publishedDate(key, country, Number(main.slice(0, 4))) !== main) return 0;
  const own = days.filter((d) => d.rule === rule || d.rule.startsWith(`${rule} `)).map((d) => d.date).sort()[0];
  return own === undefined ? 0 : daysBetween(own, main);
}

/** Public holidays of `country` on `date` (`YYYY-MM-DD`); empty on a working day. */
export function publicHolidayOn(country: string, date: string): CalendarHoliday[] {
  return publicHolidays(country, Number(date.slice(0, 4))).filter((h) => h.date === date);
}
