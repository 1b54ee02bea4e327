/**
 * The sidebar's persona block from a derived persona: the recorded dimensions as they are, the
 * rest as short readable traits ("≈ 42k USD", "FOB", "kettle, blender").
 */
import type { TouchpointConfig } from '../config.ts';
import type { Customer } from '../customer.ts';
import type { PersonaSummary } from '../customer-context.ts';
import { countryName } from '../primitives.ts';
import { approxMoney, readable } from './persona-labels.ts';
import type { PersonaProfile } from './persona-profile.ts';

const PAYMENT = { prompt: 'prompt', ok: 'on time', late: 'late', very_late: 'very late' } as const;

/**
 * Maps a persona to the sidebar's `PersonaSummary`. Traits are keyed for translation:
 * `buyerClass`, `staff`, `turnover`, `typicalOrder`, `incoterm`, `categories`, `payment`,
 * `loyalty`, `country`, `region`, and from the customer record (when given) `founded`, `credit`,
 * `languages`. Unknown traits are left out.
 * @example personaSummary(derivePersona(record, config, today), config, record.customer).traits.typicalOrder // '≈ 42k USD'
 */
export function personaSummary(profile: PersonaProfile, config: Pick<TouchpointConfig, 'company'>, customer?: Customer): PersonaSummary {
  const traits: Record<string, string> = {};
  if (profile.buyerClass) traits.buyerClass = readable(profile.buyerClass);
  if (profile.staff !== null) traits.staff = String(profile.staff);
  if (profile.turnoverBand) traits.turnover = `${profile.turnoverBand} USD`;
  if (profile.orderSize !== null) traits.typicalOrder = approxMoney(profile.orderSize, config.company.baseCurrency);
  if (profile.incoterm) traits.incoterm = profile.incoterm;
  if (profile.catalogueKeys.length) traits.categories = profile.catalogueKeys.map(readable).join(', ');
  if (profile.paymentTimeliness) traits.payment = PAYMENT[profile.paymentTimeliness];
  if (profile.loyalty) traits.loyalty = profile.loyalty;
  if (profile.country) traits.country = countryName(profile.country);
  if (profile.region) traits.region = profile.region;
  if (customer) {
    if (customer.founded) traits.founded = String(customer.founded);
    if (customer.credit !== 'unknown') traits.credit = customer.credit;
    if (customer.languages.length) traits.languages = customer.languages.join(', ');
  }
  return {
    buyerType: profile.buyerType,
    brandRelation: profile.brandRelation,
    valuedFactors: profile.valuedFactors,
    newProductResponsiveness: profile.newProductResponsiveness,
    deliverySensitivity: profile.deliverySensitivity,
    traits,
  };
}
