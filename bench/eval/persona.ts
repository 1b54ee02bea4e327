/**
 * How well persona matching finds a new buyer's kind among old customers. Holds out every
 * tenth customer of the demo book and presents each two ways: as its first inquiry mail, read by
 * `readInquiry` as the sidebar reads it (`mail`), and as signals an inquiry would typically
 * reveal (`inquiry`: country always; products from the inquiry mail or an order; buyer type,
 * incoterm, quantity × target price, certificates and urgency only sometimes). Each goes
 * through `inquiryPersona`, is matched against the other customers, and the neighbours are
 * scored against the hidden archetype (`truth.archetype`); the tier range against
 * `truth.tier`. Only this script reads `truth`: the index holds the tiers the product
 * computes. Deterministic for a seed.
 *
 *   npx tsx bench/eval/persona.ts [customers=2000] [seed=20261125]
 */
import { pathToFileURL } from 'node:url';
import { inquirySender, senderCandidates, type CustomerRecord, type InquirySignals, type Interaction, type Tier, type TouchpointConfig } from '../../core/index.ts';
import { readInquiry } from '../../core/inquiry/index.ts';
import { buildBookRevenue, tierStanding, twelveMonthRevenue } from '../../core/tier/index.ts';
import {
  UnitPriceCollector,
  buildPersonaIndex,
  catalogueKeysIn,
  derivePersona,
  inquiryPersona,
  matchPersona,
  type MatchOptions,
  type PersonaIndexEntry,
  type PersonaProfile,
} from '../../core/persona/index.ts';
import type { DemoTruth } from '../../server/demo/generate-book.ts';
import { Random } from '../../server/demo/random.ts';
import { demoRecords, EVAL_TODAY, exampleConfig } from './demo-records.ts';

export interface PersonaEvalOptions {
  /** Default 20261125. */
  seed?: number;
  /** Customers in the book. Default 2,000. */
  customers?: number;
  /** Every n-th customer is held out. Default 10 (200 of 2,000). */
  holdOutEvery?: number;
  /** Similar customers listed per match. Default 5. */
  k?: number;
  /**
   * The tier the index holds for a customer. Default: the tier the product computes
   * (`tierStanding` over the indexed book), so the predicted range is judged honestly.
   */
  tierOf?: (record: CustomerRecord, truth: DemoTruth) => Tier | null;
  /** Persona weights over the example config's, to compare settings. */
  personaWeights?: Record<string, number>;
  /** Passed to `matchPersona` (besides `k`). */
  match?: Omit<MatchOptions, 'k'>;
}

interface Score {
  n: number;
  top1: number;
  top5: number;
  /** Mean share of the five listed neighbours that share the archetype. */
  precision5: number;
  tierInRange: number;
  tierLikely: number;
}

export interface PersonaEval {
  book: number;
  heldOut: number;
  /** Matching the inquiry-sized partial persona. */
  inquiry: Score;
  /** Matching the held-out customer's first inquiry mail, read by `readInquiry` as the sidebar would. */
  mail: Score;
  /** Matching the held-out customer's whole derived persona (the ceiling the data allows). */
  full: Score;
  /** Chance that a random indexed customer shares the archetype (Σ share²), and that one of five random ones does. */
  chance: { top1: number; top5: number };
  /** Inquiry top-1 and top-5 by archetype. */
  byArchetype: Record<string, { n: number; top1: number; top5: number }>;
  /** How often each dimension was known in the inquiry personas. */
  known: Record<string, number>;
  /** Mean milliseconds per match over the held-out inquiries. */
  msPerMatch: number;
}

const TIERS: readonly Tier[] = ['A', 'B', 'C', 'D'];

/** The signals a first inquiry from this customer would carry, drawn with a seeded coin. */
/** The customer's first inquiry we received, if any is on record. */
function firstInquiry(record: CustomerRecord): Interaction | undefined {
  return record.interactions.filter((i) => i.kind === 'inquiry' && i.direction === 'received').sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))[0];
}

function inquiryOf(record: CustomerRecord, profile: PersonaProfile, config: TouchpointConfig, rng: Random): InquirySignals {
  const firstInquiry_ = firstInquiry(record);
  const products: InquirySignals['products'] = [];
  const text = firstInquiry_ ? `${firstInquiry_.subject ?? ''} ${firstInquiry_.excerpt ?? ''}` : '';
  const named = text ? catalogueKeysIn(text, config.catalogue) : [];
  if (named.length) for (const key of named) products.push({ term: key, catalogueKey: key });
  else {
    const lines = record.orders.flatMap((o) => o.lines);
    for (const line of rng.sample(lines, rng.int(1, 2))) products.push({ term: line.product, catalogueKey: null });
  }
  const line = rng.chance(0.4) ? rng.sample(record.orders.flatMap((o) => o.lines.map((l) => ({ l, currency: o.currency }))), 1)[0] : undefined;
  return {
    products,
    quantities: line ? [{ value: line.l.quantity, unit: line.l.unit, text: `${line.l.quantity} ${line.l.unit}` }] : [],
    incoterm: rng.chance(0.5) ? profile.incoterm : null,
    targetPrice: line ? { amount: line.l.unitPrice, currency: line.currency } : null,
    buyerTypeHints: profile.buyerType && rng.chance(0.4) ? [profile.buyerType] : [],
    certificates: profile.valuedFactors.includes('certificates') && rng.chance(0.6) ? ['CE'] : [],
    sampleRequested: rng.chance(0.3),
    urgent: profile.deliverySensitivity === 'high' && rng.chance(0.3),
    countryGuesses: profile.country ? [{ country: profile.country, source: 'signature', confidence: 0.8 }] : [],
    language: null,
  };
}

