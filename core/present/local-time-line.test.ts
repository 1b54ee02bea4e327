import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { localTimeLine } from './local-time-line.ts';

const en = translator('en');
const zh = translator('zh');

describe('localTimeLine', () => {
  it('says the time there and that it is business hours', () => {
    expect(localTimeLine({ timeZone: 'Europe/Berlin', local: '2026-11-24T14:05', utcOffset: '+01:00', businessHours: true, holidayToday: null }, en)).toEqual({
      text: 'Tue 14:05 there (UTC+01:00)',
      cue: 'open',
      cueText: 'business hours',
    });
  });

  it('says when it is outside business hours, in Chinese too', () => {
    const line = localTimeLine({ timeZone: 'America/Chicago', local: '2026-11-24T02:05', utcOffset: '-06:00', businessHours: false, holidayToday: null }, zh);
    expect(line).toEqual({ text: '当地时间 周二02:05（UTC-06:00）', cue: 'closed', cueText: '非工作时间' });
  });

  it('names a public holiday there before anything else', () => {
    const line = localTimeLine({ timeZone: 'Europe/Berlin', local: '2026-12-25T10:00', utcOffset: '+01:00', businessHours: false, holidayToday: 'Christmas Day' }, en);
    expect(line.cue).toBe('holiday');
    expect(line.cueText).toBe('public holiday today: Christmas Day');
  });
});
