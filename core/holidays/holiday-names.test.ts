import { describe, expect, it } from 'vitest';
import { chosenHolidays, publicHolidays } from './calendar.ts';
import { countriesWithGreetings } from './country-greetings.ts';
import { holidayName, type NamedHoliday } from './holiday-names.ts';

describe('holidayName', () => {
  it.each<[string, NamedHoliday, string]>([
    ['the library’s own name in China', { key: 'national_day', name: 'National Day', country: 'CN', date: '2026-10-01' }, '国庆节'],
    ['the simplified of two forms', { key: 'qingming_festival', name: 'Qingming Festival', country: 'CN', date: '2026-04-05' }, '清明节'],
    ['Taiwan’s own name, as written there', { key: 'dragon_boat_festival', name: 'Dragon Boat Festival', country: 'TW', date: '2026-06-19' }, '端午節'],
    ['a greeting holiday from the table', { key: 'christmas', name: 'Christmas', country: 'DE', date: '2026-12-25' }, '圣诞节'],
    ['a country’s own word for it', { key: 'diwali', name: 'Deepavali', country: 'SG', date: '2026-11-08' }, '屠妖节'],
    ['a local Lunar New Year', { key: 'lunar_new_year', name: 'Tết (Lunar New Year)', country: 'VN', date: '2027-02-06' }, '越南春节'],
    ['an Orthodox Christmas', { key: 'christmas', name: 'Orthodox Christmas', country: 'RU', date: '2027-01-07' }, '东正教圣诞节'],
    ['a common day off', { key: 'whit_monday', name: 'Whit Monday', country: 'DE', date: '2026-05-25' }, '圣灵降临节星期一'],
    ['a national day named with its country', { key: 'national_day', name: 'Independence Day', country: 'US', date: '2026-07-04' }, '美国独立日'],
    ['a day in lieu', { key: 'national_day', name: 'Independence Day (substitute day)', country: 'US', date: '2026-07-03' }, '美国独立日（补假）'],
    ['a national day the table does not name', { key: 'national_day', name: 'Liberation Anniversary', country: 'IQ', date: '2026-10-03' }, '伊拉克国庆日'],
    ['a greeting holiday under another name', { key: 'hanukkah', name: 'Chanukah', country: 'IL', date: '2026-12-05' }, '光明节'],
    ['the library’s Chinese name where it has one', { key: 'worker_s_day', name: "Worker's Day", country: 'NG', date: '2026-05-01' }, '劳动节'],
    ['the English name where nobody has a Chinese one', { key: 'coming_of_age_day', name: 'Coming of Age Day', country: 'JP', date: '2026-01-12' }, 'Coming of Age Day'],
    ['a customer’s own day as it was written', { key: 'custom_summer_shutdown', name: 'Summer shutdown', country: 'IT', date: '2026-08-10' }, 'Summer shutdown'],
  ])('names %s', (_, holiday, zh) => {
    expect(holidayName('zh', holiday)).toBe(zh);
    expect(holidayName('en', holiday)).toBe(holiday.name);
  });

  it('has a Chinese name for every holiday a customer is greeted for, and every day off shared by several countries', () => {
    const shared = new Map<string, Set<string>>();
    for (const country of countriesWithGreetings()) {
      for (const year of [2026, 2027]) {
        for (const h of chosenHolidays(country, year)) expect(holidayName('zh', h), `${country} ${h.name}`).toMatch(/\p{Script=Han}/u);
        for (const h of publicHolidays(country, year)) shared.set(h.name, (shared.get(h.name) ?? new Set()).add(country));
      }
    }
    const english = [...shared].filter(([name, countries]) => countries.size > 1 && !/\p{Script=Han}/u.test(holidayName('zh', { name, country: [...countries][0]!, date: '2026-01-01' })));
    expect(english.map(([name]) => name)).toEqual([]);
  });
});
