/**
 * Which of the company's catalogue families a piece of text names: an order line's product
 * ("GK-1701 Electric kettle 1.7 L" → `kettle`) or a term a buyer wrote ("空气炸锅" → `air-fryer`).
 */
import type { CatalogueTerm } from '../config.ts';

/** Finds the catalogue keys a text names, in catalogue order. */
export type CatalogueMatcher = (text: string) => readonly string[];

// Product names repeat across a book (a few hundred models, millions of lines): remember answers.
const CACHE_LIMIT = 20_000;
const matchers = new WeakMap<readonly CatalogueTerm[], CatalogueMatcher>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(catalogue: readonly CatalogueTerm[]): CatalogueMatcher {
  const keyOfTerm = new Map<string, string>();
  const latin: string[] = [];
  const other: string[] = [];
  for (const entry of catalogue) {
    for (const term of [...entry.en, ...entry.zh]) {
      const lower = term.toLowerCase().normalize('NFC');
      if (keyOfTerm.has(lower)) continue;
      keyOfTerm.set(lower, entry.key);
      (/^[\p{Script=Latin}\p{N}\s\-'&/.]+$/u.test(lower) ? latin : other).push(lower);
    }
  }
  // Longest first, so "electric kettle" is taken before "kettle". Latin terms match whole words, with a plural;
  // Chinese and other unspaced scripts match anywhere.
  const byLength = (a: string, b: string) => b.length - a.length;
  const parts: string[] = [];
  if (latin.length) parts.push(`(?<![\\p{L}\\p{N}])(?<latin>${latin.sort(byLength).map(escapeRegExp).join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`);
  if (other.length) parts.push(`(?<other>${other.sort(byLength).map(escapeRegExp).join('|')})`);
  const pattern = parts.length ? new RegExp(parts.join('|'), 'gu') : null;
  const order = new Map(catalogue.map((entry, i) => [entry.key, i]));
  const cache = new Map<string, readonly string[]>();

  return (text) => {
    const lower = text.toLowerCase().normalize('NFC');
    const cached = cache.get(lower);
    if (cached) return cached;
    const found = new Set<string>();
    if (pattern) {
      for (const m of lower.matchAll(pattern)) {
        const term = m.groups?.latin ?? m.groups?.other;
        const key = term === undefined ? undefined : keyOfTerm.get(term);
        if (key) found.add(key);
      }
    }
    const keys = [...found].sort((a, b) => order.get(a)! - order.get(b)!);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(lower, keys);
    return keys;
  };
}

/** The matcher for a catalogue, compiled once per catalogue array. */
export function catalogueMatcher(catalogue: readonly CatalogueTerm[]): CatalogueMatcher {
  let matcher = matchers.get(catalogue);
  if (!matcher) {
    matcher = compile(catalogue);
    matchers.set(catalogue, matcher);
  }
  return matcher;
}

/**
 * Catalogue keys a text names (`"Glass electric kettles, 2 air fryers"` → `['kettle', 'air-fryer']`).
 * English terms match whole words, singular or plural, in any case; Chinese terms match anywhere.
 */
export function catalogueKeysIn(text: string, catalogue: readonly CatalogueTerm[]): readonly string[] {
  return catalogueMatcher(catalogue)(text);
}

/** The categories of catalogue keys, each once, in catalogue order (`['kettle', 'cutlery']` → `['small_appliances', 'kitchenware']`). */
export function categoriesOf(keys: Iterable<string>, catalogue: readonly CatalogueTerm[]): string[] {
  const wanted = new Set(keys);
  const out: string[] = [];
  for (const entry of catalogue) if (wanted.has(entry.key) && !out.includes(entry.category)) out.push(entry.category);
  return out;
}
