/**
 * Draws one customer's hidden persona (archetype, market, size, rhythm, habits, terms) and the
 * customer record a rep would have typed from it.
 */
import type { BuyerType, Credit, Level, Stage, ValuedFactor } from '../../core/customer.ts';
import type { Incoterm } from '../../core/order.ts';
import { ARCHETYPES, type Archetype, type PaymentHabit, type Trend } from './archetypes.ts';
import type { BookContext } from './book-context.ts';
import { productsFor, type Focus, type Product } from './catalogue.ts';
import { companyDomain, companyName } from './company-names.ts';
import { COUNTRIES, type City, type CountryProfile, type Season } from './countries.ts';
import { isoDate, isoInstant, yearOf, type Day } from './dates.ts';
import type { DemoCustomer } from './demo-book.ts';
import type { NamePool } from './names.ts';
import { destinationPort } from './ports.ts';
import { Random } from './random.ts';

/** Everything that drives a customer's generated history; hidden from the product. */
export interface Persona {
  index: number;
  key: string;
  rng: Random;
  archetype: Archetype;
  prospect: boolean;
  country: CountryProfile;
  city: City;
  zone: string;
  /** Naming culture of the firm's founders (contacts draw their own from the country mix). */
  people: NamePool;
  buyerType: BuyerType;
  /** Latent yearly purchases in USD at today's level, before churn. */
  value: number;
  /** Mean days between orders at today's level. */
  interval: number;
  jitter: number;
  payment: PaymentHabit;
  loyalty: Level;
  trend: Trend;
  season: Season | null;
  focus: Focus;
  basket: Product[];
  currency: string;
  /** USD per unit of `currency`. */
  rate: number;
  incoterm: Incoterm;
  paymentTermDays: number;
  /** 0 = bottom of each price band, 1 = top. */
  pricePosition: number;
  firstContact: Day;
  /** Earliest day of the first order in the window. */
  firstOrderFrom: Day;
  churnDay: Day | null;
  /** Odds an order is followed by a complaint; odds a quote between orders is lost. */
  complaintRate: number;
  lostQuoteRate: number;
  domains: string[];
  /** Host the firm mails from when not the bare domain (`sales.acme.de`). */
  mailHost: string | null;
  stage: Stage;
  ownerKey: string;
  sharedWithKeys: string[];
  port: string;
}

const PHI = 0.6180339887498949;
const SQRT2 = 0.41421356237309515;

const COUNTRY_CDF = cumulative(COUNTRIES.map((c) => c.weight));
const ARCHETYPE_CDF = cumulative(ARCHETYPES.map((a) => a.weight));

function cumulative(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let run = 0;
  return weights.map((w) => (run += w / total));
}

function fromCdf<T>(items: readonly T[], cdf: readonly number[], u: number): T {
  const i = cdf.findIndex((c) => u < c);
  return items[i === -1 ? items.length - 1 : i] as T;
}

const TURNOVER_BANDS = [[1e6, '<1M'], [1e7, '1-10M'], [5e7, '10-50M'], [2.5e8, '50-250M'], [Infinity, '>250M']] as const;

function turnoverBand(turnover: number): DemoCustomer['turnoverBand'] {
  return (TURNOVER_BANDS.find(([limit]) => turnover < limit) ?? TURNOVER_BANDS[4])[1];
}

function creditOf(rng: Random, payment: PaymentHabit, known: boolean): Credit {
  if (!known) return 'unknown';
  switch (payment) {
    case 'prompt': return rng.chance(0.9) ? 'good' : 'fair';
    case 'ok': return rng.weighted([['good', 5], ['fair', 4], ['unknown', 1]]);
    case 'late': return rng.weighted([['fair', 6], ['poor', 3], ['unknown', 1]]);
    case 'very_late': return rng.chance(0.8) ? 'poor' : 'fair';
  }
}

