import { describe, expect, it } from 'vitest';
import type { HolidayOccasion } from '../holiday-occasion.ts';
import type { Interaction } from '../interaction.ts';
import { toHolidaySummary } from './holiday-summary.ts';
import { greetedFor, holidayOccasions } from './occasions.ts';

function customer(country: string, extra: { add?: string[]; skip?: string[]; customHolidays?: { date: string; name: string }[] } = {}) {
  return { country, holidayGreetings: { add: extra.add ?? [], skip: extra.skip ?? [] }, customHolidays: extra.customHolidays ?? [] };
}

const brief = (list: HolidayOccasion[]) => list.map((o) => `${o.date} ${o.key}${o.greet ? ' *' : ''}`);

describe('holidayOccasions', () => {
  it('lists a German customer’s December: Christmas greeted, Boxing Day shown as a day off', () => {
    const list = holidayOccasions({ customer: customer('DE'), from: '2026-12-01', days: 45 });
    expect(brief(list)).toEqual(['2026-12-25 christmas *', '2026-12-26 boxing_day', '2027-01-01 new_year *']);
  });

  it('sets e-mail and gift lead from the config (3 and 21 days by default)', () => {
    const [christmas] = holidayOccasions({ customer: customer('US'), from: '2026-12-01', days: 30 }).filter((o) => o.key === 'christmas');
    expect(christmas).toEqual({ key: 'christmas', name: 'Christmas', date: '2026-12-25', country: 'US', greet: true, emailFrom: '2026-12-22', giftFrom: '2026-12-04' });
    const [custom] = holidayOccasions({ customer: customer('US'), from: '2026-12-01', days: 30, lead: { email: 5, gift: 30 } }).filter((o) => o.key === 'christmas');
    expect(custom).toMatchObject({ emailFrom: '2026-12-20', giftFrom: '2026-11-25' });
  });

  it('counts lead days across 29 February (Nowruz 2028 in Iran)', () => {
    const [nowruz] = holidayOccasions({ customer: customer('IR'), from: '2028-02-01', days: 60 }).filter((o) => o.key === 'nowruz');
    expect(nowruz).toMatchObject({ date: '2028-03-20', emailFrom: '2028-03-17', giftFrom: '2028-02-28' });
  });

  it('keeps the window inclusive at both ends and sorted by date', () => {
    const list = holidayOccasions({ customer: customer('CN'), from: '2026-09-25', days: 6 });
    expect(brief(list)).toEqual(['2026-09-25 mid_autumn *', '2026-10-01 national_day *']);
    expect(holidayOccasions({ customer: customer('CN'), from: '2026-09-26', days: 4 })).toEqual([]);
  });

  it('folds a holiday block into its main day (one Lunar New Year, not nine days)', () => {
    const list = holidayOccasions({ customer: customer('CN'), from: '2026-02-01', days: 30 });
    expect(brief(list)).toEqual(['2026-02-17 lunar_new_year *']);
  });

  it('adds a culture’s holiday the country does not keep (Eid al-Fitr for a Muslim-owned importer in Germany)', () => {
    const list = holidayOccasions({ customer: customer('DE', { add: ['eid_al_fitr', 'diwali'] }), from: '2026-03-01', days: 30 });
    expect(list.find((o) => o.key === 'eid_al_fitr')).toMatchObject({ date: '2026-03-20', greet: true, name: 'Eid al-Fitr', country: 'DE' });
    const autumn = holidayOccasions({ customer: customer('DE', { add: ['diwali'] }), from: '2026-11-01', days: 10 });
    expect(brief(autumn)).toEqual(['2026-11-08 diwali *']);
  });

  it('greets a holiday the country keeps as a day off only when added (Eid in India)', () => {
    const from = '2026-03-15';
    expect(holidayOccasions({ customer: customer('IN'), from, days: 10 }).find((o) => o.key === 'eid_al_fitr')).toMatchObject({ date: '2026-03-21', greet: false });
    expect(holidayOccasions({ customer: customer('IN', { add: ['eid_al_fitr'] }), from, days: 10 }).find((o) => o.key === 'eid_al_fitr')).toMatchObject({ greet: true });
  });

  it('drops a skipped greeting but keeps the day off visible', () => {
    const list = holidayOccasions({ customer: customer('US', { skip: ['christmas', 'thanksgiving'] }), from: '2026-11-20', days: 40 });
    expect(brief(list)).toEqual(['2026-11-26 thanksgiving', '2026-12-25 christmas']);
  });

  it('drops a skipped greeting that is not a day off at all (Hanukkah in Israel)', () => {
    const list = holidayOccasions({ customer: customer('IL', { skip: ['hanukkah'] }), from: '2026-12-01', days: 20 });
    expect(list.map((o) => o.key)).not.toContain('hanukkah');
    expect(holidayOccasions({ customer: customer('IL'), from: '2026-12-01', days: 20 }).map((o) => o.key)).toContain('hanukkah');
  });

  it('ignores added keys it does not know and national days it cannot date', () => {
    const list = holidayOccasions({ customer: customer('GB', { add: ['not_a_holiday', 'national_day'] }), from: '2026-06-01', days: 60 });
    expect(list.map((o) => o.key)).toEqual([]);
  });

  it('lists the customer’s own days (a summer shutdown) without a greeting', () => {
    const list = holidayOccasions({
      customer: customer('IT', { customHolidays: [{ date: '2026-08-10', name: 'Summer shutdown' }, { date: '2026-12-31', name: 'Year-end stocktake' }] }),
      from: '2026-08-01',
      days: 20,
    });
    expect(brief(list)).toEqual(['2026-08-10 custom_summer_shutdown', '2026-08-15 assumption']);
    expect(list[0]).toMatchObject({ name: 'Summer shutdown', greet: false, country: 'IT' });
  });

  it('lists a custom day on 29 February of a leap year', () => {
    const list = holidayOccasions({ customer: customer('DE', { customHolidays: [{ date: '2028-02-29', name: 'Leap day inventory' }] }), from: '2028-02-28', days: 2 });
    expect(brief(list)).toEqual(['2028-02-29 custom_leap_day_inventory']);
  });

  it('falls back to New Year for a country with no chosen list', () => {
    const list = holidayOccasions({ customer: customer('IS'), from: '2026-12-20', days: 15 });
    expect(list.find((o) => o.key === 'new_year')).toMatchObject({ date: '2027-01-01', greet: true });
  });
});

