/**
 * Which holidays each country's customers are greeted for, and which of them are days off there.
 * The choice is a sales team's, not a census: the few days a business partner there expects a
 * word for (Christmas in Germany, Lunar New Year and Mid-Autumn in Taiwan, Eid in the Gulf,
 * Diwali in India, Nowruz in Iran and Central Asia, Songkran in Thailand).
 */
import type { HolidayKey } from './holiday-keys.ts';

export interface CountryHoliday {
  key: HolidayKey;
  /** Rule in date-holidays' grammar when it differs from the key's own (`julian 12-25`, `07-04`). */
  rule?: string;
  /** Name there, in English with the local word where it is what people say (`Tết (Lunar New Year)`). */
  name?: string;
  /** A public day off there (business closed). Default false: the library's list decides. */
  dayOff?: boolean;
  /** Worth a greeting. Default true; false keeps the key (so a customer may `add` it) without a greeting. */
  greet?: boolean;
}

type Entry = HolidayKey | [HolidayKey, Omit<CountryHoliday, 'key'>];

const OFF = { dayOff: true };
const NO_GREETING = { greet: false };

function national(rule: string, name: string, greet = true): Entry {
  return ['national_day', { rule, name, dayOff: true, greet }];
}

/** New Year and Christmas, both days off: the base of most European and American calendars. */
const WESTERN: Entry[] = [
  ['new_year', OFF],
  ['christmas', OFF],
];
const WESTERN_EASTER: Entry[] = [...WESTERN, 'easter'];
const ORTHODOX_EASTER: Entry = ['easter', { rule: 'orthodox', name: 'Orthodox Easter' }];

const EIDS: Entry[] = [
  ['eid_al_fitr', OFF],
  ['eid_al_adha', OFF],
];
/** Eids that are days off there but, by default, not greeted (a minority's feast). */
const EIDS_OFF_ONLY: Entry[] = [
  ['eid_al_fitr', { dayOff: true, greet: false }],
  ['eid_al_adha', { dayOff: true, greet: false }],
];
const NOWRUZ_FIXED: Entry = ['nowruz', { rule: '03-21', dayOff: true }];

