/**
 * Store engines: the measurement that chose the embedded engine. Kysely over better-sqlite3
 * (a file in a temp dir) against Kysely over PGlite (PostgreSQL compiled to WASM, in a temp dir),
 * and the PostgreSQL server over `pg` when TEST_DATABASE_URL is set, all on the real migrations.
 *
 *   npx tsx bench/store-engines.bench.ts
 *   TEST_DATABASE_URL=$(bash scripts/ensure-postgres.sh) npx tsx bench/store-engines.bench.ts
 *
 * Each engine runs in its own child process, so cold-open and memory figures are its own.
 * Results are recorded in docs/benchmarks.md ("Store engines").
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { Random } from '../server/demo/random.ts';
import { openDatabase } from '../server/store/database.ts';
import { likePattern } from '../server/store/like.ts';
import { migrateToLatest } from '../server/store/migrations.ts';
import type { Schema } from '../server/store/schema.ts';

const CUSTOMERS = 10_000;
const INSERT_BATCH = 200;
const LOOKUPS = 1_000;
const SEARCHES = 300;
const WARM_UP = 50;
const CONCURRENT_INSERTS = 20;
const CHILD_TIMEOUT_MS = 60_000;

type EngineName = 'sqlite' | 'pglite' | 'postgres';

interface Store {
  db: Kysely<Schema>;
  close(): Promise<void>;
}

interface EngineSetup {
  /** Opens the store; called twice (cold, then again on the same data). */
  open(): Promise<Store>;
  /** Removes everything the engine left behind. */
  cleanup(): Promise<void>;
}

interface Figures {
  engine: EngineName;
  coldOpenMs: number;
  reopenMs: number;
  insertMs: number;
  lookupP50Ms: number;
  lookupP99Ms: number;
  searchP50Ms: number;
  searchP99Ms: number;
  concurrentMs: number;
  concurrentRows: number;
  baseRssMb: number;
  rssMb: number;
  peakRssMb: number;
}

// ENGINES ----------------------------------------------------------------------------------------

