import { describe, expect, it } from 'vitest';
import { dayNumber, isoOfDay } from './day-number.ts';

describe('dayNumber', () => {
  it.each(['1970-01-01', '1969-12-31', '1900-02-28', '1900-03-01', '2000-02-29', '2000-03-01', '2024-02-29', '2026-11-25', '2027-03-01', '2028-02-29', '2100-03-01'])(
    'counts %s as Date.UTC does, and back',
    (iso) => {
      const expected = Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
      expect(dayNumber(iso)).toBe(expected);
      expect(isoOfDay(expected)).toBe(iso);
    },
  );

  it('reads the UTC date of an ISO instant', () => {
    expect(dayNumber('2024-02-29T23:59:00.000Z')).toBe(dayNumber('2024-02-29'));
  });

  it('puts a leap day between 28 February and 1 March', () => {
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    expect(dayNumber('2027-03-01') - dayNumber('2027-02-28')).toBe(1);
  });
});

describe('isoOfDay', () => {
  it('agrees with Date over every day from 1899 to 2101', () => {
    const from = Date.UTC(1899, 0, 1) / 86_400_000;
    const to = Date.UTC(2101, 11, 31) / 86_400_000;
    const wrong: number[] = [];
    for (let day = from; day <= to; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (isoOfDay(day) !== iso || dayNumber(iso) !== day) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });
});
