/**
 * Reading an inquiry: from a mail by an unknown sender to `InquirySignals`, what the buyer asks
 * for and who and where they seem to be. Quoted earlier mail and the signature are set apart
 * first, so a product named in a quoted reply is not read as asked for; a marketplace
 * notification is read for the buyer it relays and the buyer's own message.
 */
import { parseMailbox } from '../address/index.ts';
import type { TouchpointConfig } from '../config.ts';
import type { InquiryBuyer, InquirySignals } from '../inquiry-context.ts';
import type { MailMessage } from '../message.ts';
import { findBuyerTypeHints } from './buyer-type-hints.ts';
import { findCertificates } from './certificates.ts';
import { combineCountryClues, COUNTRY_CONFIDENCE, domainClue, type CountryClue } from './country-guesses.ts';
import { countryFromName, findCountryNames } from './country-names.ts';
import { findIncoterm } from './incoterm.ts';
import { splitLabel } from './labelled-lines.ts';
import { detectLanguage } from './language.ts';
import { mailText } from './mail-text.ts';
import { marketplaceOfMessage, readMarketplace, type MarketplaceNotice } from './marketplace-notice.ts';
import { findProducts } from './products.ts';
import { findQuantities } from './quantities.ts';
import { asksForSample, isUrgent } from './requests.ts';
import { findInternationalPhones, readSignature, SIGNATURE_READ_MAX, type SignatureFacts } from './signature-facts.ts';
import { splitSignature } from './signature.ts';
import { stripQuoted } from './quoted-text.ts';
import { findTargetPrice } from './target-price.ts';

/** Most characters of the message scanned for signals; an inquiry says what it wants early. */
export const SCAN_MAX = 20_000;
/**
 * Most characters of an HTML-only mail converted (from `<body>`, quoted part left out): about
 * three times {@link SCAN_MAX} of text in typical mail markup. A marketplace notification may
 * carry the buyer's card after a heavily styled message, so it gets more.
 */
export const HTML_READ_MAX = 64_000;
export const MARKETPLACE_HTML_READ_MAX = 128_000;

/** The mail fields the reader uses. */
export type InquiryMail = Pick<MailMessage, 'from' | 'sender' | 'replyTo' | 'to' | 'cc' | 'subject' | 'bodyText' | 'bodyHtml'>;

/** What reading a mail gives. */
export interface InquiryReading {
  signals: InquirySignals;
  /** The text the sender wrote this time, without quoted mail or signature (for a marketplace notice: the buyer's message). */
  body: string;
  /** The signature block, or null when none was found. */
  signature: string | null;
  /** The notification as read, when a marketplace relayed the mail. */
  marketplace: MarketplaceNotice | null;
}

const ADDRESS_LINE = /^(add|add\.|addr|address|adresse|dirección|direccion|endereço|indirizzo|адрес|location|地址|公司地址)$/;

/** Country clues in a signature: labelled address lines and lines naming a country weigh as an address; the rest as a mention. */
function signatureClues(signature: string, facts: SignatureFacts): CountryClue[] {
  const clues: CountryClue[] = [];
  for (const phone of facts.phones) if (phone.country) clues.push({ country: phone.country, source: 'phone' });
  for (const line of signature.split('\n')) {
    const split = splitLabel(line);
    const isAddress = split !== null && ADDRESS_LINE.test(split.key);
    const searched = isAddress ? split.value : line;
    // A line that is an address, or ends with the country after a number (`28001 Madrid, Spain`), is an address.
    for (const m of findCountryNames(searched, { ambiguous: isAddress })) {
      const rest = searched.slice(m.index + m.text.length);
      const endsLine = rest.length <= 3 && /^[\s.,;)]*$/.test(rest);
      clues.push({ country: m.country, source: isAddress || (endsLine && /\d/.test(line)) ? 'address' : 'signature' });
    }
  }
  return clues;
}

/** Countries the message itself names (`we import to Spain`); China is left out, as the place the goods come from. */
function textClues(text: string): CountryClue[] {
  return findCountryNames(text)
    .filter((m) => m.country !== 'CN')
    .map((m) => ({ country: m.country, source: 'text' as const }));
}

