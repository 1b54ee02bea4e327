/**
 * Persona matching at book scale: builds the columnar index over N customers and times 1,000
 * matches of varied partial personas (what inquiries reveal: country and products always, buyer
 * type, incoterm, order size, valued factors sometimes), after 100 warm-up matches.
 *
 * Profiles come from a fast seeded synthetic generator (clusters of buyer kinds with their own
 * sizes, products and terms; some dimensions unknown) by default, or with `--demo` from the demo
 * book generator through `derivePersona` (about a minute per 100,000 customers).
 *
 *   npx tsx bench/persona-match.bench.ts [customers=100000] [--demo]
 *   node --expose-gc --import tsx bench/persona-match.bench.ts   (heap figures after a full GC)
 */
import { readFileSync } from 'node:fs';
import { TouchpointConfig, type BuyerType, type Incoterm, type Tier, type ValuedFactor } from '../core/index.ts';
import {
  buildPersonaIndex,
  buyerClassOf,
  categoriesOf,
  derivePersona,
  emptyPersona,
  matchPersona,
  worldRegionOf,
  type PersonaIndexEntry,
  type PersonaProfile,
} from '../core/persona/index.ts';
import { Random } from '../server/demo/random.ts';

const args = process.argv.slice(2);
const demo = args.includes('--demo');
const customers = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const MATCHES = 1_000;
const WARM_UP = 100;
const TODAY = '2026-11-25';

const config = TouchpointConfig.parse(JSON.parse(readFileSync(new URL('../touchpoint.config.example.json', import.meta.url), 'utf8')));
const KEYS = config.catalogue.map((c) => c.key);
const COUNTRIES = ['DE', 'FR', 'GB', 'IT', 'ES', 'NL', 'PL', 'US', 'CA', 'MX', 'BR', 'CL', 'AE', 'SA', 'TR', 'IL', 'IN', 'PK', 'BD', 'JP', 'KR', 'VN', 'TH', 'ID', 'MY', 'PH', 'AU', 'NZ', 'ZA', 'NG', 'EG', 'KE', 'KZ', 'RU', 'UA', 'SE', 'NO', 'CZ', 'GR', 'PT'];
const FACTORS: readonly ValuedFactor[] = ['price', 'quality', 'specs', 'certificates', 'packaging', 'lead_time', 'service', 'brand'];
const LEVELS = ['low', 'medium', 'high'] as const;

/** Buyer kinds the synthetic book is drawn from: type, yearly order size range, incoterms. */
const KINDS: readonly { types: BuyerType[]; order: [number, number]; incoterms: Incoterm[]; tiers: [Tier, number][] }[] = [
  { types: ['distributor', 'importer'], order: [40_000, 400_000], incoterms: ['FOB', 'CIF'], tiers: [['A', 4], ['B', 4], ['C', 2]] },
  { types: ['brand_owner'], order: [30_000, 250_000], incoterms: ['FOB', 'FCA'], tiers: [['A', 2], ['B', 5], ['C', 3]] },
  { types: ['chain_store'], order: [60_000, 500_000], incoterms: ['FOB', 'DDP'], tiers: [['A', 2], ['B', 4], ['C', 3], ['D', 1]] },
  { types: ['importer', 'wholesaler'], order: [10_000, 90_000], incoterms: ['FOB', 'CIF', 'CFR'], tiers: [['B', 3], ['C', 5], ['D', 2]] },
  { types: ['trading_company'], order: [5_000, 40_000], incoterms: ['FOB', 'EXW'], tiers: [['C', 5], ['D', 5]] },
  { types: ['retailer'], order: [2_000, 15_000], incoterms: ['FOB', 'CIF', 'DAP'], tiers: [['C', 4], ['D', 6]] },
  { types: ['end_user'], order: [5_000, 60_000], incoterms: ['CIF', 'DAP', 'DDP'], tiers: [['C', 5], ['D', 5]] },
];