function valuedFactors(rng: Random, archetype: Archetype): ValuedFactor[] {
  const chosen = archetype.valued.filter(([, odds]) => rng.chance(odds)).map(([factor]) => factor);
  if (chosen.length === 0) chosen.push(archetype.valued[0]?.[0] ?? 'price');
  return chosen.slice(0, 4);
}

function ownerFor(rng: Random, ctx: BookContext, world: CountryProfile['world']): string {
  const teams = ctx.team.teams.filter((t) => t.markets.includes(world) && t.repKeys.length > 0);
  const team = teams.length > 0 ? rng.pick(teams) : ctx.team.teams[0];
  const reps = team?.repKeys ?? ['rep-1'];
  // The first rep of a team is the senior one with the larger book.
  return rng.weighted(reps.map((key, i) => [key, i === 0 ? 1.6 : 1] as const));
}

function pickSeason(rng: Random, archetype: Archetype, country: CountryProfile): Season | null {
  if (country.seasons.length === 0 || !rng.chance(archetype.seasonal)) return null;
  return rng.pick(country.seasons);
}

function focusFor(rng: Random, archetype: Archetype, season: Season | null): Focus {
  if (season === 'back_to_school' && rng.chance(0.7)) return 'school';
  if (season === 'lunar_new_year' && rng.chance(0.5)) return 'gifts';
  return rng.weighted(archetype.focus);
}

function basketFor(rng: Random, focus: Focus, value: number): Product[] {
  const products = productsFor(focus);
  const n = Math.max(1, Math.min(8, Math.round(1 + (Math.log10(value) - 4) * 1.6 + rng.between(-1, 1.5))));
  return rng.sample(products, n);
}

function currencyFor(rng: Random, ctx: BookContext, country: CountryProfile): string {
  const local = country.currency;
  if (local && ctx.rates.has(local[0]) && rng.chance(local[1])) return local[0];
  return 'USD';
}

function scopeNotes(p: Persona): string {
  const what = p.basket.map((x) => x.name.split(',')[0]?.toLowerCase() ?? '').slice(0, 3).join(', ');
  const whom: Record<BuyerType, string> = {
    distributor: 'Distributes small appliances and housewares to retailers',
    wholesaler: 'Wholesaler of housewares to shops and market traders',
    importer: 'Imports and distributes kitchen appliances',
    retailer: 'Retailer of kitchen and home products',
    chain_store: 'Retail chain with stores across the country',
    brand_owner: 'Sells under its own brand',
    end_user: p.focus === 'hotel' ? 'Hotel and restaurant group buying for its own properties' : 'Buys promotional and gift items for corporate clients',
    trading_company: 'Trading company sourcing for buyers in the region',
  };
  const own = p.buyerType !== 'brand_owner' && p.archetype.brandOwner > 0.3 && p.rng.chance(0.5) ? '; private label on part of the range' : '';
  return `${whom[p.buyerType]} in ${p.city[0]} (${p.city[1]})${own}. Buys ${what}. Usual terms ${incotermPlace(p)}, ${p.paymentTermDays} days after shipment.`;
}

const ORIGIN_TERMS = new Set(['EXW', 'FCA', 'FAS', 'FOB']);

/** The customer's usual incoterm with its named place: origin port for FOB and kin, destination otherwise. */
export function incotermPlace(p: Pick<Persona, 'incoterm' | 'port' | 'country' | 'city' | 'zone'>): string {
  if (p.incoterm === 'EXW') return 'EXW Cixi factory';
  if (ORIGIN_TERMS.has(p.incoterm)) return `${p.incoterm} ${p.port}`;
  return `${p.incoterm} ${p.incoterm === 'DAP' || p.incoterm === 'DDP' || p.incoterm === 'DPU' ? p.city[0] : destinationPort(p.country.code, p.city[0], p.zone)}`;
}

/**
 * Draws customer `index` (0-based) of the book. Country and archetype follow low-discrepancy
 * sequences so even a small book covers the markets in proportion; the rest is seeded per customer.
 */
