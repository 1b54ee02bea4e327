/**
 * How close a persona is to the one the company wants more of (`judgement.targetPersona`).
 * Every targeted dimension counts by its persona weight, so size is one voice among several:
 * a big buyer of the wrong kind in the wrong market fits worse than a small one that is right.
 */
import type { TouchpointConfig } from '../config.ts';
import { DIMENSIONS, dimensionWeight, type Dimension } from './dimensions.ts';
import type { PersonaProfile } from './persona-profile.ts';

type Target = string | number | string[];

/** What an unknown dimension scores: as likely to fit as not. */
const UNKNOWN = 0.5;
/** Decades away from a numeric target at which its score reaches 0. */
const NUMERIC_SPAN = 2;

function asList(target: Target): string[] {
  return Array.isArray(target) ? target : [String(target)];
}

/** 0–1 for one dimension; null when the profile does not know it, undefined when the target is unusable. */
function dimensionFit(dimension: Dimension, profile: PersonaProfile, target: Target): number | null | undefined {
  switch (dimension.kind) {
    case 'categorical': {
      const value = dimension.read(profile);
      return value === null ? null : asList(target).includes(value) ? 1 : 0;
    }
    case 'ordinal': {
      const ranks = asList(target).map((t) => dimension.values.indexOf(t)).filter((r) => r >= 0);
      if (ranks.length === 0) return undefined;
      const value = dimension.read(profile);
      const rank = value === null ? -1 : dimension.values.indexOf(value);
      if (rank < 0) return null;
      const nearest = Math.min(...ranks.map((r) => Math.abs(r - rank)));
      return 1 - nearest / (dimension.values.length - 1);
    }
    case 'numeric': {
      if (typeof target !== 'number' || target <= 0) return undefined;
      const value = dimension.read(profile);
      if (value === null) return null;
      const decades = Math.abs(Math.log10(Math.max(value, 1)) - Math.log10(target));
      return Math.max(0, 1 - decades / NUMERIC_SPAN);
    }
    case 'set': {
      const wanted = asList(target);
      if (wanted.length === 0) return undefined;
      const values = dimension.read(profile);
      if (values.length === 0) return null;
      return wanted.filter((t) => values.includes(t)).length / wanted.length;
    }
  }
}

/**
 * Fit 0–1 of a persona to `judgement.targetPersona`, weighted by `judgement.personaWeights`.
 * A target value is one accepted value or a list of them; ordinal dimensions earn partial credit
 * by rank distance to the nearest accepted value; numeric ones take a number to aim at (each
 * decade away costs half); sets score the share of the targeted members present; `buyerClass`
 * may be targeted too. A dimension the profile does not know scores 0.5; a key that names no
 * dimension, or a value the dimension cannot hold, is left out.
 * @returns null when the target names no dimension the profile knows (nothing to judge by).
 */
export function personaFit(profile: PersonaProfile, config: Pick<TouchpointConfig, 'judgement'>): number | null {
  let sum = 0;
  let weights = 0;
  let known = 0;
  for (const [key, target] of Object.entries(config.judgement.targetPersona)) {
    const weight = dimensionWeight(config, key);
    if (weight <= 0) continue;
    let score: number | null | undefined;
    if (key === 'buyerClass') score = profile.buyerClass === null ? null : asList(target).includes(profile.buyerClass) ? 1 : 0;
    else {
      const dimension = DIMENSIONS.find((d) => d.key === key);
      if (!dimension) continue;
      score = dimensionFit(dimension, profile, target);
    }
    if (score === undefined) continue;
    if (score !== null) known++;
    sum += weight * (score ?? UNKNOWN);
    weights += weight;
  }
  if (known === 0 || weights === 0) return null;
  return Math.round((sum / weights) * 1000) / 1000;
}
