/**
 * What judgement needs to know about the whole book, built once and kept by each server instance
 * (see `RefreshingValue`): the twelve-month revenue spread (for "top 8 %"), every customer's tier
 * and persona as a columnar index (for matching an inquiry), and the known domains and contact
 * names (for look-alike and impersonation warnings). Rebuilt from the store, never written to it.
 * It holds figures and codes, never sentences: each request words its answer in its own language.
 */
import type { Kysely } from 'kysely';
import { addDays, dateIn, type Order, type Tier, type TouchpointConfig } from '../../core/index.ts';
import { derivePersona, buildPersonaIndex, UnitPriceCollector, type PersonaIndex, type PersonaIndexEntry } from '../../core/persona/index.ts';
import { buildBookRevenue, tierStanding, twelveMonthRevenue, TWELVE_MONTHS_DAYS, type BookRevenue } from '../../core/tier/index.ts';
import { buildContactNameIndex, type ContactNameEntry, type ContactNameIndex } from '../../core/trust/contact-name-index.ts';
import { buildLookalikeIndex, type LookalikeEntry, type LookalikeIndex } from '../../core/trust/lookalike-index.ts';
import { customerRecords } from '../store/customer-records.ts';
import { orderFromRow } from '../store/orders.ts';
import type { Schema } from '../store/schema.ts';
import { RefreshingValue } from './refreshing-value.ts';

/** Customers per batch while building: bounds memory at 100k customers. */
const BATCH = 1_000;
/** Contact records tier and persona read book-wide (quotes won or lost, samples, price notices); the rest stay in the store. */
const INDEX_INTERACTION_KINDS = ['quote', 'sample', 'price_notice'] as const;
/** Order lines that set the typical unit prices: recent enough to reflect today's price level. */
const UNIT_PRICE_DAYS = 2 * 365;
/** How far back those contact records are read. */
const INDEX_INTERACTION_DAYS = 3 * 365;

export interface BookIndex {
  /** The company's date the index was built for. */
  today: string;
  revenue: BookRevenue;
  /** The tier shown for each customer (an override wins), by customer id. */
  tiers: Map<string, Tier>;
  persona: PersonaIndex;
  /** Typical unit price per catalogue key (base currency, last two years), to size an inquiry that names no price. */
  unitPrices: Map<string, number>;
  lookalike: LookalikeIndex;
  contactNames: ContactNameIndex;
  customers: number;
  buildMs: number;
}

/** Builds the index from the store in batches. */
export async function buildBookIndex(db: Kysely<Schema>, config: TouchpointConfig, today: string): Promise<BookIndex> {
  const started = performance.now();
  const revenue = buildBookRevenue(await bookRevenues(db, config, today));

  const ids = (await db.selectFrom('customers').select('id').where('merged_into', 'is', null).orderBy('id').execute()).map((r) => r.id);
  const tiers = new Map<string, Tier>();
  const entries: PersonaIndexEntry[] = [];
  const names: ContactNameEntry[] = [];
  const unitPrices = new UnitPriceCollector(config);
  for (let i = 0; i < ids.length; i += BATCH) {
    const records = await customerRecords(db, ids.slice(i, i + BATCH), {
      interactionsSince: addDays(today, -INDEX_INTERACTION_DAYS),
      interactionKinds: [...INDEX_INTERACTION_KINDS],
    });
    for (const record of records) {
      const { customer } = record;
      const tier = tierStanding({ record, book: revenue, config, today }).tier;
      tiers.set(customer.id, tier);
      entries.push({ customerId: customer.id, code: customer.code, name: customer.name, tier, profile: derivePersona(record, config, today) });
      unitPrices.add(record, addDays(today, -UNIT_PRICE_DAYS));
      for (const contact of record.contacts) names.push({ customerId: customer.id, customerName: customer.name, contact });
    }
  }

  const domains: LookalikeEntry[] = config.company.domains.map((domain) => ({ domain, owner: { kind: 'company' } }));
  const domainRows = await db
    .selectFrom('customer_domains')
    .innerJoin('customers', 'customers.id', 'customer_domains.customer_id')
    .select(['customer_domains.domain', 'customers.id', 'customers.name'])
    .where('customers.merged_into', 'is', null)
    .execute();
  for (const row of domainRows) domains.push({ domain: row.domain, owner: { kind: 'customer', customerId: row.id, name: row.name } });

  return {
    today,
    revenue,
    tiers,
    persona: buildPersonaIndex(entries, config),
    unitPrices: unitPrices.medians(),
    lookalike: buildLookalikeIndex(domains),
    contactNames: buildContactNameIndex(names),
    customers: ids.length,
    buildMs: Math.round(performance.now() - started),
  };
}

/** Every customer's twelve-month revenue in the base currency, by the same rule the tier uses. */
async function bookRevenues(db: Kysely<Schema>, config: TouchpointConfig, today: string): Promise<number[]> {
  const rows = await db
    .selectFrom('orders')
    .innerJoin('customers', 'customers.id', 'orders.customer_id')
    .selectAll('orders')
    .where('customers.merged_into', 'is', null)
    .where('orders.ordered_at', '>', addDays(today, -TWELVE_MONTHS_DAYS))
    .execute();
  const byCustomer = new Map<string, Order[]>();
  for (const row of rows) {
    const list = byCustomer.get(row.customer_id) ?? [];
    list.push(orderFromRow(row));
    byCustomer.set(row.customer_id, list);
  }
  return [...byCustomer.values()].map((orders) => twelveMonthRevenue(orders, config, today));
}

export interface BookIndexCacheOptions {
  /** Oldest index served before a background rebuild starts. */
  maxAgeMs: number;
  /** Wait for a rebuild after a change instead of answering from the old index (tests). */
  waitForFresh?: boolean;
  onError?: (error: unknown) => void;
}

/** The book index of one server instance: rebuilt when old, after a change, and when the day turns. */
export class BookIndexCache {
  readonly #value: RefreshingValue<BookIndex>;
  readonly #today: () => string;

  constructor(db: Kysely<Schema>, config: TouchpointConfig, clock: () => Date, options: BookIndexCacheOptions) {
    this.#today = () => dateIn(clock(), config.company.timeZone);
    this.#value = new RefreshingValue(() => buildBookIndex(db, config, this.#today()), options);
  }

  async get(): Promise<BookIndex> {
    const index = await this.#value.get();
    if (index.today === this.#today()) return index;
    this.#value.invalidate();
    return this.#value.get();
  }

  /** Customers, contacts, domains or orders changed. */
  invalidate(): void {
    this.#value.invalidate();
  }
}
