/**
 * The delivery term an inquiry asks for: `FOB Ningbo`, `CIF Jebel Ali`, `EXW`, `DDP`, and the
 * Chinese names (`离岸价` = FOB, `到岸价` = CIF, `出厂价` = EXW).
 */
import type { Incoterm } from '../order.ts';

/**
 * Codes as buyers write them, each as its own word (`FOB` but not `FOBBED`). The well-known
 * ones are read in any case (`fob Shanghai`); the rarer ones only in capitals, since in lower
 * case they could be words. Retired terms map to their successors (C&F, CNF → CFR; DDU → DAP).
 */
const PATTERNS: ReadonlyArray<RegExp> = [
  /(?<![A-Za-z0-9])(FOB|CIF|EXW|DDP|CFR|CNF|C\s?&\s?F|DAP|DDU|FCA)(?![A-Za-z0-9])/i,
  /(?<![A-Za-z0-9])(FAS|CPT|CIP|DPU)(?![A-Za-z0-9])/,
];

const CHINESE: ReadonlyArray<[RegExp, Incoterm]> = [
  [/离岸价|船上交货/, 'FOB'],
  [/到岸价|成本加保险费加运费|成本、保险加运费/, 'CIF'],
  [/成本加运费/, 'CFR'],
  [/出厂价|工厂交货|工厂价/, 'EXW'],
  [/完税后交货|双清包税|双清到门/, 'DDP'],
];

function normalise(code: string): Incoterm {
  const upper = code.toUpperCase().replace(/\s/g, '');
  if (upper === 'CNF' || upper === 'C&F') return 'CFR';
  if (upper === 'DDU') return 'DAP';
  return upper as Incoterm;
}

/** The incoterm named first in `text`, or null. */
export function findIncoterm(text: string): Incoterm | null {
  let best: { index: number; term: Incoterm } | null = null;
  const consider = (match: RegExpExecArray | null, term: (m: RegExpExecArray) => Incoterm) => {
    if (match && (best === null || match.index < best.index)) best = { index: match.index, term: term(match) };
  };
  for (const pattern of PATTERNS) consider(pattern.exec(text), (m) => normalise(m[1]!));
  for (const [pattern, term] of CHINESE) consider(pattern.exec(text), () => term);
  return best === null ? null : (best as { term: Incoterm }).term;
}
