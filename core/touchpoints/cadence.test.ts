import { describe, expect, it } from 'vitest';
import type { Tier } from '../customer.ts';
import type { Interaction } from '../interaction.ts';
import { cadenceTouchpoint } from './cadence.ts';
import { customer, interaction, record, testConfig, worded } from './test-records.ts';

const today = '2026-11-25';

function plan(tier: Tier | null, interactions: Interaction[]) {
  return worded(cadenceTouchpoint({ record: record({ customer: customer({ createdAt: '2026-10-01T02:00:00.000Z' }), interactions }), tier, config: testConfig(), today, until: '2026-12-09' }), today);
}

describe('cadenceTouchpoint', () => {
  it.each<[Tier | null, string]>([
    ['A', '2026-11-24'],
    ['B', '2026-12-10'],
    ['C', '2027-02-08'],
    [null, '2027-05-09'],
  ])('keeps a %s customer to its cadence: due %s after a touch on 10 November', (tier, due) => {
    expect(plan(tier, [interaction('2026-11-10', 'sent', 'message')])).toMatchObject({ kind: 'cadence', due, action: 'log' });
  });

  it('counts what we sent and calls or visits either way, not mail we received', () => {
    const received = interaction('2026-11-20', 'received', 'message');
    const call = interaction('2026-11-15', 'received', 'message', { channel: 'call' });
    expect(plan('A', [interaction('2026-11-01', 'sent', 'message'), received]).detail.lastContactOn).toBe('2026-11-01');
    expect(plan('A', [interaction('2026-11-01', 'sent', 'message'), received, call]).detail.lastContactOn).toBe('2026-11-15');
  });

  it('counts from the customer’s creation when nothing was logged', () => {
    expect(plan('A', [])).toMatchObject({ due: '2026-10-15', reason: 'Tier A: in touch every 14 days; no contact logged yet' });
  });

  it('ranks a long-missed cadence higher, up to ten points', () => {
    const onTime = plan('C', [interaction('2026-08-27', 'sent', 'message')]);
    const late = plan('C', [interaction('2026-05-01', 'sent', 'message')]);
    const ancient = plan('C', [interaction('2024-01-01', 'sent', 'message')]);
    expect(late.priority).toBeGreaterThan(onTime.priority);
    expect(ancient.priority - onTime.priority).toBe(10);
  });
});
