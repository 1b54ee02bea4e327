/**
 * The persona dimensions that matching, fit and qualifying questions share: how each is read
 * from a profile, what kind of value it holds (which decides how two values are compared), and
 * the plain question that fills it in when an inquiry leaves it open.
 */
import type { TouchpointConfig } from '../config.ts';
import { BrandRelation, BuyerType, Level, TurnoverBand, ValuedFactor } from '../customer.ts';
import { Incoterm } from '../order.ts';
import { buyerClassOf, PaymentTimeliness, type PersonaProfile } from './persona-profile.ts';
import { WorldRegion } from './world-region.ts';

interface DimensionBase<K extends string> {
  key: K;
  /** The question that fills this dimension in; absent when only history can tell (payment, loyalty). */
  question?: string;
}

/** Equal or not (with optional partial credit); `values` null = the book's own dictionary (countries). */
export interface CategoricalDimension extends DimensionBase<'buyerType' | 'brandRelation' | 'incoterm' | 'country' | 'region'> {
  kind: 'categorical';
  values: readonly string[] | null;
  read: (profile: PersonaProfile) => string | null;
  /** Distance between two unequal values when below 1 (two intermediaries are half alike). */
  partial?: (a: string, b: string) => number;
}

/** Ranked values: distance is the rank difference over the range. */
export interface OrdinalDimension
  extends DimensionBase<'turnoverBand' | 'paymentTimeliness' | 'deliverySensitivity' | 'loyalty' | 'newProductResponsiveness'> {
  kind: 'ordinal';
  values: readonly string[];
  read: (profile: PersonaProfile) => string | null;
}

/** Money or headcount: compared on a log scale over the book's range. */
export interface NumericDimension extends DimensionBase<'staff' | 'orderSize'> {
  kind: 'numeric';
  read: (profile: PersonaProfile) => number | null;
}

/** Several values at once, compared by Jaccard; an empty set is unknown. */
export interface SetDimension extends DimensionBase<'valuedFactors' | 'categories'> {
  kind: 'set';
  /** The members, one bit each; null = the config's catalogue keys and categories. */
  values: readonly string[] | null;
  read: (profile: PersonaProfile) => readonly string[];
}

export type Dimension = CategoricalDimension | OrdinalDimension | NumericDimension | SetDimension;
export type DimensionKey = Dimension['key'];

/** Every dimension, in the order ties between them are broken. */
export const DIMENSIONS: readonly Dimension[] = [
  {
    key: 'buyerType',
    kind: 'categorical',
    values: BuyerType.options,
    read: (p) => p.buyerType,
    partial: (a, b) => (buyerClassOf(a as BuyerType) === buyerClassOf(b as BuyerType) ? 0.5 : 1),
    question: 'Are you a distributor, a retailer or an end user?',
  },
  {
    key: 'categories',
    kind: 'set',
    values: null,
    // Keys and their categories in one set: two kettle buyers share both, a kettle and a blender buyer one of three.
    read: (p) => (p.catalogueKeys.length || p.categories.length ? [...p.catalogueKeys, ...p.categories] : []),
    question: 'Which products are you interested in?',
  },
  { key: 'orderSize', kind: 'numeric', read: (p) => p.orderSize, question: 'What is your yearly purchase volume of these products?' },
  { key: 'turnoverBand', kind: 'ordinal', values: TurnoverBand.options, read: (p) => p.turnoverBand, question: "What is your company's yearly turnover?" },
  { key: 'staff', kind: 'numeric', read: (p) => p.staff, question: 'How many people work at your company?' },
  { key: 'region', kind: 'categorical', values: WorldRegion.options, read: (p) => p.region },
  { key: 'country', kind: 'categorical', values: null, read: (p) => p.country, question: 'Which country will the goods be shipped to?' },
  {
    key: 'valuedFactors',
    kind: 'set',
    values: ValuedFactor.options,
    read: (p) => p.valuedFactors,
    question: 'Which certificates does your market require, and what matters most to you: price, quality or delivery time?',
  },
  { key: 'brandRelation', kind: 'categorical', values: BrandRelation.options, read: (p) => p.brandRelation, question: 'Do you sell under your own brand?' },
  {
    key: 'incoterm',
    kind: 'categorical',
    values: Incoterm.options,
    read: (p) => p.incoterm,
    question: 'Which delivery terms do you prefer: FOB, CIF or delivered to your door?',
  },
  {
    key: 'deliverySensitivity',
    kind: 'ordinal',
    values: Level.options,
    read: (p) => p.deliverySensitivity,
    question: 'How firm is your delivery date?',
  },
  {
    key: 'newProductResponsiveness',
    kind: 'ordinal',
    values: Level.options,
    read: (p) => p.newProductResponsiveness,
    question: 'Would you like to see our new models?',
  },
  { key: 'paymentTimeliness', kind: 'ordinal', values: PaymentTimeliness.options, read: (p) => p.paymentTimeliness },
  { key: 'loyalty', kind: 'ordinal', values: Level.options, read: (p) => p.loyalty },
];

/** Keys `judgement.personaWeights` and `judgement.targetPersona` may use (targets also `buyerClass`). */
export const DIMENSION_KEYS: readonly DimensionKey[] = DIMENSIONS.map((d) => d.key);

/** Weight of a dimension from `judgement.personaWeights`; a dimension the config does not weigh counts 1, 0 leaves it out. */
export function dimensionWeight(config: Pick<TouchpointConfig, 'judgement'>, key: string): number {
  return config.judgement.personaWeights[key] ?? 1;
}
