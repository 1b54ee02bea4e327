/**
 * What to ask a new buyer next: of the dimensions the inquiry left open, those whose answer
 * would best tell apart the tiers of the customers it resembles come first. The questions'
 * words are the catalogue's (`persona-labels.ts`).
 */
import { DIMENSIONS, type DimensionKey } from './dimensions.ts';
import type { PersonaIndex } from './persona-index.ts';

/** Numeric dimensions are grouped in this many equal bands of the book's log range. */
const NUMERIC_BANDS = 4;

/**
 * Between-group variance of tier rank, grouped by `groupOf` (-1 = unknown, left out), adjusted
 * for the number of groups (epsilon-squared style) so that many tiny groups do not look telling.
 * @internal
 */
export function separation(ranks: readonly number[], groups: readonly number[]): number {
  const sums = new Map<number, { n: number; sum: number; sq: number }>();
  let n = 0;
  let total = 0;
  for (let i = 0; i < ranks.length; i++) {
    const g = groups[i]!;
    const r = ranks[i]!;
    if (g < 0 || r < 0) continue;
    const s = sums.get(g) ?? { n: 0, sum: 0, sq: 0 };
    s.n++;
    s.sum += r;
    s.sq += r * r;
    sums.set(g, s);
    n++;
    total += r;
  }
  const k = sums.size;
  if (n - k <= 0 || k < 2) return 0;
  const mean = total / n;
  let between = 0;
  let within = 0;
  for (const s of sums.values()) {
    const m = s.sum / s.n;
    between += s.n * (m - mean) ** 2;
    within += s.sq - s.n * m * m;
  }
  return Math.max(0, between - (k - 1) * (within / (n - k))) / n;
}

/** Separation of each open dimension over the neighbours, by key. */
function separations(index: PersonaIndex, neighbours: readonly number[], open: ReadonlySet<DimensionKey>): Map<DimensionKey, number> {
  const ranks = neighbours.map((i) => index.tierRank[i]!);
  const out = new Map<DimensionKey, number>();
  for (const column of index.codeColumns) {
    if (!open.has(column.dimension.key)) continue;
    out.set(column.dimension.key, separation(ranks, neighbours.map((i) => column.codes[i]!)));
  }
  for (const column of index.numericColumns) {
    if (!open.has(column.dimension.key)) continue;
    const bands = neighbours.map((i) => {
      const x = column.values[i]!;
      return Number.isNaN(x) ? -1 : Math.min(NUMERIC_BANDS - 1, Math.floor(x * NUMERIC_BANDS));
    });
    out.set(column.dimension.key, separation(ranks, bands));
  }
  for (const column of index.setColumns) {
    if (!open.has(column.dimension.key)) continue;
    // A set splits the neighbours once per member (has it / has it not); the most telling member speaks for the set.
    let best = 0;
    for (let bit = 0; bit < column.members.length; bit++) {
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      const groups = neighbours.map((i) => {
        let any = 0;
        for (let w = 0; w < column.words; w++) any |= column.bits[i * column.words + w]!;
        return any === 0 ? -1 : (column.bits[i * column.words + word]! & mask) !== 0 ? 1 : 0;
      });
      best = Math.max(best, separation(ranks, groups));
    }
    out.set(column.dimension.key, best);
  }
  return out;
}

/**
 * The dimensions still worth a question for a partial persona, most telling first: those the
 * query leaves unknown that have a question and weigh more than 0, ordered by how well they
 * separate the neighbours' tiers, then by weight, then by the dimension order.
 * @param known the dimensions the query already knows.
 * @param neighbours index positions of the nearest customers.
 * @internal
 */
export function qualifyingQuestions(
  index: PersonaIndex,
  known: ReadonlySet<DimensionKey>,
  neighbours: readonly number[],
  max: number,
): DimensionKey[] {
  const weightOf = new Map<DimensionKey, number>();
  for (const c of [...index.codeColumns, ...index.numericColumns, ...index.setColumns]) weightOf.set(c.dimension.key, c.weight);
  const open = new Set(DIMENSIONS.filter((d) => d.asked && !known.has(d.key) && (weightOf.get(d.key) ?? 0) > 0).map((d) => d.key));
  const spread = separations(index, neighbours, open);
  const order = new Map(DIMENSIONS.map((d, i) => [d.key, i]));
  return [...open]
    .sort(
      (a, b) =>
        (spread.get(b) ?? 0) - (spread.get(a) ?? 0) ||
        weightOf.get(b)! - weightOf.get(a)! ||
        order.get(a)! - order.get(b)!,
    )
    .slice(0, Math.max(0, max));
}
