/**
 * The price a buyer names: `target price USD 12.5/pc`, `$8 per unit`, `€7,50`, `单价5美元`,
 * `12 USD each`, `目标价 RMB 50`. Amounts without a price cue (a budget, a total, a fee) are
 * not target prices.
 */
import type { Money } from '../primitives.ts';
import { NUMBER_SOURCE, parseNumber } from './numbers.ts';

/** Symbols and words written before an amount, longest first where one starts another. */
const PREFIX: ReadonlyArray<[string, string]> = [
  ['US$', 'USD'],
  ['U.S.$', 'USD'],
  ['USD$', 'USD'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['NZ$', 'NZD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['₹', 'INR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['₽', 'RUB'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['RMB', 'CNY'],
  ['人民币', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
];

/** Words and symbols written after an amount. */
const SUFFIX: ReadonlyArray<[string, string]> = [
  ['us dollars', 'USD'],
  ['us dollar', 'USD'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['usd', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds', 'GBP'],
  ['yuan', 'CNY'],
  ['rmb', 'CNY'],
  ['rupees', 'INR'],
  ['dirhams', 'AED'],
  ['riyals', 'SAR'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['英镑', 'GBP'],
  ['日元', 'JPY'],
  ['人民币', 'CNY'],
  ['元', 'CNY'],
  ['块', 'CNY'],
  ['円', 'JPY'],
  ['€', 'EUR'],
  ['$', 'USD'],
];

/** ISO codes always read; the config's own currencies are added to these. */
const COMMON_CODES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'AED', 'SAR', 'INR', 'RUB', 'BRL', 'MXN', 'KRW', 'TRY', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'NZD', 'THB', 'MYR', 'IDR', 'PHP', 'VND', 'EGP', 'NGN', 'KES', 'PKR', 'CLP', 'COP', 'PEN', 'ARS'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cue before the amount that it is a unit price, strongest first. */
const TARGET_CUE = /(target|目标价|目标价格|期望价|理想价|心理价|接受的价格|best price|our price|price (?:is|should be|around|about|at|of)|can you (?:do|offer|make)|could you (?:do|offer|make))/i;
const PRICE_CUE = /(price|pricing|单价|价格|价钱|报价|cost|offer|quote|rate)/i;
const TOTAL_CUE = /(total|budget|amount|sum|deposit|fee|shipping|freight|运费|总价|总额|预算|定金|订金)/i;
/** After the amount: per unit (`/pc`, `per set`, `each`, `一个`, `/台`). */
const PER_UNIT = /^\s{0,3}(?:\/\s{0,3}|per\s{1,3}|a\s{1,3}|an\s{1,3})(?:pc|pcs|piece|unit|set|pair|carton|box|kg|ton|item|dozen)\b|^\s{0,3}each\b|^\s{0,3}(?:\/|每|一)\s{0,3}(?:个|台|件|套|只|对|箱|公斤|吨)/i;

export interface TargetPriceOptions {
  /** ISO codes read besides the common ones (the config's base currency and rates). */
  currencies?: readonly string[];
}

interface Mention {
  money: Money;
  index: number;
  end: number;
}

const patterns = new Map<string, RegExp>();

function patternFor(codes: readonly string[]): RegExp {
  const id = codes.join(',');
  const cached = patterns.get(id);
  if (cached) return cached;
  const prefix = [...PREFIX.map(([p]) => p), ...codes].sort((a, b) => b.length - a.length).map(escape).join('|');
  const suffix = [...SUFFIX.map(([s]) => s), ...codes].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Letter codes and words need word boundaries; symbols do not.
  const pattern = new RegExp(
    String.raw`(?<![A-Za-z])(${prefix})\s?(${NUMBER_SOURCE})(?![\d])|(?<![A-Za-z0-9.,])(${NUMBER_SOURCE})\s?(${suffix})(?![A-Za-z])`,
    'gi',
  );
  patterns.set(id, pattern);
  return pattern;
}

function currencyOf(symbol: string, codes: ReadonlySet<string>): string | null {
  const upper = symbol.toUpperCase();
  if (codes.has(upper)) {
    // Lower-case three letters are mostly words (`try 5`, `eur` aside): codes count in capitals.
    return symbol === upper || ['usd', 'eur', 'rmb'].includes(symbol.toLowerCase()) ? upper : null;
  }
  const lower = symbol.toLowerCase();
  return PREFIX.find(([p]) => p.toLowerCase() === lower)?.[1] ?? SUFFIX.find(([s]) => s === lower)?.[1] ?? null;
}

/** Every amount of money written in `text`. */
function moneyMentions(text: string, codes: readonly string[]): Mention[] {
  const known = new Set(codes);
  const mentions: Mention[] = [];
  for (const m of text.matchAll(patternFor(codes))) {
    const [, prefix, prefixed, suffixed, suffix] = m;
    const symbol = prefix ?? suffix!;
    const currency = currencyOf(symbol, known);
    const amount = parseNumber(prefixed ?? suffixed!);
    if (currency === null || !Number.isFinite(amount) || amount <= 0 || amount >= 10_000_000) continue;
    mentions.push({ money: { amount: Math.round(amount * 100) / 100, currency }, index: m.index, end: m.index + m[0].length });
  }
  return mentions;
}

/** How strongly the words around an amount say it is the price per unit the buyer wants. */
function score(text: string, mention: Mention): number {
  const before = text.slice(Math.max(0, mention.index - 40), mention.index);
  const after = text.slice(mention.end, mention.end + 20);
  let points = 0;
  if (TARGET_CUE.test(before)) points += 3;
  else if (PRICE_CUE.test(before)) points += 2;
  if (PER_UNIT.test(after)) points += 2;
  if (TOTAL_CUE.test(before) && !PER_UNIT.test(after)) points -= 3;
  return points;
}

/**
 * The unit price a buyer asks for or offers: among the amounts of money in `text`, the first
 * with the strongest cue (a `target price` before it, a `price` before it, a per-unit mark
 * after it). Null when no amount has a cue. `$` is read as USD and `¥` as CNY (the Chinese
 * exporter's reading).
 */
export function findTargetPrice(text: string, options: TargetPriceOptions = {}): Money | null {
  const codes = [...new Set([...COMMON_CODES, ...(options.currencies ?? [])].map((c) => c.toUpperCase()))].sort();
  let best: { money: Money; points: number } | null = null;
  for (const mention of moneyMentions(text, codes)) {
    const points = score(text, mention);
    if (points >= 2 && (best === null || points > best.points)) best = { money: mention.money, points };
  }
  return best?.money ?? null;
}
