import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chosenHolidays, publicHolidayOn, publicHolidays } from './calendar.ts';
import { countriesWithGreetings } from './country-greetings.ts';
import { HOLIDAY_KEYS } from './holiday-keys.ts';

interface Published {
  country: string;
  key: string;
  dates: Record<string, string>;
  source: string;
  expected?: boolean;
}

const fixture = JSON.parse(readFileSync(new URL('../../test/fixtures/holidays/published.json', import.meta.url), 'utf8')) as { holidays: Published[] };
const rows = fixture.holidays.flatMap((h) => Object.entries(h.dates).map(([year, date]) => [h.country, h.key, Number(year), date] as const));

function daysOff(country: string, year: number, key?: string): string[] {
  return publicHolidays(country, year)
    .filter((h) => key === undefined || h.key === key)
    .map((h) => h.date);
}

describe('published fixture', () => {
  it('covers 30+ countries, 2026–2028, each entry with a source', () => {
    expect(new Set(fixture.holidays.map((h) => h.country)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set([2026, 2027, 2028]));
    for (const h of fixture.holidays) expect(h.source.length, `${h.country} ${h.key}`).toBeGreaterThan(10);
  });
});

describe('chosenHolidays', () => {
  it.each(rows)('%s %s %i is on the published date %s', (country, key, year, date) => {
    const ours = chosenHolidays(country, year).filter((h) => h.key === key).map((h) => h.date);
    expect(ours).toContain(date);
  });

  it('uses only known keys and gives every chosen country at least one greeting a year', () => {
    for (const country of countriesWithGreetings()) {
      const list = chosenHolidays(country, 2027);
      for (const h of list) expect(HOLIDAY_KEYS).toContain(h.key);
      expect(list.some((h) => h.greet), country).toBe(true);
    }
  });

  it('names the holiday as people there say it', () => {
    expect(chosenHolidays('VN', 2027).find((h) => h.key === 'lunar_new_year')?.name).toBe('Tết (Lunar New Year)');
    expect(chosenHolidays('RU', 2027).find((h) => h.key === 'christmas')).toMatchObject({ date: '2027-01-07', name: 'Orthodox Christmas' });
  });

  it('finds Eid twice in a year when the lunar calendar puts it there (2033)', () => {
    expect(chosenHolidays('SA', 2033).filter((h) => h.key === 'eid_al_fitr')).toHaveLength(2);
  });
});

describe('publicHolidays: corrections to the library', () => {
  it('gives Seollal the day before, the day and the day after (Korea)', () => {
    expect(daysOff('KR', 2026, 'lunar_new_year')).toEqual(['2026-02-16', '2026-02-17', '2026-02-18']);
    expect(daysOff('KR', 2028, 'lunar_new_year')).toEqual(['2028-01-26', '2028-01-27', '2028-01-28']);
  });

  it('moves a whole Eid block to the locally sighted date (Malaysia 2027)', () => {
    expect(daysOff('MY', 2027, 'eid_al_fitr')).toEqual(['2027-03-10', '2027-03-11']);
  });

  it('drops the library Deepavali a month off and keeps the published one (Singapore 2028)', () => {
    expect(publicHolidayOn('SG', '2028-11-15')).toEqual([]);
    expect(publicHolidayOn('SG', '2028-10-17')).toMatchObject([{ key: 'diwali', greet: true }]);
  });

  it('adds days off the library lacks: Eid al-Fitr in Saudi Arabia, Thanksgiving in Canada', () => {
    expect(daysOff('SA', 2027, 'eid_al_fitr')).toContain('2027-03-09');
    expect(publicHolidayOn('CA', '2026-10-12')).toMatchObject([{ key: 'thanksgiving', name: 'Thanksgiving', dayOff: true }]);
  });

  it('covers countries the library does not know from the chosen days off (Kuwait, Nepal)', () => {
    expect(publicHolidays('KW', 2026).map((h) => `${h.date} ${h.key}`)).toEqual(['2026-02-25 national_day', '2026-03-20 eid_al_fitr', '2026-05-27 eid_al_adha']);
    expect(publicHolidayOn('NP', '2026-11-08')).toMatchObject([{ key: 'diwali', name: 'Tihar (Diwali)' }]);
  });

  it('keeps offices open on half days kept by a few (Women’s Day afternoon in China)', () => {
    expect(publicHolidayOn('CN', '2026-03-09')).toEqual([]);
    expect(publicHolidayOn('CN', '2026-03-08')).toEqual([]);
  });

  it('adds the published bridged week (Spring Festival in China, 15–23 Feb 2026)', () => {
    expect(daysOff('CN', 2026, 'lunar_new_year')).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
  });

  it('keys days in lieu with their holiday but never greets on them', () => {
    const july = publicHolidays('US', 2027).filter((h) => h.key === 'national_day');
    expect(july).toEqual([
      expect.objectContaining({ date: '2027-07-04', greet: true }),
      expect.objectContaining({ date: '2027-07-05', greet: false }),
    ]);
  });

  it('lists one entry per day, sorted, within the year', () => {
    for (const country of ['DE', 'CN', 'SA', 'KR', 'JP', 'RU']) {
      const dates = publicHolidays(country, 2027).map((h) => `${h.date}|${h.key}`);
      expect(dates).toEqual([...new Set(dates)].sort());
      for (const d of dates) expect(d.startsWith('2027-')).toBe(true);
    }
  });
});

describe('leap years', () => {
  it('puts Nowruz on 20 March in 2028 (the equinox before noon in Tehran) and 21 March in 2027', () => {
    expect(publicHolidayOn('IR', '2028-03-20')[0]?.key).toBe('nowruz');
    expect(publicHolidayOn('IR', '2027-03-21')[0]?.key).toBe('nowruz');
  });

  it('counts 29 February as a day: Eid al-Fitr 2028 in Azerbaijan runs onto it', () => {
    expect(publicHolidayOn('AZ', '2028-02-29').map((h) => h.key)).toContain('eid_al_fitr');
    expect(publicHolidayOn('DE', '2028-02-29')).toEqual([]);
  });
});
