/**
 * Numbers as buyers write them: `5,000`, `5.000`, `7,50`, `1 500`, `5k`, `五千`, `两`, `1.5万`.
 */

/**
 * Digits with optional thousands groups or a decimal part, as a regex source (no groups).
 * Thousands groups may be split by `,` `.` `'` or a (thin, no-break) space, never a line break.
 * Every repetition is bounded (up to 999 billion), so no scan backtracks over a long run of
 * digit groups.
 */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:[,.'\u00a0\u202f ]\d{3}){1,4}(?:[.,]\d{1,2})?|\d{1,12}(?:[.,]\d{1,3})?`;

/**
 * The value of a number written with Western digits. A single `,` or `.` followed by exactly
 * three digits groups thousands (`5,000`, `5.000`); otherwise it is the decimal mark (`7,50`,
 * `12.5`). With both marks present the last one is the decimal mark (`1.250,00`, `1,250.00`).
 * Returns NaN for text that is not a number.
 */
export function parseNumber(text: string): number {
  const compact = text.replace(/[\u00a0\u202f ']/g, '');
  if (!/^\d[\d,.]*$/.test(compact)) return Number.NaN;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? /\./g : /,/g;
    return Number(compact.replace(grouping, '').replace(decimal, '.'));
  }
  const mark = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
  if (mark === null) return Number(compact);
  const parts = compact.split(mark);
  const grouped = parts.length > 2 || (parts[1]!.length === 3 && parts[0]!.length <= 3 && parts[0] !== '0');
  if (grouped) return parts.every((p, i) => i === 0 || p.length === 3) ? Number(parts.join('')) : Number.NaN;
  return Number(`${parts[0]}.${parts[1]}`);
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Chinese numeral characters, as a regex character class source. */
export const CHINESE_NUMERAL_CLASS = '[零〇一二两三四五六七八九十百千万]';

/**
 * The value of a number in Chinese numerals (`五千` 5000, `三百五十` 350, `十二` 12, `两万` 20000).
 * Returns NaN when the text holds anything else.
 */
export function parseChineseNumeral(text: string): number {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[ch]!;
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    } else {
      return Number.NaN;
    }
  }
  return total + section + (digit ?? 0);
}

/** A count written with digits or Chinese numerals, times a trailing `万`/`千`/`k` multiplier. */
export function parseCount(count: string, multiplier?: string | null): number {
  const base = /\d/.test(count) ? parseNumber(count) : parseChineseNumeral(count);
  const factor = multiplier === '万' ? 10_000 : multiplier === '千' || multiplier === 'k' || multiplier === 'K' ? 1000 : 1;
  return base * factor;
}
