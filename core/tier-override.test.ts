import { describe, expect, it } from 'vitest';
import { overrideTierSummary, rankBookTouchpoints } from './index.ts';

describe('overrideTierSummary', () => {
  it('shows a manual tier with its note, and nothing when none is set', () => {
    expect(overrideTierSummary({ tierOverride: { tier: 'A', note: 'strategic for 2027', setBy: 'u1', setAt: '2026-11-01T00:00:00.000Z' } })).toEqual({
      tier: 'A',
      source: 'override',
      score: null,
      reasons: [],
      drift: null,
      overrideNote: 'strategic for 2027',
    });
    expect(overrideTierSummary({ tierOverride: null })).toBeNull();
  });
});

describe('rankBookTouchpoints', () => {
  const item = (code: string, priority: number, due: string) => ({
    customer: { id: code, code, name: code },
    touchpoint: { kind: 'reminder' as const, due, priority, reason: '', action: 'open_reminder' as const, detail: {} },
  });
  it('orders by priority, then due date, then customer code', () => {
    const ranked = rankBookTouchpoints([item('B', 50, '2026-11-25'), item('A', 50, '2026-11-25'), item('C', 60, '2026-11-30'), item('D', 50, '2026-11-20')]);
    expect(ranked.map((i) => i.customer.code)).toEqual(['C', 'D', 'A', 'B']);
  });
});
