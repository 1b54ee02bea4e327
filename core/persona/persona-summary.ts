/**
 * The sidebar's persona block from a derived persona: the recorded dimensions as they are, the
 * rest as short traits in the rep's language ("≈ USD 42k", "FOB", "kettle, blender" /
 * "约 USD 4.2万", "FOB", "电热水壶、搅拌机").
 */
import type { TouchpointConfig } from '../config.ts';
import type { Customer } from '../customer.ts';
import type { PersonaSummary } from '../customer-context.ts';
import type { UiLocale } from '../i18n/messages.ts';
import { personaWording, traitValues } from './persona-labels.ts';
import type { PersonaProfile } from './persona-profile.ts';

/**
 * Maps a persona to the sidebar's `PersonaSummary`. Traits are keyed by `TRAIT_KEYS` (their
 * labels are the catalogue's `trait.<key>`): `buyerClass`, `staff`, `turnover`, `typicalOrder`,
 * `incoterm`, `categories`, `payment`, `loyalty`, `country`, `region`, and from the customer
 * record (when given) `founded`, `credit`, `languages`. Unknown traits are left out. Values are
 * worded in `locale`, English by default.
 * @example personaSummary(derivePersona(record, config, today), config, record.customer).traits.typicalOrder // '≈ USD 42k'
 */
export function personaSummary(
  profile: PersonaProfile,
  config: Pick<TouchpointConfig, 'company' | 'catalogue'>,
  customer?: Customer,
  locale: UiLocale = 'en',
): PersonaSummary {
  const traits = traitValues(
    {
      buyerClass: profile.buyerClass,
      staff: profile.staff,
      turnover: profile.turnoverBand,
      typicalOrder: profile.orderSize,
      incoterm: profile.incoterm,
      categories: profile.catalogueKeys,
      payment: profile.paymentTimeliness,
      loyalty: profile.loyalty,
      country: profile.country,
      region: profile.region,
      ...(customer ? { founded: customer.founded, credit: customer.credit, languages: customer.languages } : {}),
    },
    personaWording(config, locale),
  );
  return {
    buyerType: profile.buyerType,
    brandRelation: profile.brandRelation,
    valuedFactors: profile.valuedFactors,
    newProductResponsiveness: profile.newProductResponsiveness,
    deliverySensitivity: profile.deliverySensitivity,
    traits,
  };
}
