/**
 * A customer's tier as a sidebar shows it: the badge, its meaning, the score, the reasons
 * (the numbers behind the letter, already worded by the server), a drop warning and a manual
 * override's note.
 */
import type { TierSummary } from '../customer-context.ts';
import type { Translator } from '../i18n/translator.ts';

export interface TierLine {
  tier: TierSummary['tier'];
  /** "Tier A". */
  badge: string;
  /** "A · key account". */
  meaning: string;
  /** "score 91", or null for an override without a score. */
  score: string | null;
  reasons: string[];
  /** "Fell from A to B", when the tier dropped. */
  drift: string | null;
  /** "set by hand: …", when a manager overrode the computed tier. */
  override: string | null;
}

/** Null when the customer has no tier yet (say `tier.none`). */
export function tierLine(tier: TierSummary | null, tr: Translator): TierLine | null {
  if (!tier) return null;
  return {
    tier: tier.tier,
    badge: tr.t('tier.badge', { tier: tier.tier }),
    meaning: tr.label('tier_value', tier.tier),
    score: tier.score === null ? null : tr.t('tier.score', { score: Math.round(tier.score) }),
    reasons: tier.reasons,
    drift: tier.drift ? tr.t('tier.drift', { from: tier.drift.from, to: tier.drift.to }) : null,
    override: tier.source === 'override' ? tr.t('tier.override', { note: tier.overrideNote ?? '' }) : null,
  };
}
