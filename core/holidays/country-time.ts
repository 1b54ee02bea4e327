/**
 * A country's main time zone and working week, for a customer whose own are not recorded.
 * Pure Intl and a short table: no holiday data, so it is cheap to import anywhere.
 */
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../local-time.ts';

/**
 * The zone of the capital or the biggest business city where a country has several, and the
 * current IANA name where the platform's ICU may still answer with an old alias (Asia/Calcutta).
 */
const MAIN_ZONES: Record<string, string> = {
  AR: 'America/Argentina/Buenos_Aires',
  AU: 'Australia/Sydney',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CD: 'Africa/Kinshasa',
  CL: 'America/Santiago',
  CN: 'Asia/Shanghai',
  CY: 'Asia/Nicosia',
  DE: 'Europe/Berlin',
  EC: 'America/Guayaquil',
  ES: 'Europe/Madrid',
  FM: 'Pacific/Pohnpei',
  FO: 'Atlantic/Faroe',
  GL: 'America/Nuuk',
  ID: 'Asia/Jakarta',
  IN: 'Asia/Kolkata',
  KI: 'Pacific/Tarawa',
  KZ: 'Asia/Almaty',
  MH: 'Pacific/Majuro',
  MM: 'Asia/Yangon',
  MN: 'Asia/Ulaanbaatar',
  MX: 'America/Mexico_City',
  MY: 'Asia/Kuala_Lumpur',
  NP: 'Asia/Kathmandu',
  NZ: 'Pacific/Auckland',
  PF: 'Pacific/Tahiti',
  PG: 'Pacific/Port_Moresby',
  PS: 'Asia/Hebron',
  PT: 'Europe/Lisbon',
  RU: 'Europe/Moscow',
  UA: 'Europe/Kyiv',
  UM: 'Pacific/Honolulu',
  US: 'America/New_York',
  UZ: 'Asia/Tashkent',
  VN: 'Asia/Ho_Chi_Minh',
  // Kosovo has no zone of its own in the IANA database; it keeps Central European Time.
  XK: 'Europe/Belgrade',
};

interface LocaleWithZones {
  timeZones?: string[];
  getTimeZones?: () => string[];
}

const zoneCache = new Map<string, string | null>();

/**
 * The main IANA time zone of `country` (ISO 3166-1 alpha-2): the table above for countries
 * spanning several zones, else the one zone the platform's Intl lists for it. Null when the
 * platform cannot tell (a browser without `Intl.Locale#getTimeZones` and a country not in the table).
 */
export function countryTimeZone(country: string): string | null {
  const code = country.toUpperCase();
  const cached = zoneCache.get(code);
  if (cached !== undefined) return cached;
  let zone: string | null = MAIN_ZONES[code] ?? null;
  if (!zone && /^[A-Z]{2}$/.test(code)) {
    try {
      const locale = new Intl.Locale(`und-${code}`) as unknown as LocaleWithZones;
      const zones = locale.getTimeZones?.() ?? locale.timeZones ?? [];
      zone = zones[0] ?? null;
    } catch {
      zone = null;
    }
  }
  zoneCache.set(code, zone);
  return zone;
}

/** ISO weekdays (1 = Monday … 7 = Sunday) of countries whose week is not Monday to Friday. */
const WORK_WEEKS: Record<string, number[]> = {
  // Sunday to Thursday
  SA: [7, 1, 2, 3, 4],
  KW: [7, 1, 2, 3, 4],
  QA: [7, 1, 2, 3, 4],
  BH: [7, 1, 2, 3, 4],
  OM: [7, 1, 2, 3, 4],
  JO: [7, 1, 2, 3, 4],
  IQ: [7, 1, 2, 3, 4],
  EG: [7, 1, 2, 3, 4],
  LY: [7, 1, 2, 3, 4],
  DZ: [7, 1, 2, 3, 4],
  YE: [7, 1, 2, 3, 4],
  SY: [7, 1, 2, 3, 4],
  IL: [7, 1, 2, 3, 4],
  BD: [7, 1, 2, 3, 4],
  // Saturday to Wednesday (Thursday a half day for many)
  IR: [6, 7, 1, 2, 3],
  AF: [6, 7, 1, 2, 3],
};

/**
 * Office hours assumed in `country`: 09:00–18:00 on its working days (Sunday–Thursday in Saudi
 * Arabia or Israel, Saturday–Wednesday in Iran, Monday–Friday elsewhere).
 */
export function countryBusinessHours(country: string): BusinessHours {
  const days = WORK_WEEKS[country.toUpperCase()];
  return days ? { ...DEFAULT_BUSINESS_HOURS, days } : DEFAULT_BUSINESS_HOURS;
}
