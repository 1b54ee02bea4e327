/**
 * Wall-clock time in a time zone, from an instant the caller passes in (core has no clock).
 */
import type { LocalTime } from './customer-context.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface WallClock {
  date: string;
  time: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Offset from UTC in minutes (east positive). */
  offsetMinutes: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The date, time and weekday at `instant` in `timeZone`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  const offsetMinutes = Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
  return { date, time, weekday: WEEKDAYS[parts.weekday!] ?? 1, offsetMinutes };
}

/** `YYYY-MM-DD` at `instant` in `timeZone`: what "today" means for someone there. */
export function dateIn(instant: Date, timeZone: string): string {
  return wallClock(instant, timeZone).date;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export interface BusinessHours {
  start: string;
  end: string;
  days: number[];
}

/** Office hours assumed for a customer when nothing else is known: 09:00–18:00, Monday to Friday. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = { start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] };

/**
 * Local time of a customer and whether it is business hours there. A public holiday there
 * (named by the caller, who knows the calendar) is never business hours.
 */
export function localTimeOf(
  instant: Date,
  timeZone: string,
  hours: BusinessHours = DEFAULT_BUSINESS_HOURS,
  holidayToday: string | null = null,
): LocalTime {
  const clock = wallClock(instant, timeZone);
  const open = hours.days.includes(clock.weekday) && clock.time >= hours.start && clock.time < hours.end && holidayToday === null;
  return {
    timeZone,
    local: `${clock.date}T${clock.time}`,
    utcOffset: formatOffset(clock.offsetMinutes),
    businessHours: open,
    holidayToday,
  };
}

/** The date `days` after `date` (both `YYYY-MM-DD`, calendar arithmetic in UTC). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (`YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
