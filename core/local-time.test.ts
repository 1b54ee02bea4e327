import { describe, expect, it } from 'vitest';
import { addDays, dateIn, daysBetween, localTimeOf, wallClock } from './local-time.ts';

describe('wallClock', () => {
  it.each([
    // instant, zone, date, time, weekday, offset
    ['2026-11-25T04:30:00Z', 'Asia/Shanghai', '2026-11-25', '12:30', 3, 480],
    ['2026-11-25T04:30:00Z', 'America/Los_Angeles', '2026-11-24', '20:30', 2, -480],
    ['2026-07-01T12:00:00Z', 'Europe/Berlin', '2026-07-01', '14:00', 3, 120],
    ['2026-01-01T12:00:00Z', 'Europe/Berlin', '2026-01-01', '13:00', 4, 60],
    ['2026-11-25T04:30:00Z', 'Asia/Kolkata', '2026-11-25', '10:00', 3, 330],
    ['2026-11-25T04:30:00Z', 'Asia/Kathmandu', '2026-11-25', '10:15', 3, 345],
    ['2028-02-29T23:30:00Z', 'Pacific/Auckland', '2028-03-01', '12:30', 3, 780],
  ])('%s in %s is %s %s', (instant, zone, date, time, weekday, offset) => {
    expect(wallClock(new Date(instant), zone)).toEqual({ date, time, weekday, offsetMinutes: offset });
  });

  it('crosses the daylight-saving change in New York', () => {
    expect(wallClock(new Date('2026-03-08T06:59:00Z'), 'America/New_York').offsetMinutes).toBe(-300);
    expect(wallClock(new Date('2026-03-08T07:01:00Z'), 'America/New_York').offsetMinutes).toBe(-240);
  });
});

describe('localTimeOf', () => {
  it('is business hours on a weekday morning there', () => {
    const t = localTimeOf(new Date('2026-11-25T09:00:00Z'), 'Europe/Berlin');
    expect(t).toEqual({ timeZone: 'Europe/Berlin', local: '2026-11-25T10:00', utcOffset: '+01:00', businessHours: true, holidayToday: null });
  });
  it('is not business hours at night, at weekends, or on a holiday there', () => {
    expect(localTimeOf(new Date('2026-11-25T22:00:00Z'), 'Europe/Berlin').businessHours).toBe(false);
    expect(localTimeOf(new Date('2026-11-28T10:00:00Z'), 'Europe/Berlin').businessHours).toBe(false);
    expect(localTimeOf(new Date('2026-12-25T10:00:00Z'), 'Europe/Berlin', undefined, 'Christmas Day')).toMatchObject({ businessHours: false, holidayToday: 'Christmas Day' });
  });
  it('uses the week of the country (Friday–Saturday weekend in Riyadh)', () => {
    const sundayMorning = new Date('2026-11-29T07:00:00Z');
    expect(localTimeOf(sundayMorning, 'Asia/Riyadh', { start: '08:00', end: '17:00', days: [7, 1, 2, 3, 4] }).businessHours).toBe(true);
  });
});

describe('date arithmetic', () => {
  it('adds days across a leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });
  it('gives today in the zone of the asker', () => {
    expect(dateIn(new Date('2026-11-25T20:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-26');
  });
});
