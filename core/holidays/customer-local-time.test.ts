import { describe, expect, it } from 'vitest';
import { countryBusinessHours, countryTimeZone } from './country-time.ts';
import { customerLocalTime } from './customer-local-time.ts';

function customer(country: string, timeZone: string | null = null, customHolidays: { date: string; name: string }[] = []) {
  return { country, timeZone, customHolidays };
}

describe('countryTimeZone', () => {
  it.each([
    ['US', 'America/New_York'],
    ['RU', 'Europe/Moscow'],
    ['BR', 'America/Sao_Paulo'],
    ['AU', 'Australia/Sydney'],
    ['CN', 'Asia/Shanghai'],
    ['IN', 'Asia/Kolkata'],
    ['VN', 'Asia/Ho_Chi_Minh'],
    ['DE', 'Europe/Berlin'],
    ['KW', 'Asia/Kuwait'],
    ['NP', 'Asia/Kathmandu'],
    ['ae', 'Asia/Dubai'],
  ])('%s → %s', (country, zone) => {
    expect(countryTimeZone(country)).toBe(zone);
  });

  it('is null for a code with no zone', () => {
    expect(countryTimeZone('ZZ')).toBeNull();
  });
});

describe('countryBusinessHours', () => {
  it('knows the Sunday–Thursday week of the Gulf and Israel, Saturday–Wednesday of Iran', () => {
    expect(countryBusinessHours('SA').days).toEqual([7, 1, 2, 3, 4]);
    expect(countryBusinessHours('IL').days).toEqual([7, 1, 2, 3, 4]);
    expect(countryBusinessHours('IR').days).toEqual([6, 7, 1, 2, 3]);
    expect(countryBusinessHours('DE')).toEqual({ start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] });
  });
});

describe('customerLocalTime', () => {
  it('uses the country’s main zone when the customer has none', () => {
    const t = customerLocalTime(new Date('2026-11-25T14:00:00Z'), customer('US'));
    expect(t).toEqual({ timeZone: 'America/New_York', local: '2026-11-25T09:00', utcOffset: '-05:00', businessHours: true, holidayToday: null });
  });

  it('prefers the customer’s own zone (a US customer in California)', () => {
    const t = customerLocalTime(new Date('2026-11-25T14:00:00Z'), customer('US', 'America/Los_Angeles'));
    expect(t).toMatchObject({ timeZone: 'America/Los_Angeles', local: '2026-11-25T06:00', businessHours: false });
  });

  it('names a public holiday that falls today and keeps business hours false on it', () => {
    const t = customerLocalTime(new Date('2026-11-26T15:00:00Z'), customer('US'));
    expect(t).toMatchObject({ local: '2026-11-26T10:00', businessHours: false, holidayToday: 'Thanksgiving' });
    const dayAfter = customerLocalTime(new Date('2026-11-27T15:00:00Z'), customer('US'));
    expect(dayAfter).toMatchObject({ businessHours: true, holidayToday: null });
  });

  it('treats a day the customer keeps (custom holiday) as closed', () => {
    const t = customerLocalTime(new Date('2026-08-10T08:00:00Z'), customer('IT', null, [{ date: '2026-08-10', name: 'Summer shutdown' }]));
    expect(t).toMatchObject({ local: '2026-08-10T10:00', businessHours: false, holidayToday: 'Summer shutdown' });
    // The customer's own day keeps the name it was written with.
    expect(customerLocalTime(new Date('2026-08-10T08:00:00Z'), customer('IT', null, [{ date: '2026-08-10', name: 'Summer shutdown' }]), { locale: 'zh' })?.holidayToday).toBe('Summer shutdown');
  });

  it('reads today east of UTC past midnight: already Christmas in Auckland, not yet in Los Angeles', () => {
    const instant = new Date('2026-12-24T11:30:00Z');
    expect(customerLocalTime(instant, customer('NZ'))).toMatchObject({ local: '2026-12-25T00:30', utcOffset: '+13:00', holidayToday: 'Christmas' });
    expect(customerLocalTime(instant, customer('NZ'), { locale: 'zh' })).toMatchObject({ local: '2026-12-25T00:30', holidayToday: '圣诞节' });
    expect(customerLocalTime(instant, customer('US', 'America/Los_Angeles'))).toMatchObject({ local: '2026-12-24T03:30', holidayToday: null });
  });

  it('reads today west of UTC before midnight: 1 January in UTC is still New Year’s Eve in Chicago', () => {
    const instant = new Date('2027-01-01T03:00:00Z');
    expect(customerLocalTime(instant, customer('US', 'America/Chicago'))).toMatchObject({ local: '2026-12-31T21:00', holidayToday: null });
    expect(customerLocalTime(instant, customer('DE'))).toMatchObject({ local: '2027-01-01T04:00', holidayToday: 'New Year' });
  });

  it('opens on Sunday in Riyadh and closes on its Friday', () => {
    expect(customerLocalTime(new Date('2026-11-29T07:00:00Z'), customer('SA'))).toMatchObject({ local: '2026-11-29T10:00', businessHours: true });
    expect(customerLocalTime(new Date('2026-11-27T07:00:00Z'), customer('SA'))).toMatchObject({ businessHours: false, holidayToday: null });
  });

  it('closes in Shanghai during the published Spring Festival week', () => {
    const t = customerLocalTime(new Date('2026-02-20T02:00:00Z'), customer('CN'));
    expect(t).toMatchObject({ local: '2026-02-20T10:00', businessHours: false, holidayToday: 'Lunar New Year' });
    expect(customerLocalTime(new Date('2026-02-20T02:00:00Z'), customer('CN'), { locale: 'zh' })?.holidayToday).toBe('春节');
  });

  it('is null when the country has no zone', () => {
    expect(customerLocalTime(new Date('2026-11-25T14:00:00Z'), customer('ZZ'))).toBeNull();
  });
});
