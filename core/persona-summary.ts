/**
 * The persona block as recorded on the customer: the dimensions a rep sets by hand.
 */
import type { Customer } from './customer.ts';
import type { PersonaSummary } from './customer-context.ts';

export function recordedPersona(customer: Customer): PersonaSummary {
  const traits: Record<string, string> = {};
  if (customer.staff != null) traits.staff = String(customer.staff);
  if (customer.turnoverBand) traits.turnover = `${customer.turnoverBand} USD`;
  if (customer.founded) traits.founded = String(customer.founded);
  if (customer.credit !== 'unknown') traits.credit = customer.credit;
  if (customer.languages.length) traits.languages = customer.languages.join(', ');
  return {
    buyerType: customer.buyerType ?? null,
    brandRelation: customer.brandRelation ?? null,
    valuedFactors: customer.valuedFactors,
    newProductResponsiveness: customer.newProductResponsiveness ?? null,
    deliverySensitivity: customer.deliverySensitivity ?? null,
    traits,
  };
}
