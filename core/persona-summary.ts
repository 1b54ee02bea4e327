/**
 * The persona block as recorded on the customer: the dimensions a rep sets by hand.
 */
import type { Customer } from './customer.ts';
import type { PersonaSummary } from './customer-context.ts';
import type { UiLocale } from './i18n/messages.ts';
import { translator } from './i18n/messages.ts';
import { traitValues } from './persona/persona-labels.ts';

/** The recorded persona, its traits worded in `locale` (English by default). */
export function recordedPersona(customer: Customer, locale: UiLocale = 'en'): PersonaSummary {
  const traits = traitValues(
    { staff: customer.staff, turnover: customer.turnoverBand, founded: customer.founded, credit: customer.credit, languages: customer.languages },
    // Recorded traits name no product and no amount: the catalogue and currency are not read.
    { tr: translator(locale), catalogue: [], currency: 'USD' },
  );
  return {
    buyerType: customer.buyerType ?? null,
    brandRelation: customer.brandRelation ?? null,
    valuedFactors: customer.valuedFactors,
    newProductResponsiveness: customer.newProductResponsiveness ?? null,
    deliverySensitivity: customer.deliverySensitivity ?? null,
    traits,
  };
}
