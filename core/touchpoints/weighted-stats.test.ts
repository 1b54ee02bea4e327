import { describe, expect, it } from 'vitest';
import { weightedMad, weightedMedian, weightedTrimmedMean } from './weighted-stats.ts';

describe('weightedMedian', () => {
  it.each([
    // values, weights, median
    [[3, 1, 2], [1, 1, 1], 2],
    [[1, 2, 3, 4], [1, 1, 1, 1], 2.5],
    [[1, 2, 3], [1, 1, 5], 3],
    [[10, 20], [0, 1], 20],
    [[5], [2], 5],
  ])('%j weighted %j is %d', (values, weights, median) => expect(weightedMedian(values, weights)).toBe(median));

  it('is undefined with nothing to weigh', () => {
    expect(weightedMedian([], [])).toBeUndefined();
    expect(weightedMedian([1, 2], [0, 0])).toBeUndefined();
  });
});

describe('weightedTrimmedMean', () => {
  it('cuts the extremes before averaging', () => {
    // 20 % of 5 equal weights is one value from each end: the mean of 2, 3, 4.
    expect(weightedTrimmedMean([1, 2, 3, 4, 100], [1, 1, 1, 1, 1], 0.2)).toBeCloseTo(3);
  });
  it('counts a value straddling the cut in part', () => {
    // 10 % of 5 is half a value from each end: (0.5·1 + 2 + 3 + 4 + 0.5·100) / 4.
    expect(weightedTrimmedMean([1, 2, 3, 4, 100], [1, 1, 1, 1, 1], 0.1)).toBeCloseTo((0.5 + 2 + 3 + 4 + 50) / 4);
  });
  it('is the weighted mean with no trim', () => {
    expect(weightedTrimmedMean([1, 3], [3, 1], 0)).toBeCloseTo(1.5);
  });
});

describe('weightedMad', () => {
  it('is the median distance from the centre', () => {
    expect(weightedMad([1, 2, 3, 4, 100], [1, 1, 1, 1, 1], 3)).toBe(1);
  });
});
