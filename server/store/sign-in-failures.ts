/**
 * Failed sign-ins and code entries counted per key (an account's e-mail, a client's address),
 * in the database so every server instance sees the same count. Only a hash of the key is
 * stored. After `max` failures within `windowMs` the key is locked for `lockMs`.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

export interface FailureRule {
  max: number;
  windowMs: number;
  lockMs: number;
}

/** Wrong passwords for one account: ten within 15 minutes lock it for 15 minutes. */
export const ACCOUNT_RULE: FailureRule = { max: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Wrong codes from one client: five within 15 minutes lock its code entry for 15 minutes. */
export const CLIENT_CODE_RULE: FailureRule = { max: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** When the key's lock ends (ISO), or null when it is not locked. */
export async function lockedUntil(db: Kysely<Schema>, key: string, now: Date): Promise<string | null> {
  const row = await db.selectFrom('sign_in_failures').select('locked_until').where('key_hash', '=', hashKey(key)).executeTakeFirst();
  return row?.locked_until && row.locked_until > now.toISOString() ? row.locked_until : null;
}

/** Counts one failure; returns how many more are allowed before the lock (0 once locked) and the lock's end. */
export async function recordFailure(db: Kysely<Schema>, key: string, rule: FailureRule, now: Date): Promise<{ left: number; lockedUntil: string | null }> {
  const keyHash = hashKey(key);
  const at = now.toISOString();
  // A count from an old window (and an expired lock) starts over.
  await db
    .deleteFrom('sign_in_failures')
    .where('key_hash', '=', keyHash)
    .where('first_at', '<', new Date(now.getTime() - rule.windowMs).toISOString())
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
    .execute();
  await db
    .insertInto('sign_in_failures')
    .values({ key_hash: keyHash, failures: 1, first_at: at, locked_until: null })
    .onConflict((oc) => oc.column('key_hash').doUpdateSet((eb) => ({ failures: eb('sign_in_failures.failures', '+', 1) })))
    .execute();
  const row = await db.selectFrom('sign_in_failures').selectAll().where('key_hash', '=', keyHash).executeTakeFirstOrThrow();
  if (row.failures >= rule.max && !(row.locked_until && row.locked_until > at)) {
    const until = new Date(now.getTime() + rule.lockMs).toISOString();
    await db.updateTable('sign_in_failures').set({ locked_until: until }).where('key_hash', '=', keyHash).execute();
    return { left: 0, lockedUntil: until };
  }
  return { left: Math.max(0, rule.max - row.failures), lockedUntil: row.locked_until && row.locked_until > at ? row.locked_until : null };
}

/** Forgets the failures of a key (after a successful sign-in). */
export async function clearFailures(db: Kysely<Schema>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key_hash', '=', hashKey(key)).execute();
}
