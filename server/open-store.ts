/**
 * Where the store lives: PostgreSQL when DATABASE_URL is set, else an SQLite file under ./data
 * (created on first start). Shared by the server and the CLI so both open the same database.
 */
import { resolve } from 'node:path';
import { openDatabase, type Database } from './store/database.ts';
import { migrateToLatest } from './store/migrations.ts';

export const DEFAULT_DATA_FILE = 'data/touchpoint.db';

export function storeLocation(env: NodeJS.ProcessEnv = process.env): { url: string } | { file: string } {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { file: resolve(env.TOUCHPOINT_DATA_FILE ?? DEFAULT_DATA_FILE) };
}

/** Opens the configured store and brings it to the newest schema. */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const database = await openDatabase(storeLocation(env));
  await migrateToLatest(database.db);
  return database;
}
