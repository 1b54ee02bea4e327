/**
 * Calendar arithmetic for the demo on whole UTC days (`Day` = days since 1970-01-01),
 * plus the few moving feasts that shape an exporter's year (Ramadan, Chinese New Year, Diwali).
 */

/** Days since 1970-01-01 (UTC). */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` → day number. @throws on text that is not such a date. */
export function parseDay(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = ms / MS_PER_DAY;
  if (isoDate(day) !== iso) throw new Error(`not a calendar date: ${iso}`);
  return day;
}

/** Day of a calendar date; `month` 1–12. Out-of-range days roll over like `Date.UTC`. */
export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

// A book touches a few thousand distinct days; formatting each once keeps 100,000 customers fast.
const ISO_DATES = new Map<Day, string>();

/** Day number → `YYYY-MM-DD`. */
export function isoDate(day: Day): string {
  let iso = ISO_DATES.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    ISO_DATES.set(day, iso);
  }
  return iso;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Day number and minutes after its midnight UTC (any sign or size) → `YYYY-MM-DDTHH:MM:00.000Z`. */
export function isoInstant(day: Day, minutesUtc: number): string {
  const total = Math.round(minutesUtc);
  const carry = Math.floor(total / 1440);
  const minutes = total - carry * 1440;
  return `${isoDate(day + carry)}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:00.000Z`;
}

/** Calendar year of a day. */
export function yearOf(day: Day): number {
  return Number(isoDate(day).slice(0, 4));
}

/** Month 1–12 of a day. */
export function monthOf(day: Day): number {
  return Number(isoDate(day).slice(5, 7));
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The day itself on a weekday, else the Monday after. */
export function nextWorkday(day: Day): Day {
  const wd = weekdayOf(day);
  return wd === 6 ? day + 2 : wd === 7 ? day + 1 : day;
}

/** The day itself on a weekday, else the Friday before. */
export function previousWorkday(day: Day): Day {
  const wd = weekdayOf(day);
  return wd === 6 ? day - 1 : wd === 7 ? day - 2 : day;
}

// Mean length of the Islamic lunar year; an anchor plus whole years stays within a day or two for decades.
const ISLAMIC_YEAR = 354.367;
const RAMADAN_ANCHOR = dayOf(2024, 3, 11);

/** First days of Ramadan that fall in the Gregorian `year` (one, sometimes two). */
export function ramadanStarts(year: number): Day[] {
  const from = dayOf(year, 1, 1);
  const to = dayOf(year + 1, 1, 1);
  const k0 = Math.floor((from - RAMADAN_ANCHOR) / ISLAMIC_YEAR) - 1;
  const starts: Day[] = [];
  for (let k = k0; k <= k0 + 3; k++) {
    const start = RAMADAN_ANCHOR + Math.round(k * ISLAMIC_YEAR);
    if (start >= from && start < to) starts.push(start);
  }
  return starts;
}

/** Eid al-Fitr: the day after the 29–30 days of Ramadan. */
export function eidAlFitr(ramadanStart: Day): Day {
  return ramadanStart + 30;
}

const LUNAR_NEW_YEAR: Record<number, string> = {
  2015: '02-19', 2016: '02-08', 2017: '01-28', 2018: '02-16', 2019: '02-05', 2020: '01-25',
  2021: '02-12', 2022: '02-01', 2023: '01-22', 2024: '02-10', 2025: '01-29', 2026: '02-17',
  2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03', 2031: '01-23', 2032: '02-11',
  2033: '01-31', 2034: '02-19', 2035: '02-08',
};

/** Chinese (lunar) New Year's Day; outside the table, an early-February stand-in. */
export function lunarNewYear(year: number): Day {
  return monthDayIn(year, LUNAR_NEW_YEAR[year] ?? '02-05');
}

const DIWALI: Record<number, string> = {
  2015: '11-11', 2016: '10-30', 2017: '10-19', 2018: '11-07', 2019: '10-27', 2020: '11-14',
  2021: '11-04', 2022: '10-24', 2023: '11-12', 2024: '11-01', 2025: '10-20', 2026: '11-08',
  2027: '10-29', 2028: '10-17', 2029: '11-05', 2030: '10-26',
};

/** Diwali; outside the table, an early-November stand-in. */
export function diwali(year: number): Day {
  return monthDayIn(year, DIWALI[year] ?? '11-01');
}

function monthDayIn(year: number, monthDay: string): Day {
  const [m, d] = monthDay.split('-').map(Number);
  return dayOf(year, m ?? 1, d ?? 1);
}
