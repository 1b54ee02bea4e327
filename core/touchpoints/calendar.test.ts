import { describe, expect, it } from 'vitest';
import { dateOfInstant, dayOfYear, inYear, isLeapYear, nextYearly } from './calendar.ts';

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('%i → %s', (year, leap) => expect(isLeapYear(year)).toBe(leap));
});

describe('yearly dates', () => {
  it.each([
    // monthDay, year, date
    ['02-29', 2028, '2028-02-29'],
    ['02-29', 2027, '2027-02-28'],
    ['12-11', 2026, '2026-12-11'],
  ])('%s in %i is %s', (md, year, date) => expect(inYear(md, year)).toBe(date));

  it.each([
    // monthDay, from, next
    ['12-11', '2026-11-25', '2026-12-11'],
    ['11-25', '2026-11-25', '2026-11-25'],
    ['11-24', '2026-11-25', '2027-11-24'],
    ['02-29', '2026-11-25', '2027-02-28'],
    ['02-29', '2027-03-01', '2028-02-29'],
    ['02-29', '2027-02-28', '2027-02-28'],
    ['01-05', '2026-12-30', '2027-01-05'],
  ])('%s next from %s is %s', (md, from, next) => expect(nextYearly(md, from)).toBe(next));
});

describe('dayOfYear', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-12-31', 365],
    ['2028-12-31', 366],
    ['2028-03-01', 61],
  ])('%s is day %i', (date, day) => expect(dayOfYear(date)).toBe(day));
});

describe('dateOfInstant', () => {
  it('gives the company date of a UTC instant', () => {
    expect(dateOfInstant('2026-11-24T18:00:00.000Z', 'Asia/Shanghai')).toBe('2026-11-25');
    expect(dateOfInstant('2026-11-24T18:00:00.000Z', 'America/New_York')).toBe('2026-11-24');
  });
});