const TABLE: Record<string, Entry[]> = {
  // ── Americas
  US: [['new_year', OFF], national('07-04', 'Independence Day'), ['thanksgiving', OFF], ['christmas', OFF]],
  CA: [['new_year', OFF], national('07-01', 'Canada Day'), ['thanksgiving', { rule: '2nd monday in October', dayOff: true }], ['christmas', OFF]],
  MX: [...WESTERN_EASTER, national('09-16', 'Independence Day')],
  BR: [...WESTERN_EASTER, national('09-07', 'Independence Day')],
  AR: [...WESTERN, national('07-09', 'Independence Day')],
  CL: [...WESTERN, national('09-18', 'Fiestas Patrias')],
  CO: [...WESTERN, national('07-20', 'Independence Day')],
  PE: [...WESTERN, national('07-28', 'Independence Day')],
  EC: [...WESTERN, national('08-10', 'Independence Day', false)],
  UY: [...WESTERN, national('08-25', 'Independence Day', false)],
  // ── Europe (national days are days off but rarely greeted between firms)
  GB: WESTERN,
  IE: [...WESTERN_EASTER, national('03-17', "St Patrick's Day")],
  DE: [...WESTERN_EASTER, national('10-03', 'Day of German Unity', false)],
  AT: [...WESTERN_EASTER, national('10-26', 'National Day', false)],
  CH: [...WESTERN, national('08-01', 'Swiss National Day', false)],
  FR: [...WESTERN, national('07-14', 'Bastille Day', false)],
  BE: [...WESTERN, national('07-21', 'National Day', false)],
  NL: [...WESTERN, national('04-27 if sunday then previous saturday', "King's Day", false)],
  LU: [...WESTERN, national('06-23', 'National Day', false)],
  IT: [...WESTERN_EASTER, national('06-02', 'Republic Day', false)],
  ES: [...WESTERN_EASTER, national('10-12', 'National Day of Spain', false)],
  PT: [...WESTERN_EASTER, national('06-10', 'Portugal Day', false)],
  PL: [...WESTERN_EASTER, national('11-11', 'Independence Day', false)],
  CZ: [...WESTERN, national('10-28', 'Independence Day', false)],
  SK: WESTERN_EASTER,
  HU: [...WESTERN, national('08-20', "St Stephen's Day", false)],
  HR: WESTERN_EASTER,
  SI: WESTERN,
  DK: WESTERN,
  SE: [...WESTERN, national('06-06', 'National Day of Sweden', false)],
  NO: [...WESTERN, national('05-17', 'Constitution Day', false)],
  FI: [...WESTERN, national('12-06', 'Independence Day', false)],
  EE: WESTERN,
  LV: WESTERN,
  LT: WESTERN,
  GR: [...WESTERN, ORTHODOX_EASTER, national('03-25', 'Independence Day', false)],
  CY: [...WESTERN, ORTHODOX_EASTER],
  RO: [...WESTERN, ORTHODOX_EASTER, national('12-01', 'Great Union Day', false)],
  BG: [...WESTERN, ORTHODOX_EASTER],
  RS: [['new_year', OFF], ['christmas', { rule: 'julian 12-25', name: 'Orthodox Christmas', dayOff: true }], ORTHODOX_EASTER],
  UA: [...WESTERN, national('08-24', 'Independence Day', false)],
  // New Year is the big holiday in Russia; Orthodox Christmas follows on 7 January (Labour Code, art. 112).
  RU: [['new_year', OFF], ['christmas', { rule: 'julian 12-25', name: 'Orthodox Christmas', dayOff: true }], national('06-12', 'Russia Day', false)],
  BY: [['new_year', OFF], ['christmas', { rule: 'julian 12-25', name: 'Orthodox Christmas', dayOff: true }]],
  TR: [['new_year', OFF], ...EIDS, national('10-29', 'Republic Day')],
  // ── Middle East and North Africa
  SA: [...EIDS, national('09-23', 'Saudi National Day')],
  AE: [...EIDS, national('12-02', 'UAE National Day')],
  QA: [...EIDS, national('12-18', 'Qatar National Day')],
  KW: [...EIDS, national('02-25', 'Kuwait National Day')],
  BH: [...EIDS, national('12-16', 'Bahrain National Day')],
  // Moved from 18 to 20 November by royal decree in 2020.
  OM: [...EIDS, national('11-20', 'Oman National Day')],
  JO: [...EIDS, ['christmas', OFF], national('05-25', 'Independence Day')],
  IQ: [...EIDS, national('10-03', 'National Day')],
  LB: [...EIDS, ['christmas', OFF], national('11-22', 'Independence Day')],
  SY: EIDS,
  YE: EIDS,
  EG: [...EIDS, ['christmas', { rule: 'julian 12-25', name: 'Coptic Christmas', dayOff: true, greet: false }], national('07-23', 'Revolution Day', false)],
  MA: [...EIDS, national('07-30', 'Throne Day', false)],
  DZ: [...EIDS, national('11-01', 'Revolution Day', false)],
  TN: [...EIDS, national('03-20', 'Independence Day', false)],
  LY: EIDS,
  IL: [
    ['rosh_hashanah', OFF],
    ['passover', OFF],
    'hanukkah',
    national('5 Iyyar if Friday,Saturday then previous Thursday if Monday then next Tuesday', "Independence Day (Yom Ha'atzmaut)"),
  ],
  IR: [['nowruz', OFF], ['eid_al_fitr', OFF], ['eid_al_adha', { dayOff: true, greet: false }]],
  // ── Central and South Asia
  AF: [['nowruz', OFF], ...EIDS],
  KZ: [['new_year', OFF], NOWRUZ_FIXED, ['eid_al_adha', OFF], national('12-16', 'Independence Day', false)],
  UZ: [['new_year', OFF], NOWRUZ_FIXED, ...EIDS, national('09-01', 'Independence Day')],
  KG: [['new_year', OFF], NOWRUZ_FIXED, ...EIDS],
  TJ: [['new_year', OFF], NOWRUZ_FIXED, ...EIDS],
  TM: [['new_year', OFF], NOWRUZ_FIXED],
  AZ: [['new_year', OFF], NOWRUZ_FIXED, ...EIDS],
  PK: [...EIDS, national('08-14', 'Independence Day')],
  BD: [...EIDS, national('03-26', 'Independence Day')],
  IN: [['diwali', OFF], national('08-15', 'Independence Day'), ['new_year', NO_GREETING], ...EIDS_OFF_ONLY, ['christmas', { dayOff: true, greet: false }]],
  NP: [['diwali', { name: 'Tihar (Diwali)', dayOff: true }]],
  LK: [['new_year', NO_GREETING], ['christmas', OFF], ['diwali', { name: 'Deepavali', dayOff: true, greet: false }]],
  // ── East Asia
  CN: [['new_year', OFF], ['lunar_new_year', { name: 'Spring Festival (Lunar New Year)', dayOff: true }], ['mid_autumn', OFF], national('10-01', 'National Day')],
  HK: [['new_year', OFF], ['lunar_new_year', OFF], ['mid_autumn', {}], ['christmas', OFF]],
  MO: [['new_year', OFF], ['lunar_new_year', OFF], ['mid_autumn', {}], ['christmas', OFF]],
  TW: [['new_year', OFF], ['lunar_new_year', OFF], ['mid_autumn', OFF], national('10-10', 'National Day (Double Tenth)', false)],
  JP: [['new_year', OFF], ['golden_week', { name: 'Golden Week', dayOff: true }]],
  KR: [['new_year', OFF], ['lunar_new_year', { rule: 'korean 01-0-01', name: 'Seollal (Lunar New Year)', dayOff: true }], ['chuseok', OFF], ['christmas', { dayOff: true, greet: false }]],
  MN: [['new_year', OFF]],
  // ── South-East Asia
  SG: [['new_year', OFF], ['lunar_new_year', OFF], ['eid_al_fitr', { name: 'Hari Raya Puasa (Eid al-Fitr)', dayOff: true }], ['eid_al_adha', { name: 'Hari Raya Haji (Eid al-Adha)', dayOff: true }], ['mid_autumn', {}], national('08-09', 'National Day'), ['diwali', { name: 'Deepavali', dayOff: true }], ['christmas', OFF]],
  MY: [['new_year', NO_GREETING], ['lunar_new_year', OFF], ['eid_al_fitr', { name: 'Hari Raya Aidilfitri (Eid al-Fitr)', dayOff: true }], ['eid_al_adha', { name: 'Hari Raya Haji (Eid al-Adha)', dayOff: true }], national('08-31', 'Merdeka Day'), ['diwali', { name: 'Deepavali', dayOff: true }], ['christmas', OFF]],
  ID: [['new_year', OFF], ['lunar_new_year', { dayOff: true, greet: false }], ['eid_al_fitr', { name: 'Idul Fitri (Eid al-Fitr)', dayOff: true }], ['eid_al_adha', { name: 'Idul Adha (Eid al-Adha)', dayOff: true }], national('08-17', 'Independence Day'), ['christmas', { dayOff: true, greet: false }]],
  BN: [['new_year', OFF], ...EIDS, national('02-23', 'National Day')],
  TH: [['new_year', OFF], ['songkran', { name: 'Songkran (Thai New Year)', dayOff: true }], national('12-05', 'National Day', false)],
  LA: [['new_year', OFF], ['songkran', { rule: '04-14', name: 'Pi Mai (Lao New Year)', dayOff: true }], national('12-02', 'National Day', false)],
  // Thingyan, the water festival, runs from 13 April to the Myanmar New Year on the 17th.
  MM: [['new_year', OFF], ['songkran', { name: 'Thingyan (Myanmar New Year)', dayOff: true }]],
  KH: [['new_year', OFF], ['songkran', { rule: '04-14', name: 'Choul Chnam Thmey (Khmer New Year)', dayOff: true }]],
  VN: [['new_year', OFF], ['lunar_new_year', { rule: 'vietnamese 1-0-1', name: 'Tết (Lunar New Year)', dayOff: true }], national('09-02', 'National Day')],
  PH: [...WESTERN_EASTER, national('06-12', 'Independence Day')],
  // ── Oceania and Africa
  AU: [...WESTERN, national('01-26', 'Australia Day', false)],
  NZ: [...WESTERN, national('02-06', 'Waitangi Day', false)],
  ZA: [...WESTERN, national('04-27', 'Freedom Day', false)],
  NG: [...WESTERN, ...EIDS, national('10-01', 'Independence Day')],
  KE: [...WESTERN, ['eid_al_fitr', { dayOff: true, greet: false }], national('12-12', 'Jamhuri Day')],
  GH: [...WESTERN, national('03-06', 'Independence Day', false)],
  TZ: [...WESTERN, ...EIDS_OFF_ONLY],
  ET: [['christmas', { rule: 'julian 12-25', name: 'Genna (Ethiopian Christmas)', dayOff: true }], ...EIDS_OFF_ONLY],
  SN: [['new_year', OFF], ...EIDS],
};

/** Where nothing is known of a country, New Year is the one greeting that rarely misses. */
const DEFAULT: Entry[] = [['new_year', {}]];

const resolved = new Map<string, CountryHoliday[]>();

/** The holidays `country` is greeted for (or keeps as days off under a greeting key). */
export function countryHolidays(country: string): CountryHoliday[] {
  let list = resolved.get(country);
  if (!list) {
    list = (TABLE[country] ?? DEFAULT).map((e) => (typeof e === 'string' ? { key: e } : { key: e[0], ...e[1] }));
    resolved.set(country, list);
  }
  return list;
}

/** Countries with a chosen list (the rest get New Year only). */
export function countriesWithGreetings(): string[] {
  return Object.keys(TABLE);
}
