import { describe, expect, it } from 'vitest';
import { rankBookTouchpoints } from './index.ts';

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
