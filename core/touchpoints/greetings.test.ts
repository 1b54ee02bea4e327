import { describe, expect, it } from 'vitest';
import type { Tier } from '../customer.ts';
import type { Interaction } from '../interaction.ts';
import { holidayTouchpoints } from './greetings.ts';
import { contact, holiday, interaction, record, testConfig, worded } from './test-records.ts';

const christmas = holiday('christmas', 'Christmas', '2026-12-25');

function plan(today: string, tier: Tier | null, interactions: Interaction[] = [], holidays = [christmas]) {
  const ctx = { record: record({ contacts: [contact({ id: 'anna' })], interactions }), tier, config: testConfig(), today, until: '2026-12-31' };
  return worded(holidayTouchpoints(ctx, holidays), today);
}

describe('holidayTouchpoints', () => {
  it('suggests an e-mail greeting from its first day, keyed by the holiday for the template', () => {
    const [t, ...rest] = plan('2026-12-20', 'C');
    expect(rest).toEqual([]);
    expect(t).toMatchObject({
      kind: 'holiday_greeting',
      due: '2026-12-22',
      action: 'draft_greeting',
      reason: 'Christmas on 25 Dec: send a greeting',
      detail: { occasion: 'christmas', template: 'christmas', holidayDate: '2026-12-25', channel: 'email', contactId: 'anna' },
    });
  });

  it.each<[Tier | null, boolean]>([
    ['A', true],
    ['B', true],
    ['C', false],
    [null, false],
  ])('suggests a gift weeks ahead for a %s customer: %s', (tier, gift) => {
    const tps = plan('2026-11-30', tier);
    const g = tps.find((t) => t.detail.channel === 'gift');
    expect(Boolean(g)).toBe(gift);
    if (g) expect(g).toMatchObject({ due: '2026-12-04', action: 'remind', reason: 'Christmas on 25 Dec: send a card or gift by 4 Dec so it arrives in time' });
  });

  it('drops the gift once it is time for the e-mail', () => {
    expect(plan('2026-12-22', 'A').map((t) => t.detail.channel)).toEqual(['email']);
  });

  it.each<[string, Interaction, number]>([
    ['a greeting sent ten days before', interaction('2026-12-15', 'sent', 'greeting'), 0],
    ['a greeting sent on the day', interaction('2026-12-25', 'sent', 'greeting'), 0],
    ['a greeting sent 40 days before (another holiday)', interaction('2026-11-15', 'sent', 'greeting'), 1],
    ['a greeting received from them', interaction('2026-12-20', 'received', 'greeting'), 1],
  ])('after %s suggests %i greetings', (_, logged, count) => {
    expect(plan('2026-12-21', 'C', [logged])).toHaveLength(count);
  });

  it('skips holidays not worth a greeting and holidays already past', () => {
    expect(plan('2026-12-20', 'C', [], [holiday('boxing_day', 'Boxing Day', '2026-12-26', { greet: false })])).toEqual([]);
    expect(plan('2026-12-26', 'C')).toEqual([]);
  });
});
