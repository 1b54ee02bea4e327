/**
 * How far one name is from another, counted the way a reader is fooled: a letter changed,
 * added or dropped, or two neighbours swapped, each one edit (optimal string alignment).
 */
import type { LookalikeNote } from './lookalike-note.ts';

/** Three rows of the table, kept between calls: names are short and this runs per candidate. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The optimal-string-alignment distance between `a` and `b` when it is at most `max`,
 * otherwise `max + 1`. Stops as soon as a row exceeds `max`, so far-apart names cost little.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [before, previous, current] = rows;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // A swap reaches row i from row i - 2, but never below what row i - 1 already holds, so this cut is safe.
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * What separates `seen` from `known`, for a warning: one letter missing, a letter doubled, two
 * letters swapped, `'rn'` for `'m'`. Meant for names one or two edits apart; anything else is
 * `letters_changed`.
 */
export function describeEdit(known: string, seen: string): LookalikeNote {
  let start = 0;
  while (start < known.length && start < seen.length && known[start] === seen[start]) start++;
  let endKnown = known.length;
  let endSeen = seen.length;
  while (endKnown > start && endSeen > start && known[endKnown - 1] === seen[endSeen - 1]) {
    endKnown--;
    endSeen--;
  }
  const gone = known.slice(start, endKnown);
  const added = seen.slice(start, endSeen);
  if (gone === '' && added === '') return { code: 'same_letters' };
  if (gone === '' && added.length === 1) {
    const doubled = seen[start - 1] === added || seen[start + 1] === added;
    return { code: doubled ? 'letter_doubled' : 'letter_added' };
  }
  if (added === '' && gone.length === 1) {
    const undoubled = known[start - 1] === gone || known[start + 1] === gone;
    return { code: undoubled ? 'double_made_single' : 'letter_missing' };
  }
  if (gone.length === 2 && added.length === 2 && gone[0] === added[1] && gone[1] === added[0]) return { code: 'letters_swapped' };
  if (gone.length <= 2 && added.length <= 2 && gone !== '' && added !== '') return { code: 'letters_for', added, gone };
  if (gone === '' && added.length === 2) return { code: 'two_letters_added' };
  if (added === '' && gone.length === 2) return { code: 'two_letters_missing' };
  return { code: 'letters_changed' };
}

/**
 * True when `seen` is `known` with two neighbours swapped or one letter doubled or undoubled:
 * edits that keep every letter of the name, so even a short name reads the same.
 */
export function isShapeKeepingEdit(known: string, seen: string): boolean {
  const [longer, shorter] = known.length >= seen.length ? [known, seen] : [seen, known];
  if (longer.length === shorter.length) {
    let at = 0;
    while (at < longer.length && longer[at] === shorter[at]) at++;
    return at + 1 < longer.length && longer[at] === shorter[at + 1] && longer[at + 1] === shorter[at] && longer.slice(at + 2) === shorter.slice(at + 2);
  }
  if (longer.length !== shorter.length + 1) return false;
  let at = 0;
  while (at < shorter.length && longer[at] === shorter[at]) at++;
  return longer.slice(at + 1) === shorter.slice(at) && (longer[at] === longer[at - 1] || longer[at] === longer[at + 1]);
}
