/**
 * Products an inquiry names: the company's catalogue terms (`config.catalogue`, English and
 * Chinese) and generic trade words for a whole range (`home appliances`, `小家电`), which name a
 * category but no catalogue entry.
 */
import type { CatalogueTerm } from '../config.ts';

/** A product named in an inquiry. */
export interface ProductMention {
  /** The term as the catalogue (or the generic list) spells it. */
  term: string;
  /** The catalogue entry, or null for a generic range word. */
  catalogueKey: string | null;
  /** The catalogue entry's category, or the category a generic word stands for. */
  category: string;
}

/** Range words buyers use for a whole category. Catalogue terms take precedence over these. */
export const GENERIC_PRODUCTS: ReadonlyArray<{ category: string; en: readonly string[]; zh: readonly string[] }> = [
  {
    category: 'home_appliances',
    en: ['home appliances', 'home appliance', 'household appliances', 'household appliance', 'domestic appliances', 'electrical appliances', 'electric appliances'],
    zh: ['家电', '家用电器', '家用电器产品', '生活电器'],
  },
  {
    category: 'small_appliances',
    en: ['small appliances', 'small appliance', 'small kitchen appliances', 'small home appliances', 'small household appliances', 'small domestic appliances', 'kitchen appliances', 'kitchen appliance'],
    zh: ['小家电', '厨房电器', '厨房小家电', '厨房家电'],
  },
  {
    category: 'kitchenware',
    en: ['kitchenware', 'kitchen ware', 'kitchenwares', 'kitchen utensils', 'kitchen tools', 'kitchen accessories', 'cookware', 'cooking utensils', 'kitchen supplies'],
    zh: ['厨具', '厨房用品', '厨房用具', '炊具', '厨房器具'],
  },
  {
    category: 'tableware',
    en: ['tableware', 'dinnerware', 'drinkware'],
    zh: ['餐具', '餐厨用品'],
  },
  {
    category: 'housewares',
    en: ['housewares', 'houseware', 'homeware', 'homewares', 'household products', 'household items', 'home goods', 'home products'],
    zh: ['家居用品', '日用品', '家庭用品'],
  },
];

interface Entry {
  term: string;
  catalogueKey: string | null;
  category: string;
}

interface Matcher {
  /** Lower-cased English spelling (words joined by one space, plural forms included) → entry. */
  en: Map<string, Entry>;
  /** Most words in an English spelling. */
  maxWords: number;
  /** First word of each English spelling. */
  firstWords: Set<string>;
  /** Chinese spelling → entry; matched anywhere in a run of Han characters, longest first. */
  zh: Map<string, Entry>;
  maxHan: number;
}

/** `kettle` → `kettles`; `box` → `boxes`; `knife` → `knives`; `battery` → `batteries`. */
function plurals(word: string): string[] {
  const forms = [`${word}s`];
  if (/(s|x|z|ch|sh)$/.test(word)) forms.push(`${word}es`);
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  if (/fe$/.test(word)) forms.push(`${word.slice(0, -2)}ves`);
  else if (/[^f]f$/.test(word)) forms.push(`${word.slice(0, -1)}ves`);
  return forms;
}

