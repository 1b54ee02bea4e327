/**
 * The little persona an inquiry reveals: what kind of buyer it hints at, where it comes from,
 * what it asks for, on which terms and roughly how much. Everything else stays unknown (null),
 * for the matcher to compare on what is there and to ask about what is not.
 */
import { rateOf, type TouchpointConfig } from '../config.ts';
import type { ValuedFactor } from '../customer.ts';
import type { InquirySender, InquirySignals } from '../inquiry-context.ts';
import { isCountryCode } from '../primitives.ts';
import { catalogueMatcher, categoriesOf } from './catalogue-match.ts';
import { buyerClassOf, emptyPersona, type PersonaProfile } from './persona-profile.ts';
import { worldRegionOf } from './world-region.ts';

/** Units a target price per piece multiplies (containers and cartons do not: their content is unknown). */
const PIECE_UNITS = new Set(['pc', 'pcs', 'piece', 'pieces', 'unit', 'units', 'set', 'sets', 'ea', 'nos', 'pairs', 'pair', '件', '个', '台', '套', '只']);

/** Country-code domains sold worldwide as vanity names (`.io`, `.co`): they say nothing of where a buyer sits. */
const VANITY_TLDS = new Set(['ac', 'ad', 'ag', 'ai', 'bz', 'cc', 'co', 'fm', 'gg', 'io', 'la', 'ly', 'me', 'nu', 'sh', 'so', 'tk', 'to', 'tv', 'vc', 'ws']);

function countryFromDomain(sender: InquirySender | undefined): string | null {
  if (!sender || sender.freeMail || sender.marketplace) return null;
  const tld = (sender.registrableDomain ?? sender.domain).split('.').at(-1)?.toLowerCase() ?? '';
  if (tld.length !== 2 || VANITY_TLDS.has(tld)) return null;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return isCountryCode(code) ? code : null;
}

/**
 * The largest piece quantity times the target price, in the base currency; without a target
 * price, times the book's typical price of the first product family asked for. Null when the
 * quantity or any price is missing.
 */
function estimatedOrder(signals: InquirySignals, config: Pick<TouchpointConfig, 'company'>, keys: readonly string[], unitPrices?: ReadonlyMap<string, number>): number | null {
  let pieces = 0;
  for (const q of signals.quantities) if (PIECE_UNITS.has(q.unit.trim().toLowerCase()) && q.value > pieces) pieces = q.value;
  if (pieces === 0) return null;
  if (signals.targetPrice) {
    const rate = rateOf(config, signals.targetPrice.currency);
    return rate === undefined ? null : Math.round(pieces * signals.targetPrice.amount * rate);
  }
  const typical = keys.map((k) => unitPrices?.get(k)).find((p) => p !== undefined);
  return typical === undefined ? null : Math.round(pieces * typical);
}

/**
 * The partial persona of an inquiry. Buyer type is the first hint; the country the most
 * confident guess, else the sender's country-code domain (not for free-mail or marketplaces);
 * products become catalogue keys and categories; order size is the piece quantity × the target
 * price, or × the book's typical unit price of the product (`unitPrices`, from
 * `UnitPriceCollector`) when no price is given. Certificates asked for add `certificates` to the valued factors,
 * a target price `price`; an urgent inquiry is delivery-sensitive.
 */
export function inquiryPersona(
  signals: InquirySignals,
  config: Pick<TouchpointConfig, 'company' | 'catalogue'>,
  sender?: InquirySender,
  unitPrices?: ReadonlyMap<string, number>,
): PersonaProfile {
  const profile = emptyPersona();
  const buyerType = signals.buyerTypeHints[0] ?? null;
  profile.buyerType = buyerType;
  profile.buyerClass = buyerClassOf(buyerType);

  let best: { country: string; confidence: number } | null = null;
  for (const guess of signals.countryGuesses) if (!best || guess.confidence > best.confidence) best = guess;
  profile.country = best?.country ?? countryFromDomain(sender);
  profile.region = worldRegionOf(profile.country);

  const match = catalogueMatcher(config.catalogue);
  const keys = new Set<string>();
  for (const product of signals.products) {
    if (product.catalogueKey) keys.add(product.catalogueKey);
    else for (const key of match(product.term)) keys.add(key);
  }
  profile.catalogueKeys = config.catalogue.map((c) => c.key).filter((k) => keys.has(k));
  profile.categories = categoriesOf(profile.catalogueKeys, config.catalogue);

  profile.incoterm = signals.incoterm;
  profile.orderSize = estimatedOrder(signals, config, profile.catalogueKeys, unitPrices);
  const valued: ValuedFactor[] = [];
  if (signals.certificates.length) valued.push('certificates');
  if (signals.targetPrice) valued.push('price');
  profile.valuedFactors = valued;
  if (signals.urgent) profile.deliverySensitivity = 'high';
  return profile;
}