function setupEngine(engine: EngineName): EngineSetup {
  switch (engine) {
    case 'sqlite': {
      const dir = mkdtempSync(join(tmpdir(), 'tp-bench-sqlite-'));
      return {
        open: async () => openDatabase({ file: join(dir, 'store.db') }),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    }
    case 'pglite': {
      const dir = mkdtempSync(join(tmpdir(), 'tp-bench-pglite-'));
      return {
        open: async () => {
          const pglite = new PGlite(dir);
          await pglite.waitReady;
          const db = new Kysely<Schema>({ dialect: new PGliteDialect(pglite) });
          return { db, close: () => db.destroy() };
        },
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    }
    case 'postgres': {
      const serverUrl = process.env.TEST_DATABASE_URL;
      if (!serverUrl) throw new Error('the postgres engine needs TEST_DATABASE_URL');
      const name = `tp_bench_${randomBytes(4).toString('hex')}`;
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      let created = false;
      return {
        open: async () => {
          if (!created) {
            await admin(serverUrl, `create database ${pg.escapeIdentifier(name)}`);
            created = true;
          }
          return openDatabase({ url: url.toString() });
        },
        cleanup: () => admin(serverUrl, `drop database if exists ${pg.escapeIdentifier(name)} with (force)`),
      };
    }
  }
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// DATA -------------------------------------------------------------------------------------------

const SYLLABLES = ['an', 'bel', 'cor', 'da', 'el', 'fin', 'gar', 'hel', 'is', 'jo', 'kar', 'lu', 'mar', 'nor', 'ol', 'pra', 'quin', 'ros', 'sol', 'tur', 'ul', 'ven', 'wes', 'xan', 'yor', 'zel'];
const SUFFIXES = ['Trading', 'Import', 'GmbH', 'Ltd', 'S.A.', 'Handels', 'Home', 'Kitchen', 'Distribution', 'Group'];
const COUNTRIES = ['DE', 'FR', 'IT', 'ES', 'GB', 'US', 'AE', 'SA', 'IN', 'BR', 'MX', 'AU', 'JP', 'KR', 'PL', 'NL'];
const OWNER_ID = 'bench-owner';
const AT = '2026-11-25T04:00:00.000Z';

function word(rng: Random): string {
  const w = Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join('');
  return w[0]!.toUpperCase() + w.slice(1);
}

interface Generated {
  customer: Schema['customers'];
  contact: Schema['contacts'];
  emails: string[];
}

function generate(count: number): Generated[] {
  const rng = new Random('store-engines', count);
  return Array.from({ length: count }, (_, i) => {
    const id = `cust-${i}`;
    const name = `${word(rng)} ${word(rng)} ${rng.pick(SUFFIXES)}`;
    const domain = `${name.toLowerCase().replace(/[^a-z]+/g, '')}${i}.example`;
    return {
      customer: {
        id,
        code: `C${String(i).padStart(6, '0')}`,
        name,
        country: rng.pick(COUNTRIES),
        region: null,
        buyer_type: 'importer',
        brand_relation: null,
        stage: 'vendor',
        staff: rng.int(5, 500),
        turnover_band: null,
        founded: rng.int(1950, 2020),
        credit: 'unknown',
        scope_notes: null,
        valued_factors: '[]',
        new_product_responsiveness: null,
        delivery_sensitivity: null,
        languages: '["en"]',
        time_zone: null,
        custom_holidays: '[]',
        holiday_greetings: '{"add":[],"skip":[]}',
        owner_id: OWNER_ID,
        tier_override: null,
        merged_into: null,
        created_at: AT,
        updated_at: AT,
      },
      contact: {
        id: `cont-${i}`,
        customer_id: id,
        name: `${word(rng)} ${word(rng)}`,
        title: null,
        phone: null,
        birthday: null,
        language: null,
        is_primary: 1,
        active: 1,
        replaced_by: null,
        created_at: AT,
        updated_at: AT,
      },
      emails: [`buyer@${domain}`, `info@${domain}`],
    };
  });
}

// MEASUREMENT ------------------------------------------------------------------------------------

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function latencies(n: number, query: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < WARM_UP; i++) await query(i);
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push((await timed(() => query(WARM_UP + i)))[1]);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

async function measure(engine: EngineName): Promise<Figures> {
  const setup = setupEngine(engine);
  try {
    const data = generate(CUSTOMERS);
    const rng = new Random('store-engines', 'queries');
    const baseRss = process.memoryUsage().rss;

    const openMigrated = async () => {
      const s = await setup.open();
      await migrateToLatest(s.db);
      return s;
    };
    const [fresh, coldOpenMs] = await timed(openMigrated);
    await fresh.close();
    const [store, reopenMs] = await timed(openMigrated);
    const { db } = store;

    await db.insertInto('users').values({ id: OWNER_ID, name: 'Bench Owner', email: 'owner@bench.example', role: 'rep', team_id: null, locale: null, active: 1, created_at: AT }).execute();

    // Multi-row statements, as an import would write them (per-statement cost shows in the look-ups).
    const [, insertMs] = await timed(() =>
      db.transaction().execute(async (trx) => {
        for (let i = 0; i < data.length; i += INSERT_BATCH) {
          const batch = data.slice(i, i + INSERT_BATCH);
          await trx.insertInto('customers').values(batch.map((g) => g.customer)).execute();
          await trx.insertInto('contacts').values(batch.map((g) => g.contact)).execute();
          await trx
            .insertInto('contact_emails')
            .values(batch.flatMap((g) => g.emails.map((email, position) => ({ contact_id: g.contact.id, customer_id: g.customer.id, email, position }))))
            .execute();
        }
      }),
    );
    // Statistics, as autovacuum would gather them on a server. Without them PostgreSQL and PGlite
    // plan the e-mail look-up as a hash join over all customers (about 1.5 ms instead of 0.03 ms),
    // and PGlite, a single-user backend, has no autovacuum to ever gather them.
    await sql`analyze`.execute(db);

    const lookupEmails = Array.from({ length: LOOKUPS + WARM_UP }, () => rng.pick(rng.pick(data).emails));
    const lookup = await latencies(LOOKUPS, async (i) => {
      const row = await db
        .selectFrom('contact_emails')
        .innerJoin('customers', 'customers.id', 'contact_emails.customer_id')
        .select(['customers.id', 'customers.code', 'customers.name', 'customers.country', 'customers.owner_id', 'contact_emails.contact_id'])
        .where('contact_emails.email', '=', lookupEmails[i]!)
        .executeTakeFirst();
      if (!row) throw new Error(`look-up of ${lookupEmails[i]} found nothing`);
    });

    const fragments = Array.from({ length: SEARCHES + WARM_UP }, () => rng.pick(SYLLABLES) + rng.pick(SYLLABLES).slice(0, 1));
    const search = await latencies(SEARCHES, async (i) => {
      await db
        .selectFrom('customers')
        .select(['id', 'code', 'name', 'country'])
        .where(sql<boolean>`lower(name) like ${likePattern(fragments[i]!)} escape '\\'`)
        .orderBy('name')
        .limit(25)
        .execute();
    });

    const interaction = (id: string): Schema['interactions'] => ({
      id, customer_id: data[0]!.customer.id, contact_id: null, channel: 'email', direction: 'inbound', kind: 'message',
      outcome: null, subject: 'RFQ', excerpt: null, participants: '[]', attachment_names: '[]', occurred_at: AT,
      message_id: '<same-message@bench.example>', conversation_id: null, source: 'outlook', note: null, logged_by: OWNER_ID, logged_at: AT,
    });
    const [, concurrentMs] = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENT_INSERTS }, (_, i) =>
          db.insertInto('interactions').values(interaction(`int-${i}`))
            .onConflict((oc) => oc.columns(['customer_id', 'message_id']).doNothing())
            .execute(),
        ),
      ),
    );
    const stored = await db.selectFrom('interactions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

    await store.close();
    const mb = (bytes: number) => bytes / 1024 / 1024;
    return {
      engine,
      coldOpenMs,
      reopenMs,
      insertMs,
      lookupP50Ms: lookup.p50,
      lookupP99Ms: lookup.p99,
      searchP50Ms: search.p50,
      searchP99Ms: search.p99,
      concurrentMs,
      concurrentRows: Number(stored.n),
      baseRssMb: mb(baseRss),
      rssMb: mb(process.memoryUsage().rss),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await setup.cleanup();
  }
}

// REPORT -----------------------------------------------------------------------------------------

function footprint(paths: readonly string[]): string[][] {
  const root = fileURLToPath(new URL('..', import.meta.url));
  return paths.map((p) => {
    try {
      return [p, execFileSync('du', ['-sh', join(root, p)], { encoding: 'utf8' }).split('\t')[0]!];
    } catch {
      return [p, 'absent'];
    }
  });
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w, c) => (c === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const engines: EngineName[] = ['sqlite', 'pglite'];
  if (process.env.TEST_DATABASE_URL) engines.push('postgres');
  else console.error('(TEST_DATABASE_URL not set: the PostgreSQL server is left out)');

  const results: Figures[] = [];
  const self = fileURLToPath(import.meta.url);
  for (const engine of engines) {
    const started = performance.now();
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--engine', engine], {
      encoding: 'utf8',
      timeout: CHILD_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`${engine}: child exited with ${child.status ?? child.signal}`);
    results.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Figures);
    console.error(`${engine}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const ms = (v: number) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
  const rows: [string, (f: Figures) => string][] = [
    ['cold open + migrate (new store), ms', (f) => ms(f.coldOpenMs)],
    ['reopen + migrate (existing store), ms', (f) => ms(f.reopenMs)],
    [`insert ${CUSTOMERS.toLocaleString('en')} customers + contacts + 2 e-mails, one tx, ms`, (f) => ms(f.insertMs)],
    [`look-up by e-mail (join), p50 ms`, (f) => ms(f.lookupP50Ms)],
    [`look-up by e-mail (join), p99 ms`, (f) => ms(f.lookupP99Ms)],
    [`name search lower(name) like '%x%' limit 25, p50 ms`, (f) => ms(f.searchP50Ms)],
    [`name search lower(name) like '%x%' limit 25, p99 ms`, (f) => ms(f.searchP99Ms)],
    [`${CONCURRENT_INSERTS} concurrent idempotent inserts, ms`, (f) => ms(f.concurrentMs)],
    [`  rows stored (must be 1)`, (f) => String(f.concurrentRows)],
    ['RSS before opening (runtime + generated data), MB', (f) => f.baseRssMb.toFixed(0)],
    ['RSS after the run, MB', (f) => f.rssMb.toFixed(0)],
    ['peak RSS, MB', (f) => f.peakRssMb.toFixed(0)],
  ];
  const label = (e: EngineName) => ({ sqlite: 'better-sqlite3 (file)', pglite: 'PGlite (dir)', postgres: 'PostgreSQL (pg)' })[e];
  console.log(table([['', ...results.map((r) => label(r.engine))], ...rows.map(([name, get]) => [name, ...results.map(get)])]));
  console.log();
  console.log(table([['install footprint', 'du -sh'], ...footprint(['node_modules/better-sqlite3', 'node_modules/@electric-sql/pglite', 'node_modules/pg'])]));
  const bad = results.filter((r) => r.concurrentRows !== 1);
  if (bad.length) throw new Error(`idempotent insert stored ${bad.map((r) => `${r.concurrentRows} rows on ${r.engine}`).join(', ')}`);
}

if (process.argv[2] === '--engine') {
  const figures = await measure(process.argv[3] as EngineName);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  await main();
}
