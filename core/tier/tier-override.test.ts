import { describe, expect, it } from 'vitest';
import { overrideTierSummary } from './tier-override.ts';

describe('overrideTierSummary', () => {
  it('shows a manual tier with its note and no computed figures', () => {
    const tierOverride = { tier: 'C' as const, note: 'moving production to Vietnam', setBy: 'manager-1', setAt: '2026-11-01T00:00:00.000Z' };
    expect(overrideTierSummary({ tierOverride })).toEqual({
      tier: 'C',
      source: 'override',
      score: null,
      reasons: [],
      drift: null,
      overrideNote: 'moving production to Vietnam',
    });
  });

  it.each([null, undefined])('gives nothing when the override is %s', (tierOverride) => {
    expect(overrideTierSummary({ tierOverride })).toBeNull();
  });
});
