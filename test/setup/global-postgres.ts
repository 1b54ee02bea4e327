/**
 * vitest globalSetup: checks that the PostgreSQL server named by TEST_DATABASE_URL answers and
 * hands its URL to the tests (`inject('pgUrl')`), so every store and API test runs on both
 * engines. `npm test` (scripts/test.sh) starts a local server and sets the variable.
 *
 * Each run gets its own database-name prefix and one migrated template database, which
 * `openTestDatabase` clones (about 25 ms) instead of migrating an empty database per test (about
 * 80 ms). Teardown drops what this run left behind (the template, a test that failed before
 * `dispose`, a crashed worker) and any test database older than a day.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/store/database.ts';
import { migrateToLatest } from '../../server/store/migrations.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test server (database `postgres`). */
    pgUrl: string;
    /** Prefix of this run's throw-away databases, `tp_test_<run>_`. */
    pgDatabasePrefix: string;
    /** A database at the latest migration for `create database … template`; '' if none. */
    pgTemplate: string;
  }
}

const STALE_AFTER_HOURS = 24;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set, so the PostgreSQL half of the tests cannot run. ' +
        'Run the tests with `npm test` (which starts PostgreSQL), or set TEST_DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/postgres for a superuser.',
    );
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ rolsuper: boolean; rolcreatedb: boolean }>(
      'select rolsuper, rolcreatedb from pg_roles where rolname = current_user',
    );
    if (!rows[0]?.rolsuper && !rows[0]?.rolcreatedb) {
      throw new Error('the role may not create databases; the tests need a superuser (or CREATEDB) role');
    }
  } catch (error) {
    throw new Error(`TEST_DATABASE_URL (${redact(url)}) does not work: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }

  const prefix = `tp_test_${randomBytes(3).toString('hex')}_`;
  const template = `${prefix}template`;
  await createTemplate(url, template);
  project.provide('pgUrl', url);
  project.provide('pgDatabasePrefix', prefix);
  project.provide('pgTemplate', template);

  return async () => {
    const admin = new pg.Client({ connectionString: url });
    try {
      await admin.connect();
      const ours = await admin.query<{ datname: string }>(`select datname from pg_database where starts_with(datname, $1)`, [prefix]);
      // Reading a database's creation time (its PG_VERSION file) needs a superuser; skip if not.
      const stale = await admin
        .query<{ datname: string }>(
          `select datname from pg_database
            where datname like 'tp\\_test\\_%'
              and (pg_stat_file('base/' || oid || '/PG_VERSION')).modification < now() - make_interval(hours => $1)`,
          [STALE_AFTER_HOURS],
        )
        .catch(() => ({ rows: [] as { datname: string }[] }));
      for (const { datname } of [...ours.rows, ...stale.rows]) {
        await admin.query(`drop database if exists ${pg.escapeIdentifier(datname)} with (force)`);
      }
    } catch (error) {
      // Clean-up is best effort: a leftover database must not fail a green run.
      console.warn(`global-postgres teardown: ${(error as Error).message}`);
    } finally {
      await admin.end().catch(() => {});
    }
  };
}

async function createTemplate(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString(), poolSize: 1 });
  try {
    await migrateToLatest(database.db);
  } finally {
    // A template must have no open sessions when it is cloned.
    await database.close();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
