import { describe, expect, it } from 'vitest';
import { TopK } from './top-k.ts';

function keep(capacity: number, offers: [index: number, score: number, evidence: number][]): number[] {
  const top = new TopK(capacity);
  for (const [i, s, e] of offers) top.offer(i, s, e);
  return top.sorted().map((c) => c.index);
}

describe('TopK', () => {
  it.each([
    ['keeps the best, best first', 3, [[0, 0.5, 1], [1, 0.9, 1], [2, 0.1, 1], [3, 0.7, 1], [4, 0.6, 1]], [1, 3, 4]],
    ['breaks a score tie by more evidence', 2, [[0, 0.8, 1], [1, 0.8, 3], [2, 0.8, 2]], [1, 2]],
    ['breaks a full tie by the earlier position', 2, [[5, 0.8, 1], [2, 0.8, 1], [9, 0.8, 1]], [2, 5]],
    ['keeps fewer when fewer are offered', 5, [[0, 0.2, 1], [1, 0.3, 1]], [1, 0]],
    ['keeps nothing with no room', 0, [[0, 1, 1]], []],
  ] as const)('%s', (_, capacity, offers, expected) => {
    expect(keep(capacity, offers.map((o) => [...o]))).toEqual(expected);
  });

  it('reports the lowest score that may still get in', () => {
    const top = new TopK(2);
    expect(top.floor).toBe(-Infinity);
    top.offer(0, 0.4, 1);
    top.offer(1, 0.6, 1);
    expect(top.floor).toBe(0.4);
    top.offer(2, 0.9, 1);
    expect(top.floor).toBe(0.6);
  });
});
