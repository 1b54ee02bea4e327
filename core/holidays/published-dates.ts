/**
 * Dates the holiday library cannot compute or gets wrong, from the calendars that publish them.
 * Each table names its source; a year missing from a table falls back to the library's rule.
 */
import type { HolidayKey } from './holiday-keys.ts';

/**
 * Diwali (Lakshmi Puja): the Kartika new moon, on the day the new-moon phase (amavasya) holds at
 * dusk in New Delhi. 2024–2026 are the Government of India's central holiday lists (Department of
 * Personnel and Training office memoranda: 31 Oct 2024, 20 Oct 2025, 8 Nov 2026); later years are
 * computed by that same rule and must be checked against each year's list when it is published.
 * Singapore (Ministry of Manpower) and Malaysia gazette Deepavali on the same day in 2024–2026.
 */
export const DIWALI: Record<number, string> = {
  2024: '2024-10-31',
  2025: '2025-10-20',
  2026: '2026-11-08',
  2027: '2027-10-29',
  2028: '2028-10-17',
  2029: '2029-11-05',
  2030: '2030-10-26',
  2031: '2031-11-14',
  2032: '2032-11-02',
  2033: '2033-10-22',
  2034: '2034-11-10',
  2035: '2035-10-30',
};

/**
 * Deepavali as Singapore, Malaysia and Sri Lanka keep it: the Tamil reckoning, on the day the
 * fourteenth lunar day (Naraka Chaturdashi) holds at sunrise, which in some years is the day
 * before North India's Diwali (2027). 2024–2026 as gazetted by Singapore's Ministry of Manpower
 * and Malaysia's federal list; 2027–2029 computed by that rule (the library's 15 Nov 2028 is a
 * month late). Later years fall back to {@link DIWALI}.
 */
export const DEEPAVALI_TAMIL: Record<number, string> = {
  2024: '2024-10-31',
  2025: '2025-10-20',
  2026: '2026-11-08',
  2027: '2027-10-28',
  2028: '2028-10-17',
  2029: '2029-11-05',
};

/** Countries that keep Deepavali by {@link DEEPAVALI_TAMIL}. */
export const TAMIL_DEEPAVALI_COUNTRIES = new Set(['SG', 'MY', 'LK']);

/**
 * Eid dates where the month starts by local sighting rather than by the Umm al-Qura calendar the
 * library follows (Saudi Arabia, the Gulf, Türkiye, Egypt): usually a day later.
 *
 * These are EXPECTED dates: each country confirms them by moon sighting a day or two before.
 * Brunei, Indonesia, Malaysia and Singapore fix them by the MABIMS criteria (crescent at least 3°
 * high and 6.4° from the sun at sunset); 2026 is as gazetted — Singapore Ministry of Manpower
 * (Hari Raya Puasa 21 Mar, Hari Raya Haji 27 May 2026), Malaysia's federal holiday list and
 * Indonesia's joint ministerial decree (SKB) on 2026 holidays. Later years apply the same criteria
 * to the astronomical new moons. Pakistan, Bangladesh and India sight the crescent locally; the
 * Government of India's 2026 list (Id-ul-Fitr 21 Mar, Id-ul-Zuha 27 May) agrees with this table,
 * so it is used for them too.
 */
export const LOCAL_SIGHTING_EID: Record<'eid_al_fitr' | 'eid_al_adha', Record<number, string>> = {
  eid_al_fitr: {
    2026: '2026-03-21',
    2027: '2027-03-10',
    2028: '2028-02-27',
    2029: '2029-02-15',
    2030: '2030-02-04',
    2031: '2031-01-25',
    2032: '2032-01-14',
    2033: '2033-01-03',
  },
  eid_al_adha: {
    2026: '2026-05-27',
    2027: '2027-05-17',
    2028: '2028-05-05',
    2029: '2029-04-25',
    2030: '2030-04-14',
    2031: '2031-04-03',
    2032: '2032-03-22',
    2033: '2033-03-12',
  },
};

/** Countries whose Eid follows {@link LOCAL_SIGHTING_EID}. */
export const LOCAL_SIGHTING_COUNTRIES = new Set(['BN', 'ID', 'MY', 'SG', 'PK', 'BD', 'IN']);

/** The published date of `key` in `country` for `year`, when a table has it. */
export function publishedDate(key: HolidayKey, country: string, year: number): string | undefined {
  if (key === 'diwali') return (TAMIL_DEEPAVALI_COUNTRIES.has(country) ? DEEPAVALI_TAMIL[year] : undefined) ?? DIWALI[year];
  if ((key === 'eid_al_fitr' || key === 'eid_al_adha') && LOCAL_SIGHTING_COUNTRIES.has(country)) return LOCAL_SIGHTING_EID[key][year];
  return undefined;
}

/**
 * Fixed corrections to the library's public-holiday blocks: every day the library lists for
 * `key` in `country` moves by `shiftDays`.
 */
export interface BlockCorrection {
  country: string;
  key: HolidayKey;
  shiftDays: number;
  source: string;
}

export const BLOCK_CORRECTIONS: BlockCorrection[] = [
  {
    // The library starts the three Seollal days on New Year's Day itself; the Act on Public Holidays
    // (관공서의 공휴일에 관한 규정, art. 2) gives the day before, the day and the day after (2026: 16–18 Feb).
    country: 'KR',
    key: 'lunar_new_year',
    shiftDays: -1,
    source: 'Regulations on Holidays of Government Offices (Korea), art. 2',
  },
];

/**
 * Whole bridged holiday weeks a government publishes each year beyond the library's statutory
 * days, as [first, last] day off. China: the State Council General Office notice on the 2026
 * holiday arrangements (Spring Festival 15–23 Feb, National Day and Mid-Autumn 1–7 Oct).
 */
export const EXTRA_DAYS_OFF: { country: string; key: HolidayKey; first: string; last: string; source: string }[] = [
  { country: 'CN', key: 'lunar_new_year', first: '2026-02-15', last: '2026-02-23', source: 'State Council General Office, 2026 holiday arrangements' },
  { country: 'CN', key: 'national_day', first: '2026-10-01', last: '2026-10-07', source: 'State Council General Office, 2026 holiday arrangements' },
];