export function drawPersona(ctx: BookContext, index: number): { persona: Persona; customer: DemoCustomer } {
  const rng = new Random(ctx.seed, 'customer', index);
  const country = fromCdf(COUNTRIES, COUNTRY_CDF, (ctx.countryPhase + (index + 1) * PHI) % 1);
  const archetype = fromCdf(ARCHETYPES, ARCHETYPE_CDF, (ctx.archetypePhase + (index + 1) * SQRT2) % 1);
  const prospect = archetype.key === 'prospect';
  const city = rng.pick(country.cities);
  const people = rng.weighted(country.people);
  const buyerType = rng.weighted(archetype.buyerTypes);
  const value = Math.round(rng.logUniform(archetype.yearlyValue[0], archetype.yearlyValue[1]));
  let trend = rng.weighted(archetype.trends);
  const season = pickSeason(rng, archetype, country);
  const focus = focusFor(rng, archetype, season);
  const payment = rng.weighted(archetype.payment);
  const span = ctx.today - ctx.start;

  const established = rng.chance(archetype.established);
  const firstContact = established
    ? ctx.start - Math.round(rng.logUniform(30, 2900))
    : prospect
      ? ctx.today - Math.round(rng.logUniform(4, Math.min(540, span)))
      : ctx.start + rng.int(0, Math.max(0, span - 150));
  const firstOrderFrom = established ? ctx.start : firstContact + rng.int(25, 110);
  const interval = rng.between(archetype.interval[0], archetype.interval[1]);
  let churnDay: Day | null = null;
  if (trend === 'churn') {
    const day = ctx.today - rng.int(365, 700);
    if (day > firstOrderFrom + interval * 1.5) churnDay = day;
    else trend = 'decline';
  }
  const tenure = ctx.today - firstContact;
  let stage = rng.weighted(archetype.stages);
  if (tenure < 400 || prospect) stage = 'vendor';
  else if (tenure < 800 && stage === 'strategic') stage = 'partner';

  const place = city[0];
  const name = companyName(rng, country, people, buyerType, place, ctx.takenNames);
  const freemailOnly = rng.chance(
    0.04 + (buyerType === 'trading_company' || buyerType === 'retailer' ? 0.07 : 0) + (['BD', 'PK', 'NG', 'GH', 'EG', 'KE'].includes(country.code) ? 0.1 : 0),
  ) && value < 400_000;
  const domains: string[] = [];
  let mailHost: string | null = null;
  if (!freemailOnly) {
    const first = companyDomain(rng, country, name, place, ctx.takenDomains);
    domains.push(first);
    if (rng.chance(0.05)) {
      const label = first.slice(0, first.indexOf('.'));
      const other = first.endsWith('.com') ? `${label}.${country.tld}` : `${label}.com`;
      const second = ctx.takenDomains.has(other) ? `${label}group.com` : other;
      if (!ctx.takenDomains.has(second)) {
        ctx.takenDomains.add(second);
        domains.push(second);
      }
    }
    if (value > 60_000 && rng.chance(0.05)) mailHost = `${rng.weighted([['sales', 6], ['mail', 2], [country.code.toLowerCase(), 2]] as const)}.${first}`;
  }

  const codeNo = (ctx.codeCounters.get(country.code) ?? 0) + 1;
  ctx.codeCounters.set(country.code, codeNo);
  const key = `cust-${String(index + 1).padStart(5, '0')}`;
  const ownerKey = ownerFor(rng, ctx, country.world);
  const otherReps = ctx.team.users.filter((u) => u.role === 'rep' && u.key !== ownerKey).map((u) => u.key);
  const sharedWithKeys = otherReps.length > 0 && rng.chance(0.03) ? [rng.pick(otherReps)] : [];

  const rate = 1;
  const persona: Persona = {
    index, key, rng, archetype, prospect, country, city, zone: city[2] ?? country.zone, people, buyerType, value,
    interval, jitter: rng.between(archetype.jitter[0], archetype.jitter[1]), payment,
    loyalty: rng.weighted(archetype.loyalty), trend, season, focus, basket: basketFor(rng, focus, value),
    currency: 'USD', rate, incoterm: rng.weighted(archetype.incoterms),
    paymentTermDays: buyerType === 'chain_store' ? rng.pick([45, 60, 60]) : rng.pick([30, 30, 45, 60]),
    pricePosition: Math.min(1, Math.max(0, 0.75 - (Math.log10(value) - 4) * 0.2 + rng.normal() * 0.12)),
    firstContact, firstOrderFrom, churnDay,
    complaintRate: rng.chance(0.3) ? rng.between(0.08, 0.2) : rng.between(0, 0.04),
    lostQuoteRate: archetype.loyalty.some(([l, w]) => l === 'low' && w >= 5) ? rng.between(0.3, 0.7) : rng.between(0.05, 0.35),
    domains, mailHost, stage, ownerKey, sharedWithKeys,
    port: rng.weighted([['Ningbo', 6], ['Shenzhen', 2.5], ['Shanghai', 1.5]] as const),
  };
  persona.currency = currencyFor(rng, ctx, country);
  persona.rate = ctx.rates.get(persona.currency) ?? 1;

  const wallet = rng.logUniform(archetype.walletShare[0], archetype.walletShare[1]);
  const turnover = value / wallet;
  const staff = Math.max(2, Math.round(turnover / rng.logUniform(120_000, 450_000)));
  // Big firms are rarely young: at least ~2 years plus 6 per decade of turnover above USD 1M.
  const minimumAge = Math.min(40, Math.max(2, 2 + 6 * Math.log10(turnover / 1e6)));
  const founded = Math.min(yearOf(firstContact), yearOf(ctx.today) - Math.round(Math.max(minimumAge, rng.logUniform(2, 70))));
  const languages = [...new Set([country.language, ...(country.englishShare > 0 ? ['en'] : [])])];
  const createdMinute = rng.int(60, 600);

  const customer: DemoCustomer = {
    key,
    code: `${country.code}-${String(codeNo).padStart(4, '0')}`,
    name: name.name,
    country: country.code,
    region: city[1],
    buyerType,
    brandRelation: buyerType === 'brand_owner' || rng.chance(archetype.brandOwner) ? 'owner' : 'user',
    stage,
    staff: rng.chance(prospect ? 0.4 : 0.85) ? staff : null,
    turnoverBand: rng.chance(prospect ? 0.5 : 0.9) ? turnoverBand(turnover) : null,
    founded: rng.chance(0.7) ? founded : null,
    credit: creditOf(rng, payment, !prospect && tenure > 200),
    scopeNotes: null,
    domains,
    valuedFactors: valuedFactors(rng, archetype),
    newProductResponsiveness: rng.weighted(archetype.newProduct),
    deliverySensitivity: rng.weighted(archetype.delivery),
    languages,
    timeZone: persona.zone,
    customHolidays: customHolidays(rng, ctx, country),
    holidayGreetings: { add: [], skip: [] },
    ownerKey,
    sharedWithKeys,
    createdAt: isoInstant(firstContact, createdMinute),
  };
  customer.scopeNotes = scopeNotes(persona);
  return { persona, customer };
}

function customHolidays(rng: Random, ctx: BookContext, country: CountryProfile): DemoCustomer['customHolidays'] {
  if (!rng.chance(0.04)) return [];
  const year = yearOf(ctx.today);
  if (country.world === 'Europe') {
    const from = Date.UTC(year, 7, 1) / 86_400_000 < ctx.today ? year + 1 : year;
    return [{ date: `${from}-08-${String(rng.int(1, 14)).padStart(2, '0')}`, name: 'Company summer shutdown (warehouse closed)' }];
  }
  return [{ date: isoDate(ctx.today + rng.int(20, 300)), name: rng.pick(['Annual stocktaking', 'Company anniversary', "Founder's Day"]) }];
}
