/**
 * Where a buyer is, from the clues a mail carries, each with how far it can be trusted: the
 * country a marketplace states, a phone number's prefix, an address, a country named in the
 * signature, the sender's country-code domain, a country named in the message.
 */
import { registrableDomain } from '../address/domain.ts';
import { isFreeMailDomain } from '../address/free-mail.ts';
import { isCurrentCountry } from './country-names.ts';

/** Where a country guess comes from. */
export type CountrySource = 'marketplace' | 'phone' | 'address' | 'signature' | 'cctld' | 'text';

/** How much each clue alone is worth (0–1). */
export const COUNTRY_CONFIDENCE: Readonly<Record<CountrySource, number>> = {
  // The platform saw the buyer's registration and IP.
  marketplace: 0.85,
  address: 0.75,
  // A mobile travels, and a company may use a number abroad.
  phone: 0.7,
  signature: 0.6,
  cctld: 0.6,
  // `we import to Spain`, `your factory in Vietnam`: often, not always, the buyer's own.
  text: 0.3,
};

/** A free-mail domain under a country code (`yahoo.co.uk`, `mail.ru`) says less than a company domain. */
const FREE_MAIL_CCTLD = 0.35;

/** One clue. */
export interface CountryClue {
  country: string;
  source: CountrySource;
  /** Defaults to {@link COUNTRY_CONFIDENCE} for the source. */
  confidence?: number;
}

/**
 * Country-code TLDs sold as generic names (`.io`, `.ai`, `.co`, `.me`, `.tv`): a company at
 * `acme.io` says nothing about where it is. They still count under a second level (`acme.com.co`).
 */
const VANITY_TLDS = new Set(['ac', 'ad', 'ag', 'ai', 'am', 'as', 'bz', 'cc', 'cd', 'cf', 'co', 'cx', 'dj', 'fm', 'ga', 'gd', 'gg', 'gl', 'gq', 'gs', 'im', 'io', 'la', 'ly', 'me', 'ml', 'ms', 'mu', 'nu', 'pw', 'sc', 'sh', 'so', 'st', 'tk', 'tm', 'to', 'tv', 'vc', 'vg', 'ws']);

/** ccTLDs whose code differs from the ISO country (`.uk` → GB). */
const TLD_COUNTRY: Record<string, string> = { uk: 'GB' };

/**
 * The country a domain's ccTLD names (`acme.de` → DE, `foo.co.uk` → GB, `bar.com.co` → CO),
 * or null for generic TLDs (`.com`, `.eu`) and country codes sold as generic names (`.io`).
 */
export function countryOfDomain(domainOrAddress: string): string | null {
  const registrable = registrableDomain(domainOrAddress);
  if (registrable === null) return null;
  const labels = registrable.split('.');
  const tld = labels[labels.length - 1]!;
  if (!/^[a-z]{2}$/.test(tld)) return null;
  // Under a second level (`com.co`) the country code means the country again.
  if (VANITY_TLDS.has(tld) && labels.length < 3) return null;
  const country = TLD_COUNTRY[tld] ?? tld.toUpperCase();
  return isCurrentCountry(country) ? country : null;
}

/** The clue a sender's domain gives: its ccTLD, worth less on free-mail. */
export function domainClue(domainOrAddress: string): CountryClue | null {
  const country = countryOfDomain(domainOrAddress);
  if (country === null) return null;
  return { country, source: 'cctld', confidence: isFreeMailDomain(domainOrAddress) ? FREE_MAIL_CCTLD : COUNTRY_CONFIDENCE.cctld };
}

/** A country guess as `InquirySignals.countryGuesses` holds it. */
export interface CountryGuess {
  country: string;
  /** The strongest clue behind the guess. */
  source: CountrySource;
  /** 0–1: independent clues for the same country add up (1 − Π(1 − c)), capped at 0.99. */
  confidence: number;
}

/**
 * One guess per country, strongest first. Clues of different sources for the same country
 * combine as independent evidence (the same source said twice counts once); the guess names
 * its strongest clue as its source.
 */
export function combineCountryClues(clues: readonly CountryClue[]): CountryGuess[] {
  const perSource = new Map<string, CountryClue & { confidence: number }>();
  for (const clue of clues) {
    const confidence = clue.confidence ?? COUNTRY_CONFIDENCE[clue.source];
    const id = `${clue.country} ${clue.source}`;
    if ((perSource.get(id)?.confidence ?? -1) < confidence) perSource.set(id, { ...clue, confidence });
  }
  const byCountry = new Map<string, { doubt: number; source: CountrySource; strongest: number }>();
  for (const clue of perSource.values()) {
    const { confidence } = clue;
    const entry = byCountry.get(clue.country) ?? { doubt: 1, source: clue.source, strongest: 0 };
    entry.doubt *= 1 - confidence;
    if (confidence > entry.strongest) {
      entry.strongest = confidence;
      entry.source = clue.source;
    }
    byCountry.set(clue.country, entry);
  }
  return [...byCountry.entries()]
    .map(([country, { doubt, source }]) => ({ country, source, confidence: Math.round(Math.min(0.99, 1 - doubt) * 100) / 100 }))
    .sort((a, b) => b.confidence - a.confidence || a.country.localeCompare(b.country));
}
