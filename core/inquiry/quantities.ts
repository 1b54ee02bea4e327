/**
 * Quantities an inquiry asks for, with their unit: `5,000 pcs`, `500 sets`, `3 tons`,
 * `10 pallets`, containers (`2x40HQ`, `1 x 20GP`, `two 40ft containers`, `一个柜`,
 * `两个40尺高柜`) and Chinese counts (`500台`, `1000个`, `5千套`).
 *
 * Units come out in one vocabulary: `pcs`, `units`, `sets`, `pairs`, `cartons`, `boxes`,
 * `tons`, `kg`, `pallets`, `dozens`, `rolls`, `bags`, `packs`, `bottles`; containers as
 * `20GP`, `40GP`, `40HQ`, `45HQ`, `20RF`, `40OT`…, `20ft`/`40ft` when the type is not said,
 * or `container`.
 */
import { CHINESE_NUMERAL_CLASS, NUMBER_SOURCE, parseCount } from './numbers.ts';

/** A quantity read from an inquiry. */
export interface Quantity {
  value: number;
  unit: string;
  /** The words it was read from, as written. */
  text: string;
}

/** Most quantities reported for one mail. */
const QUANTITIES_MAX = 10;

const UNIT_WORDS: Record<string, string> = {
  pieces: 'pcs',
  piece: 'pcs',
  pcs: 'pcs',
  'pcs.': 'pcs',
  pc: 'pcs',
  units: 'units',
  unit: 'units',
  sets: 'sets',
  set: 'sets',
  pairs: 'pairs',
  pair: 'pairs',
  cartons: 'cartons',
  carton: 'cartons',
  ctns: 'cartons',
  ctn: 'cartons',
  boxes: 'boxes',
  box: 'boxes',
  tons: 'tons',
  ton: 'tons',
  tonnes: 'tons',
  tonne: 'tons',
  mt: 'tons',
  mts: 'tons',
  'metric tons': 'tons',
  kg: 'kg',
  kgs: 'kg',
  kilograms: 'kg',
  pallets: 'pallets',
  pallet: 'pallets',
  dozens: 'dozens',
  dozen: 'dozens',
  doz: 'dozens',
  rolls: 'rolls',
  roll: 'rolls',
  bags: 'bags',
  bag: 'bags',
  packs: 'packs',
  pack: 'packs',
  bottles: 'bottles',
  bottle: 'bottles',
  containers: 'container',
  container: 'container',
  fcl: 'container',
  个: 'pcs',
  件: 'pcs',
  只: 'pcs',
  把: 'pcs',
  条: 'pcs',
  台: 'units',
  套: 'sets',
  对: 'pairs',
  双: 'pairs',
  箱: 'cartons',
  吨: 'tons',
  公斤: 'kg',
  千克: 'kg',
  托: 'pallets',
  打: 'dozens',
};

/**
 * Spaces between the parts of a quantity: at most three, on one line. Bounded so that no
 * pattern backtracks over a long run of blanks (two adjacent `\s*` around an optional part
 * would be quadratic in its length).
 */
const GAP = String.raw`[^\S\n]{0,3}`;
const SPACE = String.raw`[^\S\n]{1,3}`;

const EN_UNIT = Object.keys(UNIT_WORDS)
  .filter((u) => /^[a-z]/.test(u))
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace('.', '\\.').replace(' ', SPACE))
  .join('|');

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNT = String.raw`\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|an?`;

/** `2x40HQ`, `1 x 20GP`, `2 * 40'HC`, `3 40ft containers`, `two 40-foot containers`, `a 20' container`. */
const CONTAINER_EN = new RegExp(
  String.raw`(?<![A-Za-z0-9.,])(${COUNT})(?:${GAP}[x×*]${GAP}|${SPACE})(20|40|45)${GAP}(?:'|’|′|-?ft\.?|-?feet|-?foot|-?footer)?${GAP}(GP|HQ|HC|DC|DV|ST|STD|OT|RF|FR)?(?![A-Za-z0-9])(${GAP}(?:containers?|cntrs?))?`,
  'gi',
);
/** `3 containers`, `2 x FCL`, `1 FCL`, `two containers`. */
const CONTAINER_COUNT_EN = new RegExp(String.raw`(?<![A-Za-z0-9.,])(${COUNT})${GAP}(?:[x×*]${GAP})?(containers?|cntrs?|FCLs?)(?![A-Za-z])`, 'gi');
/** `一个柜`, `两个40尺高柜`, `1个40HQ`, `3个货柜`, `一个20尺柜`, `2个小柜`. */
const CONTAINER_ZH = new RegExp(
  String.raw`(?<![\d.,])(\d{1,3}|${CHINESE_NUMERAL_CLASS}{1,3})${GAP}(?:个|只|x|×|\*)?${GAP}(?:(20|40|45)${GAP}(?:尺|英尺|'|’|ft)?${GAP})?(高柜|高箱|平柜|普柜|小柜|大柜|货柜|柜子|柜|集装箱|HQ|HC|GP)(?!台)`,
  'gi',
);
/** After a count: `/carton`, `per box`, `in one master carton` — a packing rate, not an order. */
const PACKING_RATE = String.raw`${GAP}(?:\/|per${SPACE}|each${SPACE}|in${SPACE}(?:one|a|each)${SPACE})${GAP}(?:inner${SPACE}|master${SPACE}|export${SPACE})?(?:cartons?|ctns?|box(?:es)?|bags?|pallets?|packs?|polybags?)`;

