/**
 * The holidays worth a greeting, by stable key. Greeting templates (core/greetings/) and the
 * touchpoint planner use these keys; this file owns what each key means and how to find its date.
 * Pure data: no date-holidays import, so the greeting drafts can list the keys in the pane bundle.
 */

/** Every key a greeting holiday can have; templates exist for each one. */
export const HOLIDAY_KEYS = [
  'new_year',
  'christmas',
  'easter',
  'lunar_new_year',
  'mid_autumn',
  'chuseok',
  'golden_week',
  'eid_al_fitr',
  'eid_al_adha',
  'diwali',
  'nowruz',
  'songkran',
  'thanksgiving',
  'rosh_hashanah',
  'passover',
  'hanukkah',
  'national_day',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

export function isHolidayKey(key: string): key is HolidayKey {
  return (HOLIDAY_KEYS as readonly string[]).includes(key);
}

/** How a holiday's date is found. */
export interface HolidayDefinition {
  /** English name shown when a country gives none of its own. */
  name: string;
  /**
   * Rule in date-holidays' grammar (`12-25`, `chinese 01-0-01`, `1 Shawwal`, `1 Tishrei`), used
   * when a customer adds the holiday in a country that does not keep it. Null when the date comes
   * only from a published table (Diwali) or depends on the country (national day).
   */
  rule: string | null;
  /**
   * Which of the library's own rules are this holiday, so a country's public-holiday list carries
   * the key and a correction can move them.
   */
  libraryRule: RegExp | null;
  /** Names the library gives it where its rule is a bare date (`2026-11-08` for Deepavali). */
  libraryName?: RegExp;
}

export const HOLIDAYS: Record<HolidayKey, HolidayDefinition> = {
  new_year: { name: 'New Year', rule: '01-01', libraryRule: /^01-01\b/ },
  christmas: { name: 'Christmas', rule: '12-25', libraryRule: /^(12-25|julian 12-25)\b/ },
  easter: { name: 'Easter', rule: 'easter', libraryRule: /^(easter|orthodox)$/ },
  lunar_new_year: { name: 'Lunar New Year', rule: 'chinese 01-0-01', libraryRule: /^(chinese 01-0-0\d|korean 01-0-01|(1 day before )?vietnamese 1-0-1)\b/ },
  mid_autumn: { name: 'Mid-Autumn Festival', rule: 'chinese 08-0-15', libraryRule: /^chinese 08-0-15\b/ },
  chuseok: { name: 'Chuseok', rule: 'korean 08-0-15', libraryRule: /^korean 8-0-14\b/ },
  golden_week: { name: 'Golden Week', rule: '04-29', libraryRule: /^04-29\b/ },
  eid_al_fitr: { name: 'Eid al-Fitr', rule: '1 Shawwal', libraryRule: /^([1-4] Shawwal|30 Ramadan)\b/ },
  eid_al_adha: { name: 'Eid al-Adha', rule: '10 Dhu al-Hijjah', libraryRule: /^(9|10|11|12|13) Dhu al-Hijjah\b/ },
  diwali: { name: 'Diwali', rule: null, libraryRule: null, libraryName: /^(Deepavali|Diwali)$/ },
  nowruz: { name: 'Nowruz', rule: '1 Farvardin', libraryRule: /^([1-4] Farvardin|03-2[0-3])\b/ },
  songkran: { name: 'Songkran', rule: '04-13', libraryRule: /^04-1[3-5]\b/ },
  thanksgiving: { name: 'Thanksgiving', rule: '4th thursday in November', libraryRule: /^4th thursday in November$/ },
  rosh_hashanah: { name: 'Rosh Hashanah', rule: '1 Tishrei', libraryRule: /^[12] Tishrei\b/ },
  passover: { name: 'Passover', rule: '15 Nisan', libraryRule: /^15 Nisan\b/ },
  hanukkah: { name: 'Hanukkah', rule: '25 Kislev', libraryRule: /^25 Kislev\b/ },
  national_day: { name: 'National Day', rule: null, libraryRule: null },
};
