/**
 * A book's personas laid out by column for matching at scale: one typed array per dimension
 * (Int16 codes with -1 for unknown, Float32 log-normalised numbers with NaN for unknown, packed
 * bitmasks for sets with 0 for unknown), so a match walks 100,000 customers without touching
 * an object. Built once per book and config; the server caches it.
 */
import type { TouchpointConfig } from '../config.ts';
import type { Tier } from '../customer.ts';
import {
  DIMENSIONS,
  dimensionWeight,
  type CategoricalDimension,
  type NumericDimension,
  type OrdinalDimension,
  type SetDimension,
} from './dimensions.ts';
import type { PersonaProfile } from './persona-profile.ts';

/** One customer as the index holds it. The tier comes from the tier module (or an override); null when unknown. */
export interface PersonaIndexEntry {
  customerId: string;
  code: string;
  /** Null when the caller may not see the name. */
  name: string | null;
  tier: Tier | null;
  profile: PersonaProfile;
}

/** @internal A categorical or ordinal dimension as codes into `values`. */
export interface CodeColumn {
  dimension: CategoricalDimension | OrdinalDimension;
  weight: number;
  values: readonly string[];
  codeOf: ReadonlyMap<string, number>;
  codes: Int16Array;
}

/** @internal A numeric dimension, log10 then scaled to 0–1 over the book's range. */
export interface NumericColumn {
  dimension: NumericDimension;
  weight: number;
  /** log10 of the book's smallest value, and the span up to the largest (1 when the book has one value or none). */
  min: number;
  range: number;
  values: Float32Array;
}

/** @internal A set dimension as `words` 32-bit words per customer. */
export interface SetColumn {
  dimension: SetDimension;
  weight: number;
  members: readonly string[];
  bitOf: ReadonlyMap<string, number>;
  words: number;
  bits: Uint32Array;
}

export interface PersonaIndex {
  readonly size: number;
  readonly entries: readonly PersonaIndexEntry[];
  /** Tier rank per customer, A = 0 … D = 3, -1 unknown. @internal */
  readonly tierRank: Int8Array;
  /** @internal */
  readonly codeColumns: readonly CodeColumn[];
  /** @internal */
  readonly numericColumns: readonly NumericColumn[];
  /** @internal */
  readonly setColumns: readonly SetColumn[];
  readonly config: Pick<TouchpointConfig, 'company' | 'catalogue' | 'judgement'>;
}

export const TIER_RANKS: readonly Tier[] = ['A', 'B', 'C', 'D'];

/** log10 of a count or amount; below 1 reads as 1 (no staff and one employee are alike). @internal */
export function logScale(value: number): number {
  return Math.log10(Math.max(value, 1));
}

/** A numeric value placed on a column's 0–1 scale, clamped for values outside the book's range. @internal */
export function normalise(column: Pick<NumericColumn, 'min' | 'range'>, value: number): number {
  const x = (logScale(value) - column.min) / column.range;
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function setMembers(dimension: SetDimension, config: Pick<TouchpointConfig, 'catalogue'>): string[] {
  if (dimension.values) return [...dimension.values];
  const members: string[] = [];
  for (const entry of config.catalogue) {
    if (!members.includes(entry.key)) members.push(entry.key);
    if (!members.includes(entry.category)) members.push(entry.category);
  }
  return members;
}

/** Packs a set's members into `out` at `offset`; members the column does not know are dropped. @internal */
export function packSet(column: Pick<SetColumn, 'bitOf'>, members: readonly string[], out: Uint32Array, offset: number): void {
  for (const member of members) {
    const bit = column.bitOf.get(member);
    if (bit === undefined) continue;
    const word = offset + (bit >>> 5);
    out[word] = out[word]! | (1 << (bit & 31));
  }
}

/**
 * Builds the columnar index of a book. Dimensions the config weighs 0 are left out. Numeric
 * ranges and the country dictionary come from the book itself.
 * @param entries every customer to match against, each with its derived persona and tier.
 */
export function buildPersonaIndex(
  entries: Iterable<PersonaIndexEntry>,
  config: Pick<TouchpointConfig, 'company' | 'catalogue' | 'judgement'>,
): PersonaIndex {
  const list = [...entries];
  const n = list.length;
  const tierRank = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const tier = list[i]!.tier;
    tierRank[i] = tier ? TIER_RANKS.indexOf(tier) : -1;
  }
  const codeColumns: CodeColumn[] = [];
  const numericColumns: NumericColumn[] = [];
  const setColumns: SetColumn[] = [];

  for (const dimension of DIMENSIONS) {
    const weight = dimensionWeight(config, dimension.key);
    if (weight <= 0) continue;
    switch (dimension.kind) {
      case 'categorical':
      case 'ordinal': {
        let values = dimension.values;
        if (values === null) {
          const seen = new Set<string>();
          for (const e of list) {
            const v = dimension.read(e.profile);
            if (v !== null) seen.add(v);
          }
          values = [...seen].sort();
        }
        const codeOf = new Map(values.map((v, i) => [v, i]));
        const codes = new Int16Array(n).fill(-1);
        for (let i = 0; i < n; i++) {
          const v = dimension.read(list[i]!.profile);
          if (v !== null) codes[i] = codeOf.get(v) ?? -1;
        }
        codeColumns.push({ dimension, weight, values, codeOf, codes });
        break;
      }
      case 'numeric': {
        let lo = Infinity;
        let hi = -Infinity;
        for (const e of list) {
          const v = dimension.read(e.profile);
          if (v === null) continue;
          const x = logScale(v);
          if (x < lo) lo = x;
          if (x > hi) hi = x;
        }
        const min = Number.isFinite(lo) ? lo : 0;
        const range = hi - lo > 1e-9 ? hi - lo : 1;
        const column: NumericColumn = { dimension, weight, min, range, values: new Float32Array(n).fill(Number.NaN) };
        for (let i = 0; i < n; i++) {
          const v = dimension.read(list[i]!.profile);
          if (v !== null) column.values[i] = normalise(column, v);
        }
        numericColumns.push(column);
        break;
      }
      case 'set': {
        const members = setMembers(dimension, config);
        const words = Math.max(1, Math.ceil(members.length / 32));
        const column: SetColumn = { dimension, weight, members, bitOf: new Map(members.map((m, i) => [m, i])), words, bits: new Uint32Array(n * words) };
        for (let i = 0; i < n; i++) packSet(column, dimension.read(list[i]!.profile), column.bits, i * words);
        setColumns.push(column);
        break;
      }
    }
  }
  return { size: n, entries: list, tierRank, codeColumns, numericColumns, setColumns, config };
}
