/**
 * The language an inquiry is written in, as a BCP 47 primary tag (`en`, `zh`, `es`). Scripts
 * that belong to one language among buyers (Han, Kana, Hangul, Thai…) decide by themselves;
 * Latin, Cyrillic and Arabic text goes to tinyld, a small n-gram detector that ships its own
 * profiles, limited to the languages export buyers write in.
 */
import { detect } from 'tinyld';

/** Characters read: enough for the detector (its cost grows with the sample), cheap for a long mail. */
const SAMPLE_MAX = 1000;
/** Fewer letters than this says too little (`Hi`, `Thanks`). */
const LETTERS_MIN = 12;

const LATIN_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'tr', 'pl', 'vi', 'id'];
const CYRILLIC_LANGUAGES = ['ru', 'uk', 'bg'];
const ARABIC_LANGUAGES = ['ar', 'fa', 'ur'];

/**
 * Words only English uses among the languages above. Most inquiries are English; when these
 * make up a quarter of the words, the detector (the costliest step of reading a mail) is skipped.
 */
const ENGLISH_WORDS = new Set(
  'the and of to for with we you your our are be can could would please this that it my will have has need want from which what any about kindly thanks thank dear sir hello hi looking interested send quote'.split(' '),
);

function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  let hits = 0;
  for (const word of words) if (ENGLISH_WORDS.has(word)) hits++;
  return hits >= 3 && hits >= words.length / 4;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The language of `text`, or null when it is too short or unclear. Han text is `zh` when it
 * carries more weight than the Latin letters around it (a Chinese character is about a word,
 * so three Latin letters weigh as one), unless Kana says `ja`.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_MAX);
  const han = count(sample, /\p{Script=Han}/gu);
  const kana = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(sample, /\p{Script=Hangul}/gu);
  const latin = count(sample, /\p{Script=Latin}/gu);
  const cyrillic = count(sample, /\p{Script=Cyrillic}/gu);
  const arabic = count(sample, /\p{Script=Arabic}/gu);
  const others: Array<[string, number]> = [
    ['th', count(sample, /\p{Script=Thai}/gu)],
    ['he', count(sample, /\p{Script=Hebrew}/gu)],
    ['el', count(sample, /\p{Script=Greek}/gu)],
    ['hi', count(sample, /\p{Script=Devanagari}/gu)],
  ];
  const cjk = han + kana + hangul;
  if (cjk * 3 >= latin + cyrillic + arabic && cjk >= 2) {
    if (kana >= Math.max(2, cjk * 0.1)) return 'ja';
    if (hangul > han) return 'ko';
    return 'zh';
  }
  const scripts: Array<[string, number]> = [['latin', latin], ['cyrillic', cyrillic], ['arabic', arabic], ...others];
  const [script, letters] = scripts.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (letters < LETTERS_MIN) return null;
  const only = script === 'latin' ? LATIN_LANGUAGES : script === 'cyrillic' ? CYRILLIC_LANGUAGES : script === 'arabic' ? ARABIC_LANGUAGES : null;
  if (only === null) return script;
  if (script === 'latin' && looksEnglish(sample)) return 'en';
  return detect(sample, { only }) || null;
}
