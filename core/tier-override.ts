/**
 * The tier summary of a customer whose tier a person set by hand.
 */
import type { Customer } from './customer.ts';
import type { TierSummary } from './customer-context.ts';

/** The override as a tier summary, or null when none is set. */
export function overrideTierSummary(customer: Pick<Customer, 'tierOverride'>): TierSummary | null {
  const override = customer.tierOverride;
  if (!override) return null;
  return { tier: override.tier, source: 'override', score: null, reasons: [], drift: null, overrideNote: override.note };
}
