import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { dueLine, reminderLine, touchpointTitle } from './due-line.ts';

const en = translator('en');
const zh = translator('zh');

describe('dueLine', () => {
  it.each([
    ['2026-11-20', 'overdue', '已逾期'],
    ['2026-11-25', 'due today', '今天到期'],
  ])('%s', (due, english, chinese) => {
    expect(dueLine(en, due, '2026-11-25')).toBe(english);
    expect(dueLine(zh, due, '2026-11-25')).toBe(chinese);
  });

  it('names the date of something due later', () => {
    expect(dueLine(en, '2026-12-03', '2026-11-25')).toBe('due 3 Dec');
  });
});

describe('reminder and suggestion titles', () => {
  it('say the kind and when', () => {
    expect(reminderLine(en, { id: 'r', kind: 'call', dueOn: '2026-12-03', status: 'snoozed', note: null }, '2026-11-25')).toBe('call · due 3 Dec · snoozed');
    expect(touchpointTitle(en, { kind: 'reorder', due: '2026-11-25' }, '2026-11-25')).toBe('Reorder expected · due today');
  });
});