function syntheticProfile(rng: Random): { profile: PersonaProfile; tier: Tier } {
  const kind = rng.pick(KINDS);
  const profile = emptyPersona();
  profile.buyerType = rng.chance(0.95) ? rng.pick(kind.types) : null;
  profile.buyerClass = buyerClassOf(profile.buyerType);
  profile.brandRelation = rng.chance(0.8) ? (profile.buyerType === 'brand_owner' || rng.chance(0.2) ? 'owner' : 'user') : null;
  const orderSize = rng.logUniform(kind.order[0], kind.order[1]);
  profile.orderSize = rng.chance(0.85) ? Math.round(orderSize) : null;
  profile.staff = rng.chance(0.7) ? Math.max(2, Math.round(orderSize / rng.logUniform(200, 2_000))) : null;
  profile.turnoverBand = rng.chance(0.75) ? rng.pick(['<1M', '1-10M', '10-50M', '50-250M', '>250M'] as const) : null;
  profile.country = rng.pick(COUNTRIES);
  profile.region = worldRegionOf(profile.country);
  profile.catalogueKeys = rng.chance(0.85) ? KEYS.filter((k) => rng.sample(KEYS, rng.int(1, 5)).includes(k)) : [];
  profile.categories = categoriesOf(profile.catalogueKeys, config.catalogue);
  profile.valuedFactors = FACTORS.filter(() => rng.chance(0.35));
  profile.incoterm = rng.chance(0.85) ? rng.pick(kind.incoterms) : null;
  profile.paymentTimeliness = rng.chance(0.8) ? rng.pick(['prompt', 'ok', 'late', 'very_late'] as const) : null;
  profile.loyalty = rng.chance(0.8) ? rng.pick(LEVELS) : null;
  profile.deliverySensitivity = rng.chance(0.6) ? rng.pick(LEVELS) : null;
  profile.newProductResponsiveness = rng.chance(0.6) ? rng.pick(LEVELS) : null;
  return { profile, tier: rng.weighted(kind.tiers) };
}

async function* bookEntries(): AsyncGenerator<PersonaIndexEntry> {
  if (demo) {
    const { demoRecords } = await import('./eval/demo-records.ts');
    for (const { record } of demoRecords({ customers, seed: 7 })) {
      const profile = derivePersona(record, config, TODAY);
      yield { customerId: record.customer.id, code: record.customer.code, name: record.customer.name, tier: null, profile };
    }
    return;
  }
  const rng = new Random(7, 'persona-bench');
  for (let i = 0; i < customers; i++) {
    const { profile, tier } = syntheticProfile(rng);
    yield { customerId: `c${i}`, code: `X-${i}`, name: `Customer ${i}`, tier, profile };
  }
}

/** An inquiry-sized view of a profile: country and products, the rest only sometimes. */
function partial(rng: Random, full: PersonaProfile): PersonaProfile {
  const q = emptyPersona();
  q.country = full.country;
  q.region = full.region;
  q.catalogueKeys = full.catalogueKeys.slice(0, rng.int(1, 2));
  q.categories = categoriesOf(q.catalogueKeys, config.catalogue);
  if (rng.chance(0.4)) (q.buyerType = full.buyerType), (q.buyerClass = full.buyerClass);
  if (rng.chance(0.5)) q.incoterm = full.incoterm;
  if (rng.chance(0.4)) q.orderSize = full.orderSize;
  if (rng.chance(0.4)) q.valuedFactors = full.valuedFactors.filter((f) => f === 'price' || f === 'certificates');
  return q;
}

const gc = (globalThis as { gc?: () => void }).gc;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

const generateStart = performance.now();
const entries: PersonaIndexEntry[] = [];
for await (const entry of bookEntries()) entries.push(entry);
const generateMs = performance.now() - generateStart;
gc?.();
// Typed arrays live outside the JS heap: count their buffers too.
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const heapBefore = used();

const buildStart = performance.now();
const index = buildPersonaIndex(entries, config);
const buildMs = performance.now() - buildStart;
gc?.();
const heapAfter = used();
const columnBytes =
  index.tierRank.byteLength +
  index.codeColumns.reduce((sum, c) => sum + c.codes.byteLength, 0) +
  index.numericColumns.reduce((sum, c) => sum + c.values.byteLength, 0) +
  index.setColumns.reduce((sum, c) => sum + c.bits.byteLength, 0);

const rng = new Random(11, 'persona-bench-queries');
const queries = Array.from({ length: WARM_UP + MATCHES }, () => partial(rng, entries[rng.int(0, entries.length - 1)]!.profile));
const times: number[] = [];
let found = 0;
for (let i = 0; i < queries.length; i++) {
  const started = performance.now();
  const match = matchPersona(index, queries[i]!);
  const ms = performance.now() - started;
  if (i >= WARM_UP) {
    times.push(ms);
    found += match.similar.length;
  }
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2);

console.log(`persona index: ${index.size} customers (${demo ? 'demo book via derivePersona' : 'synthetic profiles'}), generated in ${(generateMs / 1000).toFixed(1)} s`);
console.log(`  build ${buildMs.toFixed(0)} ms; columns ${mib(columnBytes)} MiB; heap + array buffers ${mib(heapBefore)} → ${mib(heapAfter)} MiB${gc ? ' (after full GC)' : ' (no --expose-gc: includes garbage)'}`);
console.log(`  ${MATCHES} matches (after ${WARM_UP} warm-up): p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${times.at(-1)!.toFixed(2)} ms`);
console.log(`  mean similar customers returned ${(found / MATCHES).toFixed(2)}; RSS ${mib(process.memoryUsage().rss)} MiB`);
