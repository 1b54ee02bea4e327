import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { holidayLine } from './holiday-line.ts';

describe('holidayLine', () => {
  it('says when, and whether it is worth a greeting', () => {
    expect(holidayLine({ date: '2026-12-25', name: 'Christmas Day', country: 'DE', daysAway: 30, greet: true }, translator('en'), '2026-11-25')).toEqual({
      name: 'Christmas Day',
      date: '25 Dec',
      when: 'in 30 days',
      greet: 'worth a greeting',
    });
  });

  it('says today, and one day in the singular', () => {
    const en = translator('en');
    expect(holidayLine({ date: '2026-11-25', name: 'X', country: 'US', daysAway: 0, greet: false }, en, '2026-11-25')).toMatchObject({ when: 'today', greet: null });
    expect(holidayLine({ date: '2026-11-26', name: 'Thanksgiving', country: 'US', daysAway: 1, greet: true }, en, '2026-11-25').when).toBe('in 1 day');
  });
});
