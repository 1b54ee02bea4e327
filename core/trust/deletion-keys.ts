/**
 * Hashes of a name with up to two letters deleted: the keys of a deletion neighbourhood
 * (SymSpell). Two names one edit apart share a one-deletion key; a name with one more deletion
 * on one side reaches some two-edit neighbours too.
 *
 * A polynomial hash lets every key come from prefix and suffix sums, so the 100-odd
 * two-deletion keys of a 15-letter name cost no string building and no re-hashing.
 */

const BASE = 0x01000193;
let prefix = new Int32Array(64);
let power = new Int32Array(64);

function finish(h: number, length: number): number {
  // murmur3 finaliser, with the length folded in: the multimap buckets by the low bits.
  let x = h ^ Math.imul(length, 0x9e3779b1);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The key of `text` itself (what {@link forEachDeletionKey} visits first). */
export function wholeKey(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return finish(h, text.length);
}

/**
 * Calls `visit` with the key of `text`, then of each one-letter deletion, then (when
 * `deletions` is 2) of each two-letter deletion. Deleting either letter of a doubled pair
 * gives one string, visited once.
 */
export function forEachDeletionKey(text: string, deletions: 1 | 2, visit: (key: number) => void): void {
  const n = text.length;
  if (prefix.length <= n) {
    prefix = new Int32Array(n * 2 + 1);
    power = new Int32Array(n * 2 + 1);
  }
  power[0] = 1;
  prefix[0] = 0;
  for (let k = 0; k < n; k++) {
    power[k + 1] = Math.imul(power[k]!, BASE);
    prefix[k + 1] = (Math.imul(prefix[k]!, BASE) + text.charCodeAt(k)) | 0;
  }
  // Hash of text[a, b) is prefix[b] - prefix[a] * power[b - a].
  const whole = prefix[n]!;
  visit(finish(whole, n));
  for (let i = 0; i < n; i++) {
    if (i > 0 && text.charCodeAt(i) === text.charCodeAt(i - 1)) continue;
    const before = prefix[i]!;
    const after = (whole - Math.imul(prefix[i + 1]!, power[n - i - 1]!)) | 0;
    visit(finish((Math.imul(before, power[n - i - 1]!) + after) | 0, n - 1));
    if (deletions < 2) continue;
    for (let j = i + 1; j < n; j++) {
      if (j - 1 !== i && text.charCodeAt(j) === text.charCodeAt(j - 1)) continue;
      const between = (prefix[j]! - Math.imul(prefix[i + 1]!, power[j - i - 1]!)) | 0;
      const rest = (whole - Math.imul(prefix[j + 1]!, power[n - j - 1]!)) | 0;
      const middle = (Math.imul(before, power[j - i - 1]!) + between) | 0;
      visit(finish((Math.imul(middle, power[n - j - 1]!) + rest) | 0, n - 2));
    }
  }
}
