/**
 * Why a customer came up as similar: the values it shares with the inquiry, strongest first,
 * as data that `persona-labels.ts` words in the rep's language.
 */
import type { DimensionKey } from './dimensions.ts';
import type { AlikeReason } from './persona-labels.ts';
import { logScale, type PersonaIndex } from './persona-index.ts';
import { buyerClassOf, type PersonaProfile } from './persona-profile.ts';
import type { EncodedQuery } from './persona-scan.ts';

/**
 * What made customer `i` alike, from its own values (distributor, buys kettle, orders about
 * 40k), by weight × how alike, strongest first. Equal values count; two buyer types
 * of one class give the class; numbers within a factor of two; sets their shared members (for
 * products the shared catalogue keys, else the shared categories). The region goes when the
 * country is the same. @internal
 */
export function alikeReasons(index: PersonaIndex, q: EncodedQuery, query: PersonaProfile, i: number): AlikeReason[] {
  const profile = index.entries[i]!.profile;
  const found: { reason: AlikeReason; strength: number; key: DimensionKey }[] = [];
  q.codeColumn.forEach((c, d) => {
    const column = index.codeColumns[c]!;
    const code = column.codes[i]!;
    if (code < 0) return;
    const distance = q.luts[d]![code]!;
    const value = column.values[code]!;
    if (distance === 0) found.push({ key: column.dimension.key, reason: { key: column.dimension.key, value }, strength: column.weight });
    else if (column.dimension.key === 'buyerType' && distance < 1) {
      const buyerClass = buyerClassOf(profile.buyerType);
      if (buyerClass) found.push({ key: 'buyerType', reason: { key: 'buyerClass', value: buyerClass }, strength: column.weight * (1 - distance) });
    }
  });
  q.numericColumn.forEach((c, d) => {
    const column = index.numericColumns[c]!;
    const mine = column.dimension.read(query);
    const theirs = column.dimension.read(profile);
    // Within a factor of two reads as "about the same".
    if (mine === null || theirs === null || Math.abs(logScale(mine) - logScale(theirs)) > Math.log10(2)) return;
    const alike = 1 - Math.abs(column.values[i]! - q.numericValues[d]!);
    found.push({ key: column.dimension.key, reason: { key: column.dimension.key, value: theirs }, strength: column.weight * alike });
  });
  q.setColumn.forEach((c) => {
    const column = index.setColumns[c]!;
    const mine = new Set(column.dimension.read(query));
    const theirs = column.dimension.read(profile);
    let shared = theirs.filter((m) => mine.has(m));
    const jaccard = shared.length / new Set([...mine, ...theirs]).size;
    if (column.dimension.key === 'categories') {
      const keys = shared.filter((m) => index.config.catalogue.some((t) => t.key === m));
      shared = keys.length ? keys : shared;
    }
    if (shared.length) found.push({ key: column.dimension.key, reason: { key: column.dimension.key, value: shared }, strength: column.weight * jaccard });
  });
  const sameCountry = found.some((f) => f.key === 'country');
  return found
    .filter((f) => !(sameCountry && f.key === 'region'))
    .sort((a, b) => b.strength - a.strength)
    .map((f) => f.reason);
}
