/**
 * Synthetic company names and their mail domains, built from per-culture word pools
 * ("Müller Haushaltswaren GmbH", "PT Sinar Jaya Elektronik", "Al Noor General Trading LLC").
 * Words are generic trade vocabulary; no name is taken from a real firm.
 */
import type { BuyerType } from '../../core/customer.ts';
import { DEFAULT_TEMPLATES, EN, TRADE_OF, WORDS } from './company-words.ts';
import type { CountryProfile } from './countries.ts';
import { asciiSlug, familyName, type NamePool } from './names.ts';
import type { Random } from './random.ts';

/** A company name and the word a domain is most naturally made from. */
export interface CompanyName {
  name: string;
  /** The distinctive part ("Rheinküche", "Sinar Jaya", "Müller"). */
  handle: string;
  /** The trade word used, if any ("Haushaltswaren"). */
  trade: string;
  /** Whether the handle alone makes a believable domain. */
  distinctive: boolean;
}

function fill(template: string, slots: Record<string, string>): string {
  return template
    .replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function draw(rng: Random, country: CountryProfile, people: NamePool, buyerType: BuyerType, place: string): CompanyName {
  const words = WORDS[country.words];
  const kind = TRADE_OF[buyerType];
  let template = rng.pick(words.templates ?? DEFAULT_TEMPLATES);
  const placeer = demonym(place);
  if (template.includes('{placeer}') && !placeer) template = '{brand} {trade} {suffix}';
  // A chain or a hotel group names its trade; "Dongbang Inc." could be anything.
  if ((kind === 'chain' || kind === 'hospitality') && !template.includes('{trade}')) {
    template = rng.pick((words.templates ?? DEFAULT_TEMPLATES).filter((t) => t.includes('{trade}') && !t.includes('{placeer}')).concat(['{brand} {trade} {suffix}']));
  }
  const suffix = rng.pick(country.suffixes);
  let trade = rng.pick(words.trades[kind] ?? EN.trades[kind] ?? ['Trading']);
  // "… General Trading LLC" already says what the firm does.
  if (trade.split(' ').some((t) => t.length > 3 && suffix.includes(t))) trade = '';
  const brand = rng.pick(words.brands);
  const enbrand = rng.pick(EN.brands);
  const family = familyName(rng, people);
  const slots = { brand, enbrand, family, place, placeer, trade, suffix };
  const prefix = LEGAL_PREFIX[country.code];
  const handle = template.includes('{brand}') ? brand : template.includes('{enbrand}') ? enbrand : template.includes('{family}') ? family : place;
  // A surname, a city or a short word alone is nobody's domain: only longer coinages stand alone.
  const distinctive = (handle === brand || handle === enbrand) && (handle.includes(' ') || handle.length >= 8);
  if (template.includes('{placeer}')) return { name: fill(template, slots), handle: `${placeer} ${trade.split(' ')[0] ?? ''}`, trade: '', distinctive: true };
  let name = fill(template, slots);
  if (prefix) name = name.replace(/^OOO /, `${prefix} `);
  return { name, handle, trade, distinctive };
}

/** Ukrainian and Kazakh firms write their own abbreviation for a limited company. */
const LEGAL_PREFIX: Record<string, string> = { UA: 'TOV', KZ: 'TOO' };

const DEMONYMS: Record<string, string> = { Bremen: 'Bremer', München: 'Münchner', Zürich: 'Zürcher', Basel: 'Basler', Wien: 'Wiener' };

/** "Hamburger", "Kölner": only for cities whose adjective is regular or known. */
function demonym(place: string): string {
  const known = DEMONYMS[place];
  if (known) return known;
  return /^[A-Za-zÄÖÜäöüß]+[bcdfghklmnprstz]$/.test(place) ? `${place}er` : '';
}

/**
 * A company name not yet in `taken` (which it joins). After a few tries the city is added,
 * then a numeral, as registries do with look-alike names.
 */
export function companyName(
  rng: Random,
  country: CountryProfile,
  people: NamePool,
  buyerType: BuyerType,
  place: string,
  taken: Set<string>,
): CompanyName {
  let candidate = draw(rng, country, people, buyerType, place);
  for (let i = 0; i < 6 && taken.has(candidate.name.toLowerCase()); i++) candidate = draw(rng, country, people, buyerType, place);
  if (taken.has(candidate.name.toLowerCase())) {
    const base = candidate.name;
    const suffix = country.suffixes.find((s) => s && base.endsWith(` ${s}`));
    const stem = suffix ? base.slice(0, -suffix.length - 1) : base;
    let name = `${stem} ${place}${suffix ? ` ${suffix}` : ''}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} ${place} ${n}${suffix ? ` ${suffix}` : ''}`;
    candidate = { ...candidate, name };
  }
  taken.add(candidate.name.toLowerCase());
  return candidate;
}

/**
 * A mail domain for the company, not yet in `taken` (which it joins): the handle on the
 * country's ending or `.com`, then with the trade word, the city, or a number.
 */
export function companyDomain(rng: Random, country: CountryProfile, company: CompanyName, place: string, taken: Set<string>): string {
  const umlauts = country.words === 'de';
  const handle = asciiSlug(company.handle, umlauts);
  const tradeWord = asciiSlug(company.trade.split(' ')[0] ?? '', umlauts);
  const tld = rng.chance(country.comShare) ? 'com' : country.tld;
  const join = (a: string, b: string) => (rng.chance(0.4) ? `${a}-${b}` : a + b);
  const candidates = [
    company.distinctive ? handle : '',
    tradeWord ? join(handle, tradeWord.slice(0, 16)) : '',
    join(handle, asciiSlug(place).slice(0, 10)),
    tld === 'com' ? `${handle}${country.code.toLowerCase()}` : '',
  ].filter((c) => c.length >= 3 && c.length <= 40);
  for (const label of candidates) {
    const domain = `${label}.${tld}`;
    if (!taken.has(domain)) {
      taken.add(domain);
      return domain;
    }
  }
  for (let n = 1; ; n++) {
    const domain = `${handle.slice(0, 30)}${n}.${tld}`;
    if (!taken.has(domain)) {
      taken.add(domain);
      return domain;
    }
  }
}