function emptyScore(): Score {
  return { n: 0, top1: 0, top5: 0, precision5: 0, tierInRange: 0, tierLikely: 0 };
}

function finish(score: Score): Score {
  const r = (x: number) => Math.round((x / Math.max(1, score.n)) * 1000) / 1000;
  return { n: score.n, top1: r(score.top1), top5: r(score.top5), precision5: r(score.precision5), tierInRange: r(score.tierInRange), tierLikely: r(score.tierLikely) };
}

/** Runs the evaluation; see the module comment. */
export function evaluatePersona(options: PersonaEvalOptions = {}): PersonaEval {
  const { seed = 20_261_125, customers = 2_000, holdOutEvery = 10, k = 5 } = options;
  const example = exampleConfig();
  const all = [...demoRecords({ seed, customers, today: EVAL_TODAY })];
  const revenue = buildBookRevenue(all.filter((_, i) => i % holdOutEvery !== 0).map(({ record }) => twelveMonthRevenue(record.orders, example, EVAL_TODAY)));
  const unitPrices = new UnitPriceCollector(example);
  for (const [i, { record }] of all.entries()) if (i % holdOutEvery !== 0) unitPrices.add(record, '2024-11-25');
  const typicalPrices = unitPrices.medians();
  const tierOf = options.tierOf ?? ((record: CustomerRecord) => tierStanding({ record, book: revenue, config: example, today: EVAL_TODAY }).tier);
  const config: TouchpointConfig = options.personaWeights
    ? { ...example, judgement: { ...example.judgement, personaWeights: { ...example.judgement.personaWeights, ...options.personaWeights } } }
    : example;
  const book: (PersonaIndexEntry & { archetype: string })[] = [];
  const held: { record: CustomerRecord; profile: PersonaProfile; truth: DemoTruth; n: number }[] = [];
  let n = 0;
  for (const { record, truth } of all) {
    const profile = derivePersona(record, config, EVAL_TODAY);
    if (n % holdOutEvery === 0) held.push({ record, profile, truth, n });
    else book.push({ customerId: record.customer.id, code: record.customer.code, name: record.customer.name, tier: tierOf(record, truth), profile, archetype: truth.archetype });
    n++;
  }
  const index = buildPersonaIndex(book, config);
  const archetypeOf = new Map(book.map((e) => [e.customerId, e.archetype]));

  const shares = new Map<string, number>();
  for (const e of book) shares.set(e.archetype, (shares.get(e.archetype) ?? 0) + 1 / book.length);
  const chance1 = [...shares.values()].reduce((sum, p) => sum + p * p, 0);
  const chance5 = [...shares.values()].reduce((sum, p) => sum + p * (1 - (1 - p) ** 5), 0);

  const inquiry = emptyScore();
  const mail = emptyScore();
  const full = emptyScore();
  const byArchetype: PersonaEval['byArchetype'] = {};
  const known: Record<string, number> = {};
  let matchMs = 0;

  const score = (into: Score, query: PersonaProfile, truth: DemoTruth): boolean[] => {
    const started = performance.now();
    const match = matchPersona(index, query, { ...options.match, k });
    if (into === inquiry) matchMs += performance.now() - started;
    const hits = match.similar.map((s) => archetypeOf.get(s.customerId) === truth.archetype);
    into.n++;
    if (hits[0]) into.top1++;
    if (hits.some(Boolean)) into.top5++;
    into.precision5 += hits.filter(Boolean).length / Math.max(1, hits.length);
    const range = match.predictedTier;
    const rank = TIERS.indexOf(truth.tier);
    if (range && rank >= TIERS.indexOf(range.high) && rank <= TIERS.indexOf(range.low)) into.tierInRange++;
    if (range?.likely === truth.tier) into.tierLikely++;
    return hits;
  };

  for (const { record, profile, truth, n: position } of held) {
    const rng = new Random(seed, 'persona-eval', position);
    const query = inquiryPersona(inquiryOf(record, profile, config, rng), config);
    for (const [key, value] of Object.entries(query)) if (value !== null && !(Array.isArray(value) && value.length === 0)) known[key] = (known[key] ?? 0) + 1;
    const hits = score(inquiry, query, truth);
    const a = (byArchetype[truth.archetype] ??= { n: 0, top1: 0, top5: 0 });
    a.n++;
    if (hits[0]) a.top1++;
    if (hits.some(Boolean)) a.top5++;
    score(full, profile, truth);
    const first = firstInquiry(record);
    if (first) {
      const message = { from: first.participants.from ?? '', subject: first.subject ?? null, bodyText: first.excerpt ?? null, attachmentNames: [] };
      const sender = inquirySender(senderCandidates(message, example.company.domains));
      score(mail, inquiryPersona(readInquiry(message, config).signals, config, sender, typicalPrices), truth);
    }
  }

  return {
    book: book.length,
    heldOut: held.length,
    inquiry: finish(inquiry),
    mail: finish(mail),
    full: finish(full),
    chance: { top1: Math.round(chance1 * 1000) / 1000, top5: Math.round(chance5 * 1000) / 1000 },
    byArchetype,
    known,
    msPerMatch: Math.round((matchMs / Math.max(1, held.length)) * 1000) / 1000,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const customers = process.argv[2] ? Number(process.argv[2]) : undefined;
  const seed = process.argv[3] ? Number(process.argv[3]) : undefined;
  console.log(JSON.stringify(evaluatePersona({ customers, seed }), null, 2));
}
