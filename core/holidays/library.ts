/**
 * The one door to date-holidays. Keeping every import of it here keeps its data (about 0.8 MB)
 * out of anything that does not ask for a country's calendar, such as the Outlook pane bundle.
 * Everything is cached: a country's year is computed once per process.
 */
import Holidays from 'date-holidays';

/** One day of a library holiday (a three-day holiday is three of these). */
export interface LibraryDay {
  date: string;
  /** English name. */
  name: string;
  /** The library's rule, used to recognise which holiday it is (`chinese 01-0-01`, `1 Shawwal P3D`). */
  rule: string;
  substitute: boolean;
}

let supported: Set<string> | undefined;
const instances = new Map<string, Holidays>();
const years = new Map<string, LibraryDay[]>();
const ruleInstances = new Map<string, Holidays>();
const ruleYears = new Map<string, string[]>();

/** True when the library has a calendar for `country`. */
export function librarySupports(country: string): boolean {
  supported ??= new Set(Object.keys(new Holidays().getCountries()));
  return supported.has(country);
}

function instance(country: string): Holidays {
  let hd = instances.get(country);
  if (!hd) {
    hd = new Holidays(country, { languages: ['en'], types: ['public'] });
    instances.set(country, hd);
  }
  return hd;
}

function dayAfter(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Public holidays of `country` in `year` as the library lists them, one entry per day off. */
export function libraryPublicDays(country: string, year: number): LibraryDay[] {
  const cacheKey = `${country}|${year}`;
  let days = years.get(cacheKey);
  if (days) return days;
  days = [];
  if (librarySupports(country)) {
    for (const h of instance(country).getHolidays(year, 'en')) {
      // A half day kept by some (Women's Day afternoon in China: `03-08 12:00`) leaves offices open.
      if (h.type !== 'public' || /\b\d{2}:\d{2}\b/.test(h.rule)) continue;
      const first = h.date.slice(0, 10);
      // `date` is the wall-clock start; a span of n days (P3D) ends n days later, a half day (12:00) counts as one.
      const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
      for (let i = 0; i < length; i++) days.push({ date: dayAfter(first, i), name: h.name, rule: h.rule, substitute: h.substitute === true });
    }
  }
  years.set(cacheKey, days);
  return days;
}

const chineseNames = new Map<string, Map<string, string>>();

/**
 * The library's own Chinese name of a holiday of `country` in `year`, by its English name, or
 * null. Only a name the library really has in Chinese counts: where it has none it answers in
 * the country's language (German, Arabic), and that is no help to a Chinese reader.
 */
export function libraryChineseName(country: string, year: number, englishName: string): string | null {
  const cacheKey = `${country}|${year}`;
  let names = chineseNames.get(cacheKey);
  if (!names) {
    names = new Map();
    if (librarySupports(country)) {
      const native = libraryLanguage(country);
      const list = (language: string) =>
        new Holidays(country, { languages: [language], types: ['public'] }).getHolidays(year, language).filter((h) => h.type === 'public');
      const [en, zh, own] = [list('en'), list('zh'), list(native)];
      // One rule set, three languages: the lists run in the same order.
      for (let i = 0; i < en.length && en.length === zh.length && zh.length === own.length; i++) {
        const name = zh[i]!.name;
        // A day in lieu is named by its holiday's name (the caller adds the suffix), never the library's composite.
        if (en[i]!.rule !== zh[i]!.rule || names.has(en[i]!.name) || en[i]!.substitute) continue;
        if (native.startsWith('zh') || name !== own[i]!.name) names.set(en[i]!.name, name);
      }
    }
    chineseNames.set(cacheKey, names);
  }
  return names.get(englishName) ?? null;
}

const ownLanguages = new Map<string, string>();

/** The library's own language for `country` (`de`, `zh`), `en` where it has no calendar. */
function libraryLanguage(country: string): string {
  let language = ownLanguages.get(country);
  if (language === undefined) {
    language = librarySupports(country) ? (new Holidays(country).getLanguages()[0] ?? 'en') : 'en';
    ownLanguages.set(country, language);
  }
  return language;
}

/** True when the library's own language for `country` is Chinese (China, Hong Kong, Macao, Taiwan). */
export function libraryIsChinese(country: string): boolean {
  return libraryLanguage(country).startsWith('zh');
}

/**
 * The dates in `year` that a rule in the library's grammar gives (`chinese 08-0-15`, `1 Shawwal`,
 * `2nd monday in October`). A lunar rule can fall twice in one Gregorian year, or not at all.
 */
export function ruleDates(rule: string, year: number): string[] {
  const cacheKey = `${rule}|${year}`;
  let dates = ruleYears.get(cacheKey);
  if (dates) return dates;
  let hd = ruleInstances.get(rule);
  if (!hd) {
    hd = new Holidays();
    if (!hd.setHoliday(rule, { name: rule, type: 'public' })) throw new Error(`date-holidays does not understand the rule "${rule}"`);
    ruleInstances.set(rule, hd);
  }
  dates = hd.getHolidays(year).map((h) => h.date.slice(0, 10));
  ruleYears.set(cacheKey, dates);
  return dates;
}
