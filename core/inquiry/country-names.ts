/**
 * Countries by name, in English and Chinese (Simplified and Traditional), as a buyer writes
 * them in an address, a signature or a marketplace's `Country/Region` field. Names come from
 * the platform's ICU (`Intl.DisplayNames`); the aliases add the spellings trade mail uses that
 * ICU does not (`USA`, `UAE`, `Holland`, `阿联酋`).
 */
import { isCountryCode } from '../primitives.ts';

/** Codes ICU names that are not current countries: reserved, withdrawn, or groupings. */
const NOT_COUNTRIES = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH NT QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '),
);

/** Spellings ICU lacks, matched without regard to case. */
const ALIASES: Record<string, string> = {
  'united states of america': 'US',
  'united kingdom of great britain and northern ireland': 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'the netherlands': 'NL',
  holland: 'NL',
  'czech republic': 'CZ',
  turkey: 'TR',
  turkiye: 'TR',
  'republic of korea': 'KR',
  korea: 'KR',
  'russian federation': 'RU',
  'viet nam': 'VN',
  'ivory coast': 'CI',
  "cote d'ivoire": 'CI',
  'hong kong': 'HK',
  'hong kong sar': 'HK',
  macau: 'MO',
  macao: 'MO',
  'republic of china': 'TW',
  "people's republic of china": 'CN',
  'p.r. china': 'CN',
  'pr china': 'CN',
  'p.r.china': 'CN',
  'dr congo': 'CD',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  burma: 'MM',
  myanmar: 'MM',
  'bosnia and herzegovina': 'BA',
  bosnia: 'BA',
  'trinidad and tobago': 'TT',
  'antigua and barbuda': 'AG',
  macedonia: 'MK',
  palestine: 'PS',
  'saudi arabia': 'SA',
  dubai: 'AE',
  'abu dhabi': 'AE',
  'south africa': 'ZA',
  'new zealand': 'NZ',
  'timor-leste': 'TL',
  'east timor': 'TL',
  'sao tome and principe': 'ST',
  // ISO 3166 short names as some forms list them.
  'korea, republic of': 'KR',
  "korea, democratic people's republic of": 'KP',
  'iran, islamic republic of': 'IR',
  'taiwan, province of china': 'TW',
  'russia federation': 'RU',
  'vietnam, socialist republic of': 'VN',
  'tanzania, united republic of': 'TZ',
  'moldova, republic of': 'MD',
  'venezuela, bolivarian republic of': 'VE',
  'bolivia, plurinational state of': 'BO',
  美利坚合众国: 'US',
  阿联酋: 'AE',
  迪拜: 'AE',
  沙特: 'SA',
  香港: 'HK',
  中国香港: 'HK',
  澳门: 'MO',
  澳門: 'MO',
  中国台湾: 'TW',
  台湾: 'TW',
  臺灣: 'TW',
  刚果金: 'CD',
  刚果布: 'CG',
  捷克共和国: 'CZ',
  大陆: 'CN',
};

/** Spellings matched only as written (lower case they are ordinary words or too loose). */
const CASED_ALIASES: Record<string, string> = {
  USA: 'US',
  'U.S.A.': 'US',
  'U.S.': 'US',
  UK: 'GB',
  'U.K.': 'GB',
  UAE: 'AE',
  'U.A.E.': 'AE',
  KSA: 'SA',
  DRC: 'CD',
  PRC: 'CN',
  'P.R.C.': 'CN',
};

/**
 * Names that are also given names, a US state or a garment (`Jordan`, `Georgia`, `Chad`,
 * `Jersey`, `Guernsey`): read only where a country is expected (an address line), never as a
 * mention in passing. {@link countryFromName} reads them: a `Country:` field means the country.
 */
const AMBIGUOUS = new Set(['JO', 'GE', 'TD', 'JE', 'GG']);

interface NameTable {
  /** Normalised name → code. */
  byName: Map<string, string>;
  /** First word of each Latin name, for a quick "could a name start here" check. */
  firstWords: Set<string>;
  /** Most words in a Latin name. */
  maxWords: number;
  /** Longest Han name, in characters. */
  maxHan: number;
}

let table: NameTable | undefined;

/**
 * A name or word in lookup form: NFKC, lower-case, accents dropped (`Côte` → `cote`), `’` as
 * `'`, `&` as `and`, single spaces, no trailing dot.
 */
function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .replace(/&/g, 'and')
    .replace(/\s+/g, ' ')
    .replace(/[.。](?= |$)/g, '')
    .trim();
}

