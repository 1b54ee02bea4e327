import { describe, expect, it } from 'vitest';
import type { Interaction } from '../interaction.ts';
import type { Order } from '../order.ts';
import { followUpTouchpoints } from './follow-ups.ts';
import { interaction, order, record, testConfig, worded } from './test-records.ts';

const today = '2026-11-25';

function plan(interactions: Interaction[], orders: Order[] = []) {
  return worded(followUpTouchpoints({ record: record({ interactions, orders }), tier: 'B', config: testConfig(), today, until: '2026-12-09' }), today);
}

const quote = (day: string, more: Partial<Interaction> = {}) =>
  interaction(day, 'sent', 'quote', { conversationId: 'QT-1', contactId: 'anna', subject: 'Quotation QT-1', outcome: 'open', ...more });

describe('followUpTouchpoints', () => {
  it('follows up a quote five days after it was sent', () => {
    const [t, ...rest] = plan([quote('2026-11-18')]);
    expect(rest).toEqual([]);
    expect(t).toMatchObject({
      kind: 'follow_up_quote',
      due: '2026-11-23',
      action: 'draft_follow_up',
      reason: 'Quote "Quotation QT-1" sent on 18 Nov, no answer yet: ask whether it works for them',
      detail: { template: 'follow_up_quote', sentOn: '2026-11-18', followUps: 0, conversationId: 'QT-1', contactId: 'anna' },
    });
  });

  it('moves the next follow-up after the last nudge', () => {
    const [t] = plan([quote('2026-11-02'), interaction('2026-11-09', 'sent', 'message', { conversationId: 'QT-1' })]);
    expect(t).toMatchObject({ due: '2026-11-14', detail: { followUps: 1 } });
    expect(t!.reason).toContain('after 1 follow-up');
  });

  it('leaves a quote whose follow-up is days away to the horizon, due after the nudge', () => {
    const [t] = plan([quote('2026-11-02'), interaction('2026-11-24', 'sent', 'message', { conversationId: 'QT-1' })]);
    expect(t!.due).toBe('2026-11-29');
  });

  it.each<[string, Interaction[], Order[]]>([
    ['the customer answered in the thread', [interaction('2026-11-20', 'received', 'message', { conversationId: 'QT-1' })], []],
    ['the quote was won', [], []],
    ['they ordered since', [], [order('2026-11-21')]],
  ])('does not follow up when %s', (name, later, orders) => {
    const q = name === 'the quote was won' ? quote('2026-11-18', { outcome: 'won' }) : quote('2026-11-18');
    expect(plan([q, ...later], orders)).toEqual([]);
  });

  it('lets a quote go after sixty days', () => {
    expect(plan([quote('2026-09-20')])).toEqual([]);
    expect(plan([quote('2026-09-30')])).toHaveLength(1);
  });

  it('asks how a sample tested two weeks after it was sent, unless the person wrote back', () => {
    const sample = interaction('2026-11-01', 'sent', 'sample', { contactId: 'anna', subject: 'Samples EK-1701' });
    const [t] = plan([sample]);
    expect(t).toMatchObject({ kind: 'follow_up_sample', due: '2026-11-15', detail: { template: 'follow_up_sample' } });
    expect(t!.reason).toContain('ask how it tested');
    expect(plan([sample, interaction('2026-11-12', 'received', 'message', { contactId: 'anna' })])).toEqual([]);
    // Someone else writing is not her feedback.
    expect(plan([sample, interaction('2026-11-12', 'received', 'message', { contactId: 'ben' })])).toHaveLength(1);
  });
});
