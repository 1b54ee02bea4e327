/**
 * Opens the store: an embedded SQLite file by default, PostgreSQL when a URL is given.
 * Both go through one typed query builder (Kysely) and one set of migrations.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Schema } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Schema>;
  engine: Engine;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL connection URL (`postgres://…`). Wins over `file`. */
  url?: string;
  /** SQLite file path, or `:memory:`. */
  file?: string;
  /** Pool size for PostgreSQL. Default 10. */
  poolSize?: number;
}

// PostgreSQL returns bigint and numeric as strings by default; our only numeric columns are
// double precision (type 701), which pg already parses as a number. Counts (bigint, 20) are small.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/**
 * Opens a database. Does not migrate: call `migrateToLatest(database.db)` next.
 * @throws when neither `url` nor `file` is given, or the engine cannot be reached.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A connection the server drops (restart, failover, a forced drop in tests) emits an error on
    // its client; without a listener that would crash the process. The pool replaces the client.
    const onClientError = (error: Error) => console.warn(`[touchpoint] PostgreSQL connection lost: ${error.message}`);
    pool.on('error', onClientError);
    pool.on('connect', (client) => client.on('error', onClientError));
    // Fail at start, with the server's own words, rather than at the first request.
    const client = await pool.connect().catch(async (error: unknown) => {
      await pool.end();
      throw new Error(`cannot connect to PostgreSQL at ${redactUrl(options.url!)}: ${(error as Error).message}`);
    });
    client.release();
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  if (options.file) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    const sqlite = new SQLite(options.file);
    // WAL lets readers run while a write commits; foreign keys are off by default in SQLite.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // SQLite's own lower() folds only ASCII; searches must treat "KÜCHEN" and "Küchen" alike, as
    // PostgreSQL does.
    sqlite.function('lower', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value));
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, engine: 'sqlite', close: () => db.destroy() };
  }
  throw new Error('openDatabase needs a PostgreSQL url or an SQLite file');
}

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