function buildTable(): NameTable {
  const byName = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    if (!name) return;
    const key = normaliseName(name);
    if (key !== '' && !byName.has(key)) byName.set(key, code);
  };
  const displays = ['en', 'zh', 'zh-Hant'].map((locale) => new Intl.DisplayNames([locale], { type: 'region' }));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code) || !isCountryCode(code)) continue;
      for (const display of displays) {
        const name = display.of(code);
        add(name, code);
        // `Hong Kong SAR China` → `Hong Kong`; `Myanmar (Burma)` → `Myanmar`; `Congo - Kinshasa` stays whole.
        const short = name?.replace(/\s*\(.*\)$/, '').replace(/\s+SAR\s+China$/, '');
        if (short !== name) add(short, code);
      }
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) add(name, code);
  const firstWords = new Set<string>();
  let maxWords = 1;
  let maxHan = 1;
  for (const key of byName.keys()) {
    if (/^\p{Script=Han}+$/u.test(key)) {
      maxHan = Math.max(maxHan, key.length);
      continue;
    }
    const words = key.split(' ');
    firstWords.add(words[0]!);
    maxWords = Math.max(maxWords, words.length);
  }
  return { byName, firstWords, maxWords, maxHan };
}

function tableOnce(): NameTable {
  table ??= buildTable();
  return table;
}

/** True when `code` is a current ISO 3166-1 country (not `EU`, `UN`, `UK` or a withdrawn code). */
export function isCurrentCountry(code: string): boolean {
  return !NOT_COUNTRIES.has(code) && isCountryCode(code);
}

/**
 * The country a field value names (`United States`, `U.S.A.`, `德国`, `Hong Kong`), or an
 * ISO code written as one (`DE`). Null when the whole value is not a country name; see
 * {@link findCountryNames} for names inside longer text.
 */
export function countryFromName(value: string): string | null {
  const trimmed = value.trim().replace(/^[\s(（]+|[\s)）,;]+$/g, '');
  if (trimmed === '') return null;
  const cased = CASED_ALIASES[trimmed] ?? CASED_ALIASES[trimmed.toUpperCase()];
  if (cased) return cased;
  if (/^[A-Z]{2}$/.test(trimmed)) return isCurrentCountry(trimmed) ? trimmed : null;
  return tableOnce().byName.get(normaliseName(trimmed)) ?? null;
}

/** A country name found in text. */
export interface CountryMention {
  country: string;
  /** Where the name starts in the text. */
  index: number;
  /** The name as written. */
  text: string;
}

export interface FindCountryOptions {
  /** Also read names that are common given names or a US state (`Jordan`, `Georgia`, `Chad`). Default false. */
  ambiguous?: boolean;
}

/** {@link normaliseName} for one word, cheaply when it is plain ASCII (most words are). */
function wordKey(word: string): string {
  if (/^[\x20-\x7e]+$/.test(word)) {
    const lower = word.toLowerCase();
    return lower === '&' ? 'and' : lower.endsWith('.') ? lower.slice(0, -1) : lower;
  }
  return normaliseName(word);
}

/** Words for name look-up: letters and digits, with inner `'` `’` `.` `-` (`d’Ivoire`, `U.S.A.`, `Guinea-Bissau`), or `&`. */
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?|&/gu;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/**
 * Every country named in `text`, in order: English names between word boundaries (the
 * longest name starting at a word wins, so `Papua New Guinea` is not `Guinea`), Chinese names
 * anywhere in a run of Han characters. Linear in the length of the text.
 */
export function findCountryNames(text: string, options: FindCountryOptions = {}): CountryMention[] {
  const { byName, firstWords, maxWords, maxHan } = tableOnce();
  const mentions: CountryMention[] = [];
  const keep = (country: string) => options.ambiguous || !AMBIGUOUS.has(country);

  const words = [...text.matchAll(WORD)];
  const keys = words.map((w) => wordKey(w[0]));
  for (let i = 0; i < words.length; i++) {
    const cased = CASED_ALIASES[words[i]![0]];
    if (cased) {
      mentions.push({ country: cased, index: words[i]!.index, text: words[i]![0] });
      continue;
    }
    if (!firstWords.has(keys[i]!)) continue;
    for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
      const country = byName.get(n === 1 ? keys[i]! : keys.slice(i, i + n).join(' '));
      if (country === undefined) continue;
      if (keep(country)) {
        const last = words[i + n - 1]!;
        // A full stop after the name (`Spain.`) is not part of it; the dots of `U.S.` are.
        const lastWord = /^[^.]+\.$/.test(last[0]) ? last[0].slice(0, -1) : last[0];
        mentions.push({ country, index: words[i]!.index, text: text.slice(words[i]!.index, last.index + lastWord.length) });
      }
      i += n - 1;
      break;
    }
  }

  for (const run of text.matchAll(HAN_RUN)) {
    const chars = run[0];
    for (let p = 0; p < chars.length - 1; p++) {
      for (let len = Math.min(maxHan, chars.length - p); len >= 2; len--) {
        const name = chars.slice(p, p + len);
        const country = byName.get(name);
        if (country === undefined) continue;
        if (keep(country)) mentions.push({ country, index: run.index + p, text: name });
        p += len - 1;
        break;
      }
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}