function scanText(parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .join('\n')
    .normalize('NFKC')
    .slice(0, SCAN_MAX);
}

function configCurrencies(config: Pick<TouchpointConfig, 'company'>): string[] {
  return [config.company.baseCurrency, ...Object.keys(config.company.rates)];
}

/**
 * Reads an inquiry mail into signals. Never throws on odd input: an empty mail gives empty
 * signals. Products are matched against `config.catalogue` and the generic range words;
 * currencies the config lists are read besides the common ones.
 */
export function readInquiry(message: InquiryMail, config: Pick<TouchpointConfig, 'company' | 'catalogue'>): InquiryReading {
  const subject = message.subject ?? '';
  const maxHtml = marketplaceOfMessage(message) ? MARKETPLACE_HTML_READ_MAX : HTML_READ_MAX;
  const full = mailText(message, { skipQuotedHtml: true, maxHtml });
  const notice = readMarketplace(message, { text: full, ownDomains: config.company.domains });

  let body: string;
  let signature: string | null;
  let extra: string[] = [];
  const clues: CountryClue[] = [];
  if (notice) {
    ({ body, signature } = splitSignature(notice.message));
    extra = [notice.product ?? '', notice.quantity ? `Quantity: ${notice.quantity}` : '', notice.businessType ?? ''];
    if (notice.buyer.country) clues.push({ country: notice.buyer.country, source: 'marketplace' });
    if (notice.buyer.email) {
      const clue = domainClue(notice.buyer.email);
      if (clue) clues.push(clue);
    }
    if (notice.buyer.phone) for (const p of findInternationalPhones(notice.buyer.phone)) if (p.country) clues.push({ country: p.country, source: 'phone' });
  } else {
    ({ body, signature } = splitSignature(stripQuoted(full)));
    const sender = parseMailbox(message.from) ?? parseMailbox(message.sender ?? null);
    if (sender) {
      const clue = domainClue(sender.domain);
      if (clue) clues.push(clue);
    }
  }

  const facts = signature ? readSignature(signature) : null;
  // Clues read the same stretch of the signature as the facts.
  const fromSignature = signature && facts ? signatureClues(signature.slice(0, SIGNATURE_READ_MAX), facts) : [];
  clues.push(...fromSignature);
  const text = scanText([subject, ...extra, body]);
  clues.push(...textClues(scanText([body])));

  const signals: InquirySignals = {
    products: findProducts(text, config.catalogue),
    quantities: findQuantities(text),
    incoterm: findIncoterm(text),
    targetPrice: findTargetPrice(text, { currencies: configCurrencies(config) }),
    buyerTypeHints: findBuyerTypeHints(text),
    certificates: findCertificates(text),
    sampleRequested: asksForSample(text),
    urgent: isUrgent(text),
    countryGuesses: combineCountryClues(clues),
    language: detectLanguage(body.trim() !== '' ? body : subject),
    buyer: buyerOf(notice, facts, fromSignature),
  };
  return { signals, body, signature, marketplace: notice };
}

/** The buyer block: the marketplace's fields, else the signature's facts when they say anything. */
function buyerOf(notice: MarketplaceNotice | null, facts: SignatureFacts | null, signatureClues: readonly CountryClue[]): InquiryBuyer | null {
  if (notice) {
    return { source: 'marketplace', marketplace: notice.marketplace.name, ...notice.buyer };
  }
  if (!facts) return null;
  const country = signatureCountry(facts, signatureClues);
  const phone = facts.phones[0]?.number ?? null;
  if (!facts.company && !phone && !facts.website && !facts.email && !country) return null;
  return { source: 'signature', marketplace: null, name: facts.name, company: facts.company, country, email: facts.email, phone, website: facts.website };
}

/** The country a signature's address names, else the one its clues (phone, other lines) make likely. */
function signatureCountry(facts: SignatureFacts, signatureClues: readonly CountryClue[]): string | null {
  if (facts.address) {
    const named = countryFromName(facts.address) ?? findCountryNames(facts.address, { ambiguous: true }).at(-1)?.country ?? null;
    if (named) return named;
  }
  const strongest = combineCountryClues(signatureClues).find((g) => g.confidence >= COUNTRY_CONFIDENCE.signature);
  return strongest?.country ?? null;
}
