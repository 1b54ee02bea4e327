/**
 * Runs a store or API test against both engines. Each call opens a fresh, migrated database:
 * an in-memory SQLite one, or a new database on the test PostgreSQL server (from vitest's
 * globalSetup, `test/setup/global-postgres.ts`) that `dispose()` drops again. The PostgreSQL one
 * is cloned from the run's migrated template, then `migrateToLatest` runs on it as well.
 *
 * @example
 * describe.each(ENGINES)('%s', (engine) => {
 *   let t: TestDatabase;
 *   beforeEach(async () => { t = await openTestDatabase(engine); });
 *   afterEach(() => t.dispose());
 * });
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database, type Engine } from './database.ts';
import { migrateToLatest } from './migrations.ts';

export type { Engine };

export const ENGINES = ['sqlite', 'postgres'] as const satisfies readonly Engine[];

export interface TestDatabase extends Database {
  /** For PostgreSQL, the name of the throw-away database; undefined for SQLite. */
  name?: string;
  /** Closes the connection and, for PostgreSQL, drops the database. Safe to call twice. */
  dispose(): Promise<void>;
}

/**
 * Opens a fresh database on `engine`, migrated to the latest schema.
 * @throws when the test PostgreSQL server is not configured (run `npm test`) or unreachable.
 */
export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const database = await openDatabase({ file: ':memory:' });
    try {
      await migrateToLatest(database.db);
    } catch (error) {
      await database.close();
      throw error;
    }
    return { ...database, dispose: once(() => database.close()) };
  }

  const serverUrl = inject('pgUrl');
  if (!serverUrl) {
    throw new Error('no test PostgreSQL server: run the tests with `npm test`, or set TEST_DATABASE_URL');
  }
  const name = `${inject('pgDatabasePrefix') || 'tp_test_'}${randomBytes(5).toString('hex')}`;
  const template = inject('pgTemplate');
  await admin(serverUrl, `create database ${pg.escapeIdentifier(name)}${template ? ` template ${pg.escapeIdentifier(template)}` : ''}`);
  const drop = () => admin(serverUrl, `drop database if exists ${pg.escapeIdentifier(name)} with (force)`);

  let database: Database;
  try {
    database = await openDatabase({ url: databaseUrl(serverUrl, name) });
  } catch (error) {
    await drop();
    throw error;
  }
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    await drop();
    throw error;
  }
  return {
    ...database,
    name,
    dispose: once(async () => {
      try {
        await database.close();
      } finally {
        await drop();
      }
    }),
  };
}

/** The server URL pointed at another database on the same server. */
function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
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

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}
