import { describe, expect, it } from 'vitest';
import type { Tier } from '../customer.ts';
import { DIMENSION_KEYS } from './dimensions.ts';
import { buildPersonaIndex } from './persona-index.ts';
import { matchPersona } from './persona-match.ts';
import { qualifyingQuestions, separation } from './qualifying-questions.ts';
import { entry, profile, testConfig } from './test-fixtures.ts';

describe('separation', () => {
  it.each([
    ['groups that split the tiers cleanly', [0, 0, 0, 3, 3, 3], [0, 0, 0, 1, 1, 1], 2.25],
    ['groups with the same tiers inside', [0, 3, 0, 3], [0, 0, 1, 1], 0],
    ['one group', [0, 1, 2, 3], [0, 0, 0, 0], 0],
    ['every neighbour its own group', [0, 1, 2, 3], [0, 1, 2, 3], 0],
    ['unknown values and tiers left out', [0, 0, 3, 3, 1, -1], [0, 0, 1, 1, -1, 0], 2.25],
  ])('scores %s', (_, ranks, groups, expected) => {
    expect(separation(ranks, groups)).toBeCloseTo(expected, 6);
  });

  it('discounts a split into many small groups against a split into two', () => {
    const ranks = [0, 0, 1, 1, 2, 2, 3, 3];
    expect(separation(ranks, [0, 0, 0, 0, 1, 1, 1, 1])).toBeGreaterThan(separation(ranks, [0, 1, 2, 3, 4, 5, 6, 7]));
  });
});

describe('qualifyingQuestions', () => {
  const tiers: Tier[] = ['A', 'A', 'A', 'D', 'D', 'D'];
  // Among customers alike on region: distributors are A, retailers D; turnover bands run across both.
  const book = tiers.map((tier, i) =>
    entry(i, { region: 'Europe', buyerType: tier === 'A' ? 'distributor' : 'retailer', turnoverBand: i % 2 ? '1-10M' : '10-50M', loyalty: i % 2 ? 'high' : 'low' }, tier),
  );
  const config = testConfig({ weights: { ...Object.fromEntries(DIMENSION_KEYS.map((k) => [k, 1])), turnoverBand: 5 } });
  const index = buildPersonaIndex(book, config);

  it('asks first about what tells the neighbours’ tiers apart, then by weight', () => {
    const match = matchPersona(index, profile({ region: 'Europe' }), { maxQuestions: 3 });
    expect(match.questions).toEqual([
      { dimension: 'buyerType', question: 'Are you a distributor, a retailer or an end user?' },
      { dimension: 'turnoverBand', question: "What is your company's yearly turnover?" },
      { dimension: 'categories', question: 'Which products are you interested in?' },
    ]);
  });

  it('does not ask what the inquiry already says, nor what only history tells', () => {
    const questions = matchPersona(index, profile({ region: 'Europe', buyerType: 'importer' }), { maxQuestions: 20 }).questions.map((q) => q.dimension);
    expect(questions).not.toContain('buyerType');
    expect(questions).not.toContain('loyalty');
    expect(questions).not.toContain('paymentTimeliness');
    expect(questions).not.toContain('region');
    expect(questions[0]).toBe('turnoverBand');
  });

  it('asks nothing about a dimension the config weighs 0', () => {
    const silent = buildPersonaIndex(book, testConfig({ weights: { ...Object.fromEntries(DIMENSION_KEYS.map((k) => [k, 1])), buyerType: 0 } }));
    expect(qualifyingQuestions(silent, new Set(['region']), [0, 1, 2, 3, 4, 5], 20)).not.toContain('buyerType');
  });

  it('returns no more than asked for', () => {
    expect(qualifyingQuestions(index, new Set(), [0, 1, 2], 2)).toHaveLength(2);
  });
});