/** `5,000 pcs`, `5k pcs`, `3 tons`, `500 sets` — not a packing rate (`20 pcs/carton`, `20 pcs per box`). */
const COUNT_EN = new RegExp(
  String.raw`(?<![A-Za-z0-9.,$€£¥/#-])(${NUMBER_SOURCE})${GAP}(k|K)?${GAP}(${EN_UNIT})(?![A-Za-z])(?!${PACKING_RATE})`,
  'gi',
);
/** `500台`, `1000个`, `5千套`, `1.5万只`, `三百台`, `两吨` — not `3个月`, `5个工作日`. */
const COUNT_ZH = new RegExp(
  String.raw`(?<![\d.,])(\d{1,12}(?:[.,]\d{1,3})?|${CHINESE_NUMERAL_CLASS}{1,6})${GAP}(万|千)?${GAP}(公斤|千克|个|件|只|把|条|台|套|对|双|箱|吨|托|打)(?!月|小时|钟|工作日|星期|礼拜|周|天|人|问题|国家|城市|颜色|型号|款|品种|规格|样|柜|\/(?:箱|托|袋|盒|包))`,
  'g',
);
/** `Quantity: 1000`, `Qty 500`, `数量：2000` — a bare count under a quantity label. */
const LABELLED_COUNT = new RegExp(
  String.raw`(?<![A-Za-z])(?:order${SPACE}quantity|purchase${SPACE}quantity|quantity|qty|采购数量|采购量|需求量|数量)${GAP}[:：]?${GAP}(?:is${SPACE}|of${SPACE}|about${SPACE}|around${SPACE}|approx\.?${GAP}|约)?(${NUMBER_SOURCE})(?!${GAP}[A-Za-z%\p{Script=Han}]|[.,'\s]?\d)`,
  'giu',
);

interface Found extends Quantity {
  index: number;
  end: number;
}

function countValue(count: string): number {
  const word = NUMBER_WORDS[count.toLowerCase()];
  return word ?? parseCount(count);
}

function containerUnit(size: string | undefined, type: string | undefined): string {
  if (!size) return 'container';
  const t = (type ?? '').toUpperCase();
  if (t === 'HQ' || t === 'HC') return `${size}HQ`;
  if (t === 'GP' || t === 'DC' || t === 'DV' || t === 'ST' || t === 'STD') return `${size}GP`;
  if (t !== '') return `${size}${t}`;
  return `${size}ft`;
}

function containerUnitZh(size: string | undefined, kind: string): string {
  const k = kind.toUpperCase();
  if (k === 'HQ' || k === 'HC' || kind === '高柜' || kind === '高箱') return `${size ?? '40'}HQ`;
  if (k === 'GP' || kind === '平柜' || kind === '普柜') return size ? `${size}GP` : 'container';
  if (kind === '小柜') return '20GP';
  if (kind === '大柜') return '40GP';
  return size ? `${size}ft` : 'container';
}

function collect(text: string): Found[] {
  const found: Found[] = [];
  const push = (match: RegExpExecArray, value: number, unit: string) => {
    if (!Number.isFinite(value) || value <= 0) return;
    found.push({ value, unit, text: match[0].trim(), index: match.index, end: match.index + match[0].length });
  };
  for (const m of text.matchAll(CONTAINER_EN)) {
    const [, count, size, type, containerWord] = m;
    // A bare `2 40` is not a container: the type, a foot mark or the word must say so.
    const marked = type || containerWord || /['’′]|ft|fe|foot/i.test(m[0].slice(count!.length));
    // `a 40` or `one 40HQ` only with a type or the word (`a 40 pcs` is not one).
    if (!marked) continue;
    push(m, countValue(count!), containerUnit(size, type));
  }
  for (const m of text.matchAll(CONTAINER_COUNT_EN)) push(m, countValue(m[1]!), 'container');
  for (const m of text.matchAll(CONTAINER_ZH)) {
    const [, count, size, kind] = m;
    // `HQ`/`GP` alone after a count needs the size (`1个40HQ`), else it is some other code.
    if (/^[A-Za-z]+$/.test(kind!) && !size) continue;
    push(m, countValue(count!), containerUnitZh(size, kind!));
  }
  for (const m of text.matchAll(COUNT_EN)) {
    const [, number, k, unitWord] = m;
    push(m, parseCount(number!, k), UNIT_WORDS[unitWord!.toLowerCase().replace(/\s+/g, ' ')] ?? unitWord!.toLowerCase());
  }
  for (const m of text.matchAll(COUNT_ZH)) {
    const [, number, multiplier, unitWord] = m;
    const value = parseCount(number!, multiplier);
    // A Chinese numeral before a general counter is mostly ordinary speech (`一个问题`, `两件事`): only large counts are quantities.
    const spoken = !/\d/.test(number!) && ['个', '件', '只', '把', '条', '台', '套', '对', '双'].includes(unitWord!);
    if (spoken && value < 10) continue;
    push(m, value, UNIT_WORDS[unitWord!]!);
  }
  for (const m of text.matchAll(LABELLED_COUNT)) push(m, parseCount(m[1]!), 'pcs');
  return found;
}

/**
 * Quantities in `text`, in order of appearance, at most {@link QUANTITIES_MAX}. Where two
 * readings overlap (a container's `40` and a count) the one that starts first, then the
 * longer, is kept; the same value and unit is reported once. A number without a unit (a
 * year, a model number) is not a quantity, except under a `Quantity:` label.
 */
export function findQuantities(text: string): Quantity[] {
  const found = collect(text).sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Quantity[] = [];
  const seen = new Set<string>();
  let reach = -1;
  for (const q of found) {
    if (q.index < reach) continue;
    reach = q.end;
    const id = `${q.value} ${q.unit}`;
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push({ value: q.value, unit: q.unit, text: q.text });
    if (kept.length === QUANTITIES_MAX) break;
  }
  return kept;
}
