/**
 * Which catalogue term an order line's product belongs to, so a price change that applies to
 * `kettle` or `small_appliances` finds the lines it touches.
 */
import type { CatalogueTerm } from '../config.ts';

function mentions(text: string, word: string): boolean {
  const w = word.toLowerCase();
  // Chinese has no spaces between words: a plain substring is the match there.
  if (/[^\x00-\x7f]/.test(w)) return text.includes(w);
  const at = text.indexOf(w);
  if (at < 0) return false;
  const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(text);
}

/** The catalogue term whose longest word the product text mentions, or undefined. */
export function catalogueTermOf(product: string, catalogue: readonly CatalogueTerm[]): CatalogueTerm | undefined {
  const text = product.toLowerCase();
  let best: { term: CatalogueTerm; length: number } | undefined;
  for (const term of catalogue) {
    for (const word of [...term.en, ...term.zh]) {
      if (word.length > (best?.length ?? 0) && mentions(text, word)) best = { term, length: word.length };
    }
  }
  return best?.term;
}

/** True when a price change listing `applies` (catalogue keys or categories; empty = all) covers the product. */
export function appliesTo(applies: readonly string[], product: string, catalogue: readonly CatalogueTerm[]): boolean {
  if (applies.length === 0) return true;
  const term = catalogueTermOf(product, catalogue);
  return term !== undefined && (applies.includes(term.key) || applies.includes(term.category));
}
