import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../customer-context.ts';
import { touchpointButton } from './touchpoint-button.ts';

const tp = (extra: Partial<Touchpoint>): Touchpoint => ({ kind: 'cadence', due: '2026-11-30', priority: 20, reason: 'r', action: 'log', detail: {}, ...extra });

describe('touchpointButton', () => {
  it('drafts a greeting from the touchpoint, with its detail for the template', () => {
    expect(touchpointButton(tp({ kind: 'holiday_greeting', action: 'draft_greeting', detail: { holiday: 'christmas' } }), { mailOpen: true })).toEqual({
      kind: 'draft',
      template: 'greeting',
      touchpoint: { kind: 'holiday_greeting', detail: { holiday: 'christmas' } },
      label: 'touchpoint_action.draft_greeting',
    });
  });

  it('drafts a follow-up for a quote, a reorder or a late payment', () => {
    for (const kind of ['follow_up_quote', 'reorder', 'payment_overdue'] as const) {
      expect(touchpointButton(tp({ kind, action: 'draft_follow_up' }), { mailOpen: false })).toMatchObject({ kind: 'draft', template: 'follow_up' });
    }
  });

  it('sets a reminder of the matching kind on the due date', () => {
    expect(touchpointButton(tp({ kind: 'churn_risk', action: 'remind', due: '2026-12-01' }), { mailOpen: true })).toEqual({
      kind: 'remind',
      reminder: { kind: 'call', due: '2026-12-01' },
      label: 'touchpoint_action.remind',
    });
  });

  it('logs or replies to the open mail, and reminds instead when none is open', () => {
    expect(touchpointButton(tp({ action: 'log' }), { mailOpen: true }).kind).toBe('log');
    expect(touchpointButton(tp({ kind: 'reply', action: 'reply' }), { mailOpen: true }).kind).toBe('reply');
    expect(touchpointButton(tp({ action: 'log' }), { mailOpen: false })).toMatchObject({ kind: 'remind', reminder: { kind: 'call' } });
    expect(touchpointButton(tp({ kind: 'reply', action: 'reply' }), { mailOpen: false })).toMatchObject({ kind: 'remind', reminder: { kind: 'follow_up' } });
  });

  it('opens the rep’s own reminder', () => {
    expect(touchpointButton(tp({ kind: 'reminder', action: 'open_reminder', reminderId: 'r1' }), { mailOpen: true })).toEqual({
      kind: 'open_reminder',
      reminderId: 'r1',
      label: 'touchpoint_action.open_reminder',
    });
  });
});
