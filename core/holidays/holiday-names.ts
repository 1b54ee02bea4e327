/**
 * A holiday's name in the rep's language. The calendar names holidays in English (as
 * date-holidays and the greeting table do); in Chinese the best name is, in order:
 *
 * 1. the library's own name where the country's language is Chinese (国庆节 in China, 端午節 in
 *    Taiwan), the way people there write it;
 * 2. our table of the names a Chinese export rep knows (`holiday-names-zh.json`: 开斋节, 屠妖节,
 *    东正教圣诞节, `{country}独立日`), covering every greeting holiday and the common days off;
 * 3. a greeting holiday's Chinese name from the greeting templates (`core/greetings/zh.json`);
 * 4. the library's Chinese name where it has one (元旦, 劳动节);
 * 5. the English name. A day in lieu is its holiday's name with （补假）.
 */
import zhGreetings from '../greetings/zh.json' with { type: 'json' };
import { countryNameIn } from '../i18n/format.ts';
import { fillPlaceholders, type UiLocale } from '../i18n/messages.ts';
import { HOLIDAY_KEYS } from './holiday-keys.ts';
import zhNames from './holiday-names-zh.json' with { type: 'json' };
import { libraryChineseName, libraryIsChinese } from './library.ts';

/** What names a holiday: the calendar's key and English name, where and when it falls. */
export interface NamedHoliday {
  key?: string;
  /** English name. */
  name: string;
  country: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

const OWN: Record<string, string> = zhNames;
const GREETING_NAMES: Record<string, string> = zhGreetings.holidayNames;
const SUBSTITUTE = /^(.*?)\s*\(substitute day\)$/;

/** `清明节 清明節`: the library gives some Chinese names in both scripts; the first (simplified) one is shown. */
function firstForm(name: string): string {
  return /^\p{Script=Han}+ \p{Script=Han}+$/u.test(name) ? name.split(' ')[0]! : name;
}

function chineseName(holiday: NamedHoliday): string | null {
  const { name, country } = holiday;
  const year = Number(holiday.date.slice(0, 4));
  const substitute = SUBSTITUTE.exec(name);
  if (substitute) {
    const base = chineseName({ ...holiday, name: substitute[1]! });
    return base === null ? null : `${base}（补假）`;
  }
  const native = libraryIsChinese(country) ? libraryChineseName(country, year, name) : null;
  if (native) return firstForm(native);
  const own = OWN[name];
  if (own) return fillPlaceholders(own, { country: countryNameIn('zh', country) });
  if (holiday.key === 'national_day') return fillPlaceholders(OWN['National Day']!, { country: countryNameIn('zh', country) });
  if (holiday.key && (HOLIDAY_KEYS as readonly string[]).includes(holiday.key)) return GREETING_NAMES[holiday.key] ?? null;
  const library = libraryChineseName(country, year, name);
  return library === null ? null : firstForm(library);
}

/**
 * The name of `holiday` to show in `locale`: the English name in English; in Chinese the best
 * Chinese name known (see above), else the English one. A customer's own day keeps its name.
 */
export function holidayName(locale: UiLocale, holiday: NamedHoliday): string {
  if (locale === 'en') return holiday.name;
  return chineseName(holiday) ?? holiday.name;
}