describe('toHolidaySummary', () => {
  it('counts days away from today', () => {
    const [christmas] = holidayOccasions({ customer: customer('DE'), from: '2026-12-01', days: 30 });
    expect(toHolidaySummary(christmas!, '2026-11-25')).toEqual({ date: '2026-12-25', name: 'Christmas', country: 'DE', daysAway: 30, greet: true });
  });

  it('names the holiday in the rep’s language', () => {
    const [christmas] = holidayOccasions({ customer: customer('DE'), from: '2026-12-01', days: 30 });
    expect(toHolidaySummary(christmas!, '2026-11-25', 'zh')).toEqual({ date: '2026-12-25', name: '圣诞节', country: 'DE', daysAway: 30, greet: true });
  });
});

describe('greetedFor', () => {
  const occasion = { date: '2027-02-06' };
  const greeting = (occurredAt: string, kind: Interaction['kind'] = 'greeting') => ({ kind, occurredAt });

  it.each([
    ['30 days before', '2027-01-07T10:00:00.000Z', true],
    ['31 days before', '2027-01-06T10:00:00.000Z', false],
    ['on the day', '2027-02-06T03:00:00.000Z', true],
    ['7 days after', '2027-02-13T23:00:00.000Z', true],
    ['8 days after', '2027-02-14T00:30:00.000Z', false],
  ])('a greeting logged %s counts: %s', (_, at, expected) => {
    expect(greetedFor(occasion, [greeting(at)])).toBe(expected);
  });

  it('ignores interactions of other kinds', () => {
    expect(greetedFor(occasion, [greeting('2027-02-05T10:00:00.000Z', 'message'), greeting('2027-02-05T10:00:00.000Z', 'quote')])).toBe(false);
  });
});
