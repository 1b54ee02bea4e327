/**
 * What a new buyer may be worth, read from the tiers of the customers most like it: the
 * similarity-weighted median tier, a range covering the middle 60 % of the weight, and the spread.
 */
import type { Tier } from '../customer.ts';
import type { InquiryContext } from '../inquiry-context.ts';
import { TIER_RANKS } from './persona-index.ts';

export type PredictedTier = NonNullable<InquiryContext['predictedTier']>;

/** One neighbour's vote: its tier and how alike it is (0–1). */
export interface TierVote {
  tier: Tier | null;
  similarity: number;
}

function quantile(ranks: number[], weights: number[], total: number, q: number): number {
  let cumulative = 0;
  for (let i = 0; i < ranks.length; i++) {
    cumulative += weights[i]!;
    if (cumulative >= q * total - 1e-9) return ranks[i]!;
  }
  return ranks.at(-1)!;
}

/**
 * Tier range from neighbours' tiers, each weighted by its similarity. `likely` is the weighted
 * median; `high` (the better end) and `low` (the worse end) are the 20th and 80th weighted
 * percentiles on the A–D scale; `spread` is the weighted standard deviation in tier steps.
 * @returns null when no neighbour has a tier or every similarity is 0.
 */
export function predictTier(votes: readonly TierVote[]): PredictedTier | null {
  const known = votes
    .filter((v): v is { tier: Tier; similarity: number } => v.tier !== null && v.similarity > 0)
    .map((v) => ({ rank: TIER_RANKS.indexOf(v.tier), weight: v.similarity }))
    .sort((a, b) => a.rank - b.rank);
  const total = known.reduce((sum, v) => sum + v.weight, 0);
  if (known.length === 0 || total <= 0) return null;
  const ranks = known.map((v) => v.rank);
  const weights = known.map((v) => v.weight);
  const mean = known.reduce((sum, v) => sum + v.weight * v.rank, 0) / total;
  const variance = known.reduce((sum, v) => sum + v.weight * (v.rank - mean) ** 2, 0) / total;
  return {
    likely: TIER_RANKS[quantile(ranks, weights, total, 0.5)]!,
    high: TIER_RANKS[quantile(ranks, weights, total, 0.2)]!,
    low: TIER_RANKS[quantile(ranks, weights, total, 0.8)]!,
    spread: Math.round(Math.sqrt(variance) * 100) / 100,
  };
}
