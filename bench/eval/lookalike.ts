/**
 * How well the look-alike index tells forged sender domains from genuine ones. The genuine
 * domains are the demo book's customers plus the company's own; positives are mutations of
 * them by kind (one edit, swap, doubled letter, homoglyph, Cyrillic IDN, other ending, hyphen,
 * subdomain trick, added word), negatives are domains that must stay quiet (unrelated firms of
 * another book, genuine second domains, exact and subdomain matches, free mail, marketplaces,
 * random short names). Deterministic for a seed.
 *
 *   npx tsx bench/eval/lookalike.ts [seed=20261125]
 */
import { pathToFileURL } from 'node:url';
import { isFreeMailDomain, MARKETPLACES, registrableDomain, toAsciiDomain } from '../../core/address/index.ts';
import { buildLookalikeIndex, type LookalikeEntry } from '../../core/trust/lookalike-index.ts';
import { labelSkeleton } from '../../core/trust/skeleton.ts';
import { lookalikeDetail } from '../../core/trust/trust-reasons.ts';
import { bookContext } from '../../server/demo/book-context.ts';
import { drawPersona } from '../../server/demo/persona.ts';
import { Random } from '../../server/demo/random.ts';

export const EVAL_SEED = 20_261_125;
export const OWN_DOMAINS = ['lumen-home.example', 'lumenhome.example'];

/** A customer of the demo book with the domains it owns. */
export interface BookCustomer {
  customerId: string;
  name: string;
  domains: string[];
}

/**
 * The demo book's customers (the first step of `streamBook`, without orders and mail, so 150,000
 * take seconds), with their mail domains.
 */
export function* bookCustomers(customers: number, seed = EVAL_SEED): Generator<BookCustomer> {
  const ctx = bookContext({ seed, customers, today: '2026-11-25', ownDomain: OWN_DOMAINS[0]! });
  for (let index = 0; index < customers; index++) {
    const { customer } = drawPersona(ctx, index);
    yield { customerId: customer.key, name: customer.name, domains: customer.domains };
  }
}

/** Index entries for a book: the company's own domains, then every customer domain. */
export function lookalikeEntries(book: Iterable<BookCustomer>): LookalikeEntry[] {
  const entries: LookalikeEntry[] = OWN_DOMAINS.map((domain) => ({ domain, owner: { kind: 'company' } }));
  for (const { customerId, name, domains } of book) for (const domain of domains) entries.push({ domain, owner: { kind: 'customer', customerId, name } });
  return entries;
}

export interface LookalikeScore {
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
  /** Positives by mutation kind. */
  byKind: Record<string, { n: number; detected: number }>;
  /** Negatives by kind, `detected` being false alarms. */
  negativesByKind: Record<string, { n: number; detected: number }>;
  /**
   * Domains of the other book that carry a genuine name under another ending (`sunpower.com.hk`
   * beside `sunpower.com`): look-alikes by definition (another TLD), so neither side of the count.
   */
  sameNameSkipped: number;
  /** A few misses and false alarms, to read. */
  examples: { missed: string[]; falseAlarms: string[] };
}

