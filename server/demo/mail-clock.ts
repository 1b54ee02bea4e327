/**
 * Times of day for generated contacts: customers write in their own office hours, reps in
 * Chinese office hours (with the odd late answer to the Americas). Offsets come from the
 * platform's time-zone data, looked up once per zone.
 */
import { isoInstant, monthOf, type Day } from './dates.ts';
import type { Random } from './random.ts';

const CHINA_OFFSET = 8 * 60;
const offsets = new Map<string, readonly [january: number, july: number]>();

function offsetAt(zone: string, ms: number): number {
  const text = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(ms))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(text ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Minutes east of UTC in `zone` on `day` (summer time approximated by month: April–October). */
export function utcOffset(zone: string, day: Day): number {
  let pair = offsets.get(zone);
  if (!pair) {
    pair = [offsetAt(zone, Date.UTC(2024, 0, 15)), offsetAt(zone, Date.UTC(2024, 6, 15))];
    offsets.set(zone, pair);
  }
  const month = monthOf(day);
  return month >= 4 && month <= 10 ? pair[1] : pair[0];
}

/** Minutes since 1970-01-01T00:00Z of a moment during office hours in `zone` on `day` (08:30–18:00 local). */
export function localOfficeMinute(rng: Random, zone: string, day: Day): number {
  return day * 1440 + rng.int(8 * 60 + 30, 18 * 60) - utcOffset(zone, day);
}

/** Minutes since 1970-01-01T00:00Z of a moment a rep in China writes: office hours, sometimes the evening shift for the Americas. */
export function repMinute(rng: Random, day: Day, evening = false): number {
  const local = evening && rng.chance(0.6) ? rng.int(20 * 60, 23 * 60 + 30) : rng.int(8 * 60 + 30, 17 * 60 + 45);
  return day * 1440 + local - CHINA_OFFSET;
}

/** `YYYY-MM-DDTHH:MM:00.000Z` of minutes since 1970-01-01T00:00Z. */
export function instantOf(minute: number): string {
  return isoInstant(0, minute);
}
