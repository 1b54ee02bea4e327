/**
 * Passwords for signing in on the server's own pages (mail-client pairing). Stored as scrypt
 * hashes from `node:crypto` in a self-describing string, `$scrypt$ln=15,r=8,p=1$<salt>$<hash>`,
 * so the cost can be raised later without breaking the hashes already stored.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { User } from '../../core/index.ts';
import { recordAudit } from './audit.ts';
import type { Schema } from './schema.ts';
import { inTransaction } from './transaction.ts';
import { userFromRow } from './users.ts';

/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password accepted (scrypt reads all of it). */
export const MAX_PASSWORD_LENGTH = 256;

/** Cost of new hashes: N = 2^15, r = 8, p = 1 (32 MiB, tens of milliseconds). */
const COST = { ln: 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function derive(password: string, salt: Buffer, keyLength: number, { ln, r, p }: { ln: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** ln, r, p, maxmem: 2 * 128 * 2 ** ln * r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `a password has at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.trim() !== password) return 'a password may not start or end with a space';
  return null;
}

/** A new salted hash of `password` at the current cost. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, COST);
  return `$scrypt$ln=${COST.ln},r=${COST.r},p=${COST.p}$${b64(salt)}$${b64(key)}`;
}

/** True when `password` matches `stored`; false for a wrong password or a hash this code cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (!m || password.length > MAX_PASSWORD_LENGTH) return false;
  const [ln, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // A tampered row must not make one sign-in cost gigabytes.
  if (ln < 10 || ln > 20 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const expected = Buffer.from(m[5]!, 'base64');
  const key = await derive(password, Buffer.from(m[4]!, 'base64'), expected.length, { ln, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

let decoy: Promise<string> | undefined;

/**
 * Sets (or replaces) a user's password.
 * @throws Error naming the problem when the password is refused (see `passwordProblem`).
 */
export async function setPassword(db: Kysely<Schema>, userId: string, password: string, actorId: string | null, at: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  await storePasswordHash(db, userId, await hashPassword(password), actorId, at);
}

/** Stores a hash made by `hashPassword` (the demo seeder hashes while it generates the book). */
export async function storePasswordHash(db: Kysely<Schema>, userId: string, hash: string, actorId: string | null, at: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('user_passwords')
      .values({ user_id: userId, password_hash: hash, changed_at: at })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ password_hash: hash, changed_at: at }))
      .execute();
    await recordAudit(trx, { userId: actorId, action: 'set_password', entity: 'user', entityId: userId, after: { changedAt: at }, at });
  });
}

/** True when the user has a password. */
export async function hasPassword(db: Kysely<Schema>, userId: string): Promise<boolean> {
  return (await db.selectFrom('user_passwords').select('user_id').where('user_id', '=', userId).executeTakeFirst()) !== undefined;
}

/**
 * The active user with this e-mail and password, or undefined. An unknown address, a user
 * without a password and a deactivated user take as long as a wrong password, so the answer's
 * timing does not tell which accounts exist.
 */
export async function userForPassword(db: Kysely<Schema>, email: string, password: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .innerJoin('user_passwords', 'user_passwords.user_id', 'users.id')
    .selectAll('users')
    .select('user_passwords.password_hash')
    .where('users.email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (!row) {
    await verifyPassword(password, await (decoy ??= hashPassword(randomBytes(12).toString('hex'))));
    return undefined;
  }
  const { password_hash, ...user } = row;
  const ok = await verifyPassword(password, password_hash);
  return ok && user.active === 1 ? userFromRow(user) : undefined;
}
