import { describe, expect, it } from 'vitest';
import type { Tier } from '../customer.ts';
import { predictTier } from './predicted-tier.ts';

const votes = (...pairs: [Tier | null, number][]) => pairs.map(([tier, similarity]) => ({ tier, similarity }));

describe('predictTier', () => {
  it.each([
    ['one of each, equally alike', votes(['A', 1], ['B', 1], ['C', 1], ['D', 1]), { likely: 'B', high: 'A', low: 'D', spread: 1.12 }],
    ['all alike', votes(['B', 0.9], ['B', 0.4]), { likely: 'B', high: 'B', low: 'B', spread: 0 }],
    ['a close A outweighing a distant D', votes(['D', 0.1], ['A', 0.9]), { likely: 'A', high: 'A', low: 'A', spread: 0.9 }],
    ['mostly C with a B and a D', votes(['C', 0.8], ['C', 0.8], ['B', 0.3], ['D', 0.3], ['C', 0.8]), { likely: 'C', high: 'C', low: 'C', spread: 0.45 }], // √0.2
    ['untiered neighbours left out', votes([null, 1], ['C', 0.5]), { likely: 'C', high: 'C', low: 'C', spread: 0 }],
  ] as const)('reads %s', (_, input, expected) => {
    expect(predictTier(input)).toEqual(expected);
  });

  it.each([
    ['no neighbours', votes()],
    ['no tiers', votes([null, 1], [null, 0.5])],
    ['no similarity', votes(['A', 0])],
  ])('predicts nothing from %s', (_, input) => {
    expect(predictTier(input)).toBeNull();
  });
});
