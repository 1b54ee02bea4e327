import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { interactionLine } from './interaction-line.ts';

describe('interactionLine', () => {
  it('gives date, channel and direction in one line', () => {
    const line = interactionLine(
      { id: 'i1', occurredAt: '2026-11-24T09:30:00.000Z', channel: 'email', direction: 'received', kind: 'quote', subject: 'Re: PI', loggedBy: 'Lily Zhang' },
      translator('en'),
      '2026-11-25',
    );
    expect(line).toEqual({ meta: '24 Nov · e-mail · received', subject: 'Re: PI', kind: 'quote', loggedBy: 'Lily Zhang' });
  });
});
