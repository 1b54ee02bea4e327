/**
 * Runs `work` in a transaction, or inside the caller's when `db` already is one, so repository
 * functions compose (the demo seeder creates tokens inside its own transaction).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema.ts';

export function inTransaction<T>(db: Kysely<Schema>, work: (trx: Transaction<Schema> | Kysely<Schema>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
