import { describe, expect, it } from 'vitest';
import type { Interaction } from '../interaction.ts';
import type { PlanContext } from './plan-context.ts';
import { replyTouchpoints } from './replies.ts';
import { contact, interaction, record, testConfig, worded } from './test-records.ts';

const today = '2026-11-25';
const anna = contact({ id: 'anna', name: 'Anna Becker' });
const ben = contact({ id: 'ben', name: 'Ben Vogel', isPrimary: false });

function plan(interactions: Interaction[], tier: PlanContext['tier'] = 'C') {
  return worded(replyTouchpoints({ record: record({ contacts: [anna, ben], interactions }), tier, config: testConfig(), today, until: '2026-12-09' }), today);
}

const inquiry = (at: string, more: Partial<Interaction> = {}) => interaction(at, 'received', 'inquiry', { contactId: 'anna', conversationId: 'T1', subject: 'Kettle prices', ...more });

describe('replyTouchpoints', () => {
  it('asks for a reply to an inquiry past the SLA, ranked as late', () => {
    const [t, ...rest] = plan([inquiry('2026-11-23T09:00:00Z')]);
    expect(rest).toEqual([]);
    expect(t).toMatchObject({
      kind: 'reply',
      // 24 h after 17:00 in Shanghai on the 23rd is the 24th there.
      due: '2026-11-24',
      action: 'reply',
      reason: 'Unanswered inquiry from Anna Becker since 23 Nov ("Kettle prices"): past the 24 h reply time',
      detail: { interactionKind: 'inquiry', conversationId: 'T1', contactId: 'anna', slaHours: 24 },
    });
  });

  it('ranks a message still within the SLA below a late one', () => {
    const [fresh] = plan([inquiry('2026-11-25T01:00:00Z')]);
    const [late] = plan([inquiry('2026-11-23T01:00:00Z')]);
    expect(fresh!.due).toBe('2026-11-26');
    expect(fresh!.reason).toContain('reply within 24 h');
    expect(late!.priority).toBeGreaterThan(fresh!.priority);
  });

  it.each<[string, Interaction[]]>([
    ['a reply in the thread', [interaction('2026-11-23T12:00:00Z', 'sent', 'quote', { conversationId: 'T1' })]],
    ['a call with the person', [interaction('2026-11-24T03:00:00Z', 'sent', 'message', { channel: 'call', contactId: 'anna' })]],
  ])('asks nothing once answered by %s', (_, answer) => {
    expect(plan([inquiry('2026-11-23T09:00:00Z'), ...answer])).toEqual([]);
  });

  it('does not take a mail in another thread as the answer', () => {
    expect(plan([inquiry('2026-11-23T09:00:00Z'), interaction('2026-11-24', 'sent', 'message', { conversationId: 'T2', contactId: 'anna' })])).toHaveLength(1);
  });

  it('takes a later mail to the same person as the answer to a message with no thread', () => {
    const note = interaction('2026-11-22', 'received', 'message', { contactId: 'ben' });
    expect(plan([note])).toHaveLength(1);
    expect(plan([note, interaction('2026-11-23', 'sent', 'message', { contactId: 'anna' })])).toHaveLength(1);
    expect(plan([note, interaction('2026-11-23', 'sent', 'message', { contactId: 'ben' })])).toEqual([]);
  });

  it('suggests one reply per thread, for its latest message', () => {
    const tps = plan([inquiry('2026-11-20'), inquiry('2026-11-22', { subject: 'Re: Kettle prices' })]);
    expect(tps).toHaveLength(1);
    expect(tps[0]!.detail.subject).toBe('Re: Kettle prices');
  });

  it.each<[string, Interaction]>([
    ['a greeting', interaction('2026-11-22', 'received', 'greeting')],
    ['a reply to a satisfaction check', interaction('2026-11-22', 'received', 'satisfaction_check')],
    ['a call', interaction('2026-11-22', 'received', 'message', { channel: 'call' })],
    ['our own mail', interaction('2026-11-22', 'sent', 'message')],
    ['a message from six weeks ago', interaction('2026-10-10', 'received', 'inquiry')],
  ])('asks no reply to %s', (_, i) => {
    expect(plan([i])).toEqual([]);
  });

  it('puts a complaint above a plain message', () => {
    const [complaint] = plan([interaction('2026-11-22', 'received', 'complaint', { conversationId: 'C' })]);
    const [message] = plan([interaction('2026-11-22', 'received', 'message', { conversationId: 'M' })]);
    expect(complaint!.priority).toBeGreaterThan(message!.priority);
    expect(message!.reason).toContain('from the customer');
  });
});
