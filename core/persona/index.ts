/**
 * @module
 * Customer personas (客户画像) and persona matching: derive a customer's persona from its
 * record, read the partial persona of an inquiry, and compare it with the book through a
 * columnar index — similar customers, a predicted tier range, fit to the target persona and
 * the questions still open, worded in the rep's language.
 */
export { BuyerClass, PaymentTimeliness, PersonaProfile, buyerClassOf, emptyPersona } from './persona-profile.ts';
export { WorldRegion, worldRegionOf } from './world-region.ts';
export { DIMENSION_KEYS, dimensionWeight, type DimensionKey } from './dimensions.ts';
export { catalogueKeysIn, categoriesOf } from './catalogue-match.ts';
export { derivePersona } from './derive-persona.ts';
export { inquiryPersona } from './inquiry-persona.ts';
export { UnitPriceCollector } from './unit-prices.ts';
export { personaSummary } from './persona-summary.ts';
export {
  alikeReasonText,
  personaWording,
  productName,
  questionText,
  TRAIT_KEYS,
  traitValues,
  type AlikeReason,
  type PersonaWording,
  type TraitFacts,
  type TraitKey,
} from './persona-labels.ts';
export { personaFit } from './persona-fit.ts';
export { buildPersonaIndex, type PersonaIndex, type PersonaIndexEntry } from './persona-index.ts';
export { matchPersona, type MatchOptions, type PersonaMatch } from './persona-match.ts';
export { predictTier, type PredictedTier, type TierVote } from './predicted-tier.ts';