/** Words of an English spelling, lower case; hyphens and other marks only separate (`air-fryer` = `air fryer`). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const matchers = new WeakMap<readonly CatalogueTerm[], Matcher>();

function matcherFor(catalogue: readonly CatalogueTerm[]): Matcher {
  const cached = matchers.get(catalogue);
  if (cached) return cached;
  const matcher: Matcher = { en: new Map(), maxWords: 1, firstWords: new Set(), zh: new Map(), maxHan: 1 };
  const addWords = (w: string[], entry: Entry) => {
    const last = w[w.length - 1]!;
    for (const form of [last, ...plurals(last)]) {
      const key = [...w.slice(0, -1), form].join(' ');
      if (!matcher.en.has(key)) matcher.en.set(key, entry);
      matcher.firstWords.add(key.split(' ')[0]!);
    }
    matcher.maxWords = Math.max(matcher.maxWords, w.length);
  };
  const addEn = (spelling: string, entry: Entry) => {
    const w = words(spelling);
    if (w.length === 0) return;
    addWords(w, entry);
    // `airfryer` for `air fryer`: written as one word as often as two.
    if (w.length === 2) addWords([w.join('')], entry);
  };
  const addZh = (spelling: string, entry: Entry) => {
    const key = spelling.trim();
    if (key === '' || matcher.zh.has(key)) return;
    matcher.zh.set(key, entry);
    matcher.maxHan = Math.max(matcher.maxHan, key.length);
  };
  for (const item of catalogue) {
    for (const term of item.en) addEn(term, { term, catalogueKey: item.key, category: item.category });
    for (const term of item.zh) addZh(term, { term, catalogueKey: item.key, category: item.category });
  }
  for (const generic of GENERIC_PRODUCTS) {
    for (const term of generic.en) addEn(term, { term, catalogueKey: null, category: generic.category });
    for (const term of generic.zh) addZh(term, { term, catalogueKey: null, category: generic.category });
  }
  matchers.set(catalogue, matcher);
  return matcher;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Runs of text without spaces where Chinese terms are looked for (Han with embedded Latin such as `3C`). */
const HAN_RUN = /[\p{Script=Han}A-Za-z0-9]+/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Products named in `text`, each catalogue entry (or generic word) once, in order of first
 * mention. The longest spelling wins where two overlap (`electric kettle` over `kettle`).
 * English spellings match whole words, any case, singular or plural, hyphenated or not;
 * Chinese spellings match inside running text.
 */
export function findProducts(text: string, catalogue: readonly CatalogueTerm[]): ProductMention[] {
  const matcher = matcherFor(catalogue);
  const found: Array<{ index: number; entry: Entry }> = [];

  const tokens = [...text.matchAll(WORD)];
  const keys = tokens.map((t) => t[0].toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    if (!matcher.firstWords.has(keys[i]!)) continue;
    for (let n = Math.min(matcher.maxWords, tokens.length - i); n >= 1; n--) {
      // Words of one spelling stand together: only spaces or a hyphen between them.
      if (n > 1 && !joinedBySpace(text, tokens, i, n)) continue;
      const entry = matcher.en.get(n === 1 ? keys[i]! : keys.slice(i, i + n).join(' '));
      if (entry === undefined) continue;
      found.push({ index: tokens[i]!.index, entry });
      i += n - 1;
      break;
    }
  }

  if (matcher.zh.size > 0) {
    for (const run of text.matchAll(HAN_RUN)) {
      const chars = run[0];
      if (!HAN.test(chars)) continue;
      for (let p = 0; p < chars.length; p++) {
        for (let len = Math.min(matcher.maxHan, chars.length - p); len >= 1; len--) {
          const entry = matcher.zh.get(chars.slice(p, p + len));
          if (entry === undefined) continue;
          found.push({ index: run.index + p, entry });
          p += len - 1;
          break;
        }
      }
    }
  }

  found.sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  const products: ProductMention[] = [];
  for (const { entry } of found) {
    const id = entry.catalogueKey ?? `generic:${entry.term}`;
    if (seen.has(id)) continue;
    seen.add(id);
    products.push({ term: entry.term, catalogueKey: entry.catalogueKey, category: entry.category });
  }
  return products;
}

/** True when tokens `i` … `i + n - 1` are separated only by spaces, a hyphen or `&` (at most one line break). */
function joinedBySpace(text: string, tokens: RegExpExecArray[], i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) {
    const gap = text.slice(tokens[k]!.index + tokens[k]![0].length, tokens[k + 1]!.index);
    if (gap.length > 5 || !/^[\s\-&/'’+]+$/.test(gap) || gap.indexOf('\n') !== gap.lastIndexOf('\n')) return false;
  }
  return true;
}
