/**
 * Weighted robust statistics for the reorder rhythm: median, trimmed mean and median absolute
 * deviation with a weight per value, which recent gaps and same-season gaps need
 * (simple-statistics has only the unweighted ones).
 */

/**
 * The weighted median: the value at which the weights below and above are equal, halfway
 * between two values when the halves meet exactly. Undefined for no values or zero weight.
 */
export function weightedMedian(values: readonly number[], weights: readonly number[]): number | undefined {
  const pairs = values.map((v, i) => [v, weights[i] ?? 0] as const).filter(([, w]) => w > 0).sort((a, b) => a[0] - b[0]);
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  if (pairs.length === 0 || total <= 0) return undefined;
  let below = 0;
  for (let i = 0; i < pairs.length; i++) {
    const [value, weight] = pairs[i]!;
    below += weight;
    if (Math.abs(below - total / 2) < 1e-12 * total) return (value + pairs[i + 1]![0]) / 2;
    if (below > total / 2) return value;
  }
  return pairs[pairs.length - 1]![0];
}

/** Weighted median of the absolute deviations from `centre`. */
export function weightedMad(values: readonly number[], weights: readonly number[], centre: number): number | undefined {
  return weightedMedian(values.map((v) => Math.abs(v - centre)), weights);
}

/**
 * The weighted mean of the values left after cutting `trim` of the total weight from each end
 * (0.2: the lowest and highest fifth); values straddling a cut count in part. Undefined for
 * no values or zero weight.
 */
export function weightedTrimmedMean(values: readonly number[], weights: readonly number[], trim: number): number | undefined {
  const pairs = values.map((v, i) => [v, weights[i] ?? 0] as const).filter(([, w]) => w > 0).sort((a, b) => a[0] - b[0]);
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  const cut = trim * total;
  let before = 0;
  let sum = 0;
  let kept = 0;
  for (const [value, weight] of pairs) {
    // The part of this value's weight that lies inside [cut, total − cut].
    const part = Math.min(before + weight, total - cut) - Math.max(before, cut);
    if (part > 0) {
      sum += value * part;
      kept += part;
    }
    before += weight;
  }
  return kept > 0 ? sum / kept : weightedMedian(values, weights);
}
