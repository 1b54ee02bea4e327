/**
 * The scan behind persona matching: a query encoded against the index's columns, and one pass
 * over every customer that sums a Gower-style distance per dimension and keeps the best in a
 * bounded heap, without allocating per customer.
 */
import type { DimensionKey } from './dimensions.ts';
import { normalise, packSet, type PersonaIndex } from './persona-index.ts';
import type { PersonaProfile } from './persona-profile.ts';
import type { TopK } from './top-k.ts';

/** A query laid out like the index's columns, only the dimensions it knows. */
export interface EncodedQuery {
  codes: Int16Array[];
  luts: Float32Array[];
  codeWeights: Float64Array;
  numerics: Float32Array[];
  numericValues: Float64Array;
  numericWeights: Float64Array;
  sets: Uint32Array[];
  setWords: Int32Array;
  setQuery: Uint32Array[];
  setWeights: Float64Array;
  /** Which column of the index each active entry above is (for explaining a match). */
  codeColumn: number[];
  numericColumn: number[];
  setColumn: number[];
  known: Set<DimensionKey>;
  totalWeight: number;
}

/** Lays out the dimensions a query knows like the index's columns, with a distance table per code column. @internal */
export function encodeQuery(index: PersonaIndex, query: PersonaProfile): EncodedQuery {
  const q: EncodedQuery = {
    codes: [], luts: [], codeWeights: new Float64Array(index.codeColumns.length), numerics: [],
    numericValues: new Float64Array(index.numericColumns.length), numericWeights: new Float64Array(index.numericColumns.length),
    sets: [], setWords: new Int32Array(index.setColumns.length), setQuery: [], setWeights: new Float64Array(index.setColumns.length),
    codeColumn: [], numericColumn: [], setColumn: [], known: new Set(), totalWeight: 0,
  };
  index.codeColumns.forEach((column, c) => {
    const { dimension } = column;
    const value = dimension.read(query);
    if (value === null) return;
    if (dimension.kind === 'ordinal' && !dimension.values.includes(value)) return;
    const lut = new Float32Array(column.values.length);
    const rank = dimension.kind === 'ordinal' ? dimension.values.indexOf(value) : -1;
    column.values.forEach((other, code) => {
      if (other === value) lut[code] = 0;
      else if (dimension.kind === 'ordinal') lut[code] = Math.abs(code - rank) / Math.max(1, dimension.values.length - 1);
      else lut[code] = dimension.partial ? dimension.partial(value, other) : 1;
    });
    q.codeWeights[q.codes.length] = column.weight;
    q.codes.push(column.codes);
    q.luts.push(lut);
    q.codeColumn.push(c);
    q.known.add(dimension.key);
    q.totalWeight += column.weight;
  });
  index.numericColumns.forEach((column, c) => {
    const value = column.dimension.read(query);
    if (value === null) return;
    q.numericValues[q.numerics.length] = normalise(column, value);
    q.numericWeights[q.numerics.length] = column.weight;
    q.numerics.push(column.values);
    q.numericColumn.push(c);
    q.known.add(column.dimension.key);
    q.totalWeight += column.weight;
  });
  index.setColumns.forEach((column, c) => {
    const bits = new Uint32Array(column.words);
    packSet(column, column.dimension.read(query), bits, 0);
    if (bits.every((w) => w === 0)) return;
    q.setWords[q.sets.length] = column.words;
    q.setWeights[q.sets.length] = column.weight;
    q.sets.push(column.bits);
    q.setQuery.push(bits);
    q.setColumn.push(c);
    q.known.add(column.dimension.key);
    q.totalWeight += column.weight;
  });
  return q;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Per-customer sums of one scan, kept per index and reused: a match allocates nothing per customer. */
const scratch = new WeakMap<PersonaIndex, { num: Float64Array; den: Float64Array }>();

function sums(index: PersonaIndex): { num: Float64Array; den: Float64Array } {
  let s = scratch.get(index);
  if (!s) {
    s = { num: new Float64Array(index.size), den: new Float64Array(index.size) };
    scratch.set(index, s);
  }
  s.num.fill(0);
  s.den.fill(0);
  return s;
}

/**
 * The hot loop, one dimension at a time over every customer (tight monomorphic loops over
 * typed arrays), then one pass that scores each customer and offers it to `top`. Customers
 * sharing less than `minWeight` of the query's weight, and position `exclude`, are skipped.
 * The score is the weighted mean similarity over the dimensions both know, shrunk toward
 * `missingAs` by the share of the query's weight the customer does not know (null: no shrinking).
 * @internal
 */
export function scanIndex(index: PersonaIndex, q: EncodedQuery, top: TopK, minWeight: number, missingAs: number | null, exclude: number): void {
  const n = index.size;
  const { num, den } = sums(index);
  for (let d = 0; d < q.codes.length; d++) {
    const codes = q.codes[d]!;
    const lut = q.luts[d]!;
    const w = q.codeWeights[d]!;
    for (let i = 0; i < n; i++) {
      const v = codes[i]!;
      if (v >= 0) {
        den[i] = den[i]! + w;
        num[i] = num[i]! + w * lut[v]!;
      }
    }
  }
  for (let d = 0; d < q.numerics.length; d++) {
    const values = q.numerics[d]!;
    const mine = q.numericValues[d]!;
    const w = q.numericWeights[d]!;
    for (let i = 0; i < n; i++) {
      const x = values[i]!;
      if (x === x) {
        den[i] = den[i]! + w;
        num[i] = num[i]! + w * Math.abs(x - mine);
      }
    }
  }
  for (let d = 0; d < q.sets.length; d++) {
    const bits = q.sets[d]!;
    const mine = q.setQuery[d]!;
    const words = q.setWords[d]!;
    const w = q.setWeights[d]!;
    if (words === 1) {
      const b = mine[0]!;
      for (let i = 0; i < n; i++) {
        const a = bits[i]!;
        if (a !== 0) {
          den[i] = den[i]! + w;
          num[i] = num[i]! + w * (1 - popcount(a & b) / popcount(a | b));
        }
      }
      continue;
    }
    for (let i = 0; i < n; i++) {
      const base = i * words;
      let inter = 0;
      let union = 0;
      let any = 0;
      for (let k = 0; k < words; k++) {
        const a = bits[base + k]!;
        const b = mine[k]!;
        any |= a;
        inter += popcount(a & b);
        union += popcount(a | b);
      }
      if (any !== 0) {
        den[i] = den[i]! + w;
        num[i] = num[i]! + w * (1 - inter / union);
      }
    }
  }
  const total = q.totalWeight;
  const shrink = missingAs === null ? 0 : 1 - missingAs;
  let floor = top.floor;
  for (let i = 0; i < n; i++) {
    const shared = den[i]!;
    if (shared === 0 || shared < minWeight) continue;
    // Equal to (shared / total) × the shared similarity + (missing / total) × missingAs.
    const score = missingAs === null ? 1 - num[i]! / shared : 1 - (num[i]! + shrink * (total - shared)) / total;
    if (score < floor || i === exclude) continue;
    top.offer(i, score, shared);
    floor = top.floor;
  }
}

