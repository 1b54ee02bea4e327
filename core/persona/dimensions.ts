/**
 * The persona dimensions that matching, fit and qualifying questions share: how each is read
 * from a profile, what kind of value it holds (which decides how two values are compared), and
 * whether a plain question fills it in when an inquiry leaves it open (its words are the
 * catalogue's `question.<key>`).
 */
import type { TouchpointConfig } from '../config.ts';
import { BrandRelation, BuyerType, Level, TurnoverBand, ValuedFactor } from '../customer.ts';
import { Incoterm } from '../order.ts';
import { buyerClassOf, PaymentTimeliness, type PersonaProfile } from './persona-profile.ts';
import { WorldRegion } from './world-region.ts';

interface DimensionBase<K extends string> {
  key: K;
  /** A question fills this dimension in (`question.<key>` in the catalogue); false when only history can tell (payment, loyalty). */
  asked: boolean;
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
    asked: true,
  },
  {
    key: 'categories',
    kind: 'set',
    values: null,
    // Keys and their categories in one set: two kettle buyers share both, a kettle and a blender buyer one of three.
    read: (p) => (p.catalogueKeys.length || p.categories.length ? [...p.catalogueKeys, ...p.categories] : []),
    asked: true,
  },
  { key: 'orderSize', kind: 'numeric', read: (p) => p.orderSize, asked: true },
  { key: 'turnoverBand', kind: 'ordinal', values: TurnoverBand.options, read: (p) => p.turnoverBand, asked: true },
  { key: 'staff', kind: 'numeric', read: (p) => p.staff, asked: true },
  { key: 'region', kind: 'categorical', values: WorldRegion.options, read: (p) => p.region, asked: false },
  { key: 'country', kind: 'categorical', values: null, read: (p) => p.country, asked: true },
  {
    key: 'valuedFactors',
    kind: 'set',
    values: ValuedFactor.options,
    read: (p) => p.valuedFactors,
    asked: true,
  },
  { key: 'brandRelation', kind: 'categorical', values: BrandRelation.options, read: (p) => p.brandRelation, asked: true },
  {
    key: 'incoterm',
    kind: 'categorical',
    values: Incoterm.options,
    read: (p) => p.incoterm,
    asked: true,
  },
  {
    key: 'deliverySensitivity',
    kind: 'ordinal',
    values: Level.options,
    read: (p) => p.deliverySensitivity,
    asked: true,
  },
  {
    key: 'newProductResponsiveness',
    kind: 'ordinal',
    values: Level.options,
    read: (p) => p.newProductResponsiveness,
    asked: true,
  },
  { key: 'paymentTimeliness', kind: 'ordinal', values: PaymentTimeliness.options, read: (p) => p.paymentTimeliness, asked: false },
  { key: 'loyalty', kind: 'ordinal', values: Level.options, read: (p) => p.loyalty, asked: false },
];

/** Keys `judgement.personaWeights` and `judgement.targetPersona` may use (targets also `buyerClass`). */
export const DIMENSION_KEYS: readonly DimensionKey[] = DIMENSIONS.map((d) => d.key);

/** Weight of a dimension from `judgement.personaWeights`; a dimension the config does not weigh counts 1, 0 leaves it out. */
export function dimensionWeight(config: Pick<TouchpointConfig, 'judgement'>, key: string): number {
  return config.judgement.personaWeights[key] ?? 1;
}