const PER_KIND = 250;
const CYRILLIC: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј' };
const ASCII_HOMOGLYPHS: ReadonlyArray<readonly [string, string]> = [
  ['m', 'rn'],
  ['rn', 'm'],
  ['w', 'vv'],
  ['d', 'cl'],
  ['l', '1'],
  ['o', '0'],
  ['i', '1'],
];
const ENDINGS = ['com', 'net', 'co', 'org', 'cn', 'de', 'co.uk', 'com.cn', 'biz', 'info', 'us', 'hk'];
const LURES = ['pay-portal', 'secure-mail', 'invoice-online', 'mailer', 'docs-share', 'account-verify'];
const WORDS = ['group', 'global', 'trading', 'payments', 'intl', 'hk', 'office', 'team', 'export', 'limited'];
const FREE_MAIL = ['gmail.com', 'googlemail.com', 'hotmail.com', 'outlook.com', 'live.com', 'yahoo.com', 'yahoo.co.jp', '163.com', '126.com', 'qq.com', 'foxmail.com', 'sina.com', 'sohu.com', 'aliyun.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.ru', 'yandex.ru', 'naver.com', 'daum.net', 'libero.it', 'orange.fr', 'free.fr', 'icloud.com', 'proton.me', 'zoho.com', 'rediffmail.com', 'uol.com.br', 'bol.com.br'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

type Mutation = (rng: Random, label: string, suffix: string) => string | null;

function splitDomain(domain: string): [string, string] {
  const dot = domain.indexOf('.');
  return [domain.slice(0, dot), domain.slice(dot + 1)];
}

/** The name part of a domain as a reader takes it in: skeleton, no hyphens. */
function nameOf(domain: string): string {
  return labelSkeleton(splitDomain(domain)[0]).replace(/-/g, '');
}

function letterPositions(label: string): number[] {
  return [...label].flatMap((c, i) => (c === '-' ? [] : [i]));
}

const MUTATIONS: Record<string, Mutation> = {
  one_edit(rng, label, suffix) {
    const at = rng.pick(letterPositions(label));
    const letter = rng.pick([...LETTERS].filter((c) => c !== label[at]));
    const how = rng.pick(['change', 'add', 'drop']);
    if (how === 'change') return `${label.slice(0, at)}${letter}${label.slice(at + 1)}.${suffix}`;
    if (how === 'add') return `${label.slice(0, at)}${letter}${label.slice(at)}.${suffix}`;
    return `${label.slice(0, at)}${label.slice(at + 1)}.${suffix}`;
  },
  swap(rng, label, suffix) {
    const spots = [...label].flatMap((c, i) => (i + 1 < label.length && c !== '-' && label[i + 1] !== '-' && c !== label[i + 1] ? [i] : []));
    if (spots.length === 0) return null;
    const at = rng.pick(spots);
    return `${label.slice(0, at)}${label[at + 1]}${label[at]}${label.slice(at + 2)}.${suffix}`;
  },
  double(rng, label, suffix) {
    const at = rng.pick(letterPositions(label));
    return `${label.slice(0, at)}${label[at]}${label.slice(at)}.${suffix}`;
  },
  homoglyph(rng, label, suffix) {
    const options = ASCII_HOMOGLYPHS.filter(([from]) => label.includes(from));
    if (options.length === 0) return null;
    const [from, to] = rng.pick(options);
    const spots = [...label.matchAll(new RegExp(from, 'g'))].map((m) => m.index);
    const at = rng.pick(spots);
    return `${label.slice(0, at)}${to}${label.slice(at + from.length)}.${suffix}`;
  },
  idn_cyrillic(rng, label, suffix) {
    const spots = [...label].flatMap((c, i) => (CYRILLIC[c] ? [i] : []));
    if (spots.length === 0) return null;
    const chars = [...label];
    for (let n = rng.chance(0.5) ? 2 : 1; n > 0; n--) {
      const at = rng.pick(spots);
      chars[at] = CYRILLIC[label[at]!] ?? chars[at]!;
    }
    return toAsciiDomain(`${chars.join('')}.${suffix}`);
  },
  tld_swap(rng, label, suffix) {
    return `${label}.${rng.pick(ENDINGS.filter((e) => e !== suffix))}`;
  },
  hyphen(rng, label, suffix) {
    const hyphens = [...label.matchAll(/-/g)].map((m) => m.index);
    if (hyphens.length > 0 && rng.chance(0.5)) {
      const at = rng.pick(hyphens);
      return `${label.slice(0, at)}${label.slice(at + 1)}.${suffix}`;
    }
    const spots = [...label].flatMap((c, i) => (i >= 2 && i <= label.length - 2 && c !== '-' && label[i - 1] !== '-' ? [i] : []));
    if (spots.length === 0) return null;
    const at = rng.pick(spots);
    return `${label.slice(0, at)}-${label.slice(at)}.${suffix}`;
  },
  subdomain(rng, label, suffix) {
    const tld = rng.pick(['net', 'com', 'io', 'info']);
    if (rng.chance(0.5)) return `${label}.${suffix}.${rng.pick(LURES)}.${tld}`;
    return `${label}-${suffix.replace(/\./g, '-')}.${tld}`;
  },
  added_word(rng, label, suffix) {
    const word = rng.pick(WORDS);
    return rng.chance(0.5) ? `${label}-${word}.${suffix}` : `${label}${word}.${suffix}`;
  },
};

/** Runs the evaluation over 2,000 demo customers. */
export function evaluateLookalike(seed = EVAL_SEED): LookalikeScore {
  const book = [...bookCustomers(2_000, seed)];
  const index = buildLookalikeIndex(lookalikeEntries(book));
  const genuine = [...OWN_DOMAINS, ...book.flatMap((c) => c.domains)];
  const known = new Set(genuine.map((d) => registrableDomain(d)));
  const rng = new Random(seed, 'lookalike-eval');

  const byKind: LookalikeScore['byKind'] = {};
  const negativesByKind: LookalikeScore['negativesByKind'] = {};
  const examples: LookalikeScore['examples'] = { missed: [], falseAlarms: [] };

  for (const [kind, mutate] of Object.entries(MUTATIONS)) {
    const score = (byKind[kind] = { n: 0, detected: 0 });
    for (let tries = 0; score.n < PER_KIND && tries < PER_KIND * 20; tries++) {
      const original = tries < OWN_DOMAINS.length * 4 ? OWN_DOMAINS[tries % OWN_DOMAINS.length]! : rng.pick(genuine);
      const [label, suffix] = splitDomain(original);
      const forged = mutate(rng, label, suffix);
      if (forged === null) continue;
      const registrable = registrableDomain(forged);
      if (registrable === null || known.has(registrable)) continue;
      score.n++;
      if (index.find(forged)) score.detected++;
      else if (examples.missed.length < 12) examples.missed.push(`${kind}: ${forged} (from ${original})`);
    }
  }

  const negative = (kind: string, domain: string) => {
    const score = (negativesByKind[kind] ??= { n: 0, detected: 0 });
    score.n++;
    const match = index.find(domain);
    if (match) {
      score.detected++;
      if (examples.falseAlarms.length < 12) examples.falseAlarms.push(`${kind}: ${domain} ~ ${match.like} (${lookalikeDetail(match.notes)})`);
    }
  };
  const names = new Set(genuine.map(nameOf));
  let sameNameSkipped = 0;
  for (const customer of bookCustomers(2_000, seed + 1)) {
    for (const domain of customer.domains) {
      if (known.has(registrableDomain(domain))) continue;
      if (names.has(nameOf(domain))) sameNameSkipped++;
      else negative('unrelated', domain);
    }
  }
  for (const customer of book) if (customer.domains.length > 1) negative('second_domain', customer.domains[1]!);
  for (let i = 0; i < PER_KIND; i++) {
    const domain = rng.pick(genuine);
    negative('exact', domain);
    negative('subdomain_of_known', `${rng.pick(['sales', 'mail', 'eu', 'export'])}.${domain}`);
  }
  for (const domain of FREE_MAIL) negative('free_mail', domain);
  for (const domain of MARKETPLACES.flatMap((m) => m.domains)) negative('marketplace', domain);
  for (let i = 0; i < PER_KIND; i++) {
    const length = rng.int(2, 5);
    const label = Array.from({ length }, () => rng.pick([...LETTERS])).join('');
    const domain = `${label}.${rng.pick(ENDINGS)}`;
    if (!known.has(registrableDomain(domain)) && !isFreeMailDomain(domain)) negative('short_random', domain);
  }

  const positives = Object.values(byKind).reduce((sum, k) => sum + k.n, 0);
  const truePositives = Object.values(byKind).reduce((sum, k) => sum + k.detected, 0);
  const negatives = Object.values(negativesByKind).reduce((sum, k) => sum + k.n, 0);
  const falsePositives = Object.values(negativesByKind).reduce((sum, k) => sum + k.detected, 0);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    positives,
    negatives,
    truePositives,
    falsePositives,
    precision: round(truePositives / Math.max(1, truePositives + falsePositives)),
    recall: round(truePositives / Math.max(1, positives)),
    byKind,
    negativesByKind,
    sameNameSkipped,
    examples,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seed = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(JSON.stringify(evaluateLookalike(seed), null, 2));
}
