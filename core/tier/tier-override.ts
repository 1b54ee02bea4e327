/**
 * A tier a person set by hand, with the note saying why.
 */
import type { Customer } from '../customer.ts';
import type { TierSummary } from '../customer-context.ts';

/**
 * The override as a tier summary with no computed figures, or null when none is set.
 * `assessTier` gives the same tier and note together with the computed score and reasons.
 */
export function overrideTierSummary(customer: Pick<Customer, 'tierOverride'>): TierSummary | null {
  const override = customer.tierOverride;
  if (!override) return null;
  return { tier: override.tier, source: 'override', score: null, reasons: [], drift: null, overrideNote: override.note };
}
