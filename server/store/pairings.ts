/**
 * Pairings: a mail client asks to be signed in, the person signs in on the server's page, and
 * the client is let in. For the Outlook add-in (`addin`) the client then claims an ordinary API
 * token, once, with the poll secret only it holds; for the Gmail add-on (`google`) signing in
 * links the verified Google account to the user and nothing is claimed. A pairing lives ten
 * minutes; only hashes of its poll secret and short code are stored.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { User } from '../../core/index.ts';
import { recordAudit } from './audit.ts';
import { linkGoogleAccount, type GoogleIdentity } from './google-accounts.ts';
import type { PairingsTable, Schema } from './schema.ts';
import { inTransaction } from './transaction.ts';
import { createToken, getUser } from './users.ts';

/** How long a pairing waits for its sign-in and claim. */
export const PAIRING_TTL_MS = 10 * 60_000;
/** Wrong passwords on one pairing's page before it is locked. */
export const MAX_PAIRING_FAILURES = 5;
/** Pairings are deleted this long after they expire. */
const KEEP_EXPIRED_MS = 24 * 60 * 60_000;

export type PairingPurpose = 'addin' | 'google';
export type PairingStatus = 'pending' | 'approved' | 'claimed' | 'linked' | 'locked';

export interface Pairing {
  id: string;
  purpose: PairingPurpose;
  label: string | null;
  status: PairingStatus;
  /** The Google account a `google` pairing links. */
  google: GoogleIdentity | null;
  userId: string | null;
  failures: number;
  createdAt: string;
  expiresAt: string;
}

/** Code letters without look-alikes (no 0/O, 1/I/L): eight of them are 40 bits. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A typed code as stored: upper case, separators and spaces dropped. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function newCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]!);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

function pairingFromRow(row: PairingsTable): Pairing {
  return {
    id: row.id,
    purpose: row.purpose as PairingPurpose,
    label: row.label,
    status: row.status as PairingStatus,
    google: row.google_sub && row.google_email ? { sub: row.google_sub, email: row.google_email } : null,
    userId: row.user_id,
    failures: row.failures,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export interface StartedPairing {
  pairing: Pairing;
  /** For `addin`: what the client claims with, and the code a person may type instead of opening the link. */
  pollSecret: string | null;
  code: string | null;
}

/** Starts a pairing; old expired ones are swept on the way. */
export async function startPairing(
  db: Kysely<Schema>,
  input: { purpose: 'addin'; label?: string | null } | { purpose: 'google'; google: GoogleIdentity; label?: string | null },
  now: Date,
): Promise<StartedPairing> {
  await db.deleteFrom('pairings').where('expires_at', '<', new Date(now.getTime() - KEEP_EXPIRED_MS).toISOString()).execute();
  const addin = input.purpose === 'addin';
  const pollSecret = addin ? randomBytes(32).toString('base64url') : null;
  const code = addin ? newCode() : null;
  const row: PairingsTable = {
    id: randomBytes(16).toString('base64url'),
    purpose: input.purpose,
    label: input.label ?? null,
    poll_secret_hash: pollSecret ? sha256(pollSecret) : null,
    code_hash: code ? sha256(normalizeCode(code)) : null,
    google_sub: input.purpose === 'google' ? input.google.sub : null,
    google_email: input.purpose === 'google' ? input.google.email.trim().toLowerCase() : null,
    status: 'pending',
    user_id: null,
    token_id: null,
    failures: 0,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + PAIRING_TTL_MS).toISOString(),
    approved_at: null,
    claimed_at: null,
  };
  await db.insertInto('pairings').values(row).execute();
  return { pairing: pairingFromRow(row), pollSecret, code };
}

export async function getPairing(db: Kysely<Schema>, id: string): Promise<Pairing | undefined> {
  const row = await db.selectFrom('pairings').selectAll().where('id', '=', id).executeTakeFirst();
  return row && pairingFromRow(row);
}

export const isExpired = (pairing: Pick<Pairing, 'expiresAt'>, now: Date) => pairing.expiresAt <= now.toISOString();

/** The pending, unexpired `addin` pairing a typed code belongs to. */
export async function pairingForCode(db: Kysely<Schema>, code: string, now: Date): Promise<Pairing | undefined> {
  const normalized = normalizeCode(code);
  if (normalized.length !== CODE_LENGTH) return undefined;
  const row = await db
    .selectFrom('pairings')
    .selectAll()
    .where('code_hash', '=', sha256(normalized))
    .where('status', '=', 'pending')
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row && pairingFromRow(row);
}

/** Counts a wrong password on the pairing's page; at the limit the pairing is locked. Returns the attempts left. */
export async function recordPairingFailure(db: Kysely<Schema>, id: string, at: string): Promise<number> {
  return inTransaction(db, async (trx) => {
    await trx
      .updateTable('pairings')
      .set((eb) => ({ failures: eb('failures', '+', 1) }))
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    const row = await trx.selectFrom('pairings').select(['failures', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
    if (row.failures >= MAX_PAIRING_FAILURES && row.status === 'pending') {
      await trx.updateTable('pairings').set({ status: 'locked' }).where('id', '=', id).execute();
      await recordAudit(trx, { userId: null, action: 'lock', entity: 'pairing', entityId: id, after: { failures: row.failures }, at });
    }
    return Math.max(0, MAX_PAIRING_FAILURES - row.failures);
  });
}

export class PairingNotPendingError extends Error {}

/**
 * Approves a pending pairing for `user`: an `addin` pairing waits for its claim; a `google`
 * pairing links the Google account at once.
 * @throws PairingNotPendingError when it was approved, locked or expired meanwhile.
 * @throws GoogleAccountTakenError when the Google account is linked to another user.
 */
export async function approvePairing(db: Kysely<Schema>, id: string, user: User, now: Date): Promise<Pairing> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('pairings').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || row.status !== 'pending' || row.expires_at <= at) throw new PairingNotPendingError('this sign-in is no longer waiting');
    const status: PairingStatus = row.purpose === 'google' ? 'linked' : 'approved';
    const done = await trx
      .updateTable('pairings')
      .set({ status, user_id: user.id, approved_at: at })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new PairingNotPendingError('this sign-in is no longer waiting');
    if (row.purpose === 'google') {
      await linkGoogleAccount(trx, { userId: user.id, email: row.google_email!, sub: row.google_sub }, user.id, at);
    }
    const pairing = pairingFromRow({ ...row, status, user_id: user.id, approved_at: at });
    await recordAudit(trx, { userId: user.id, action: 'approve', entity: 'pairing', entityId: id, after: { purpose: pairing.purpose, label: pairing.label, google: pairing.google?.email ?? null }, at });
    return pairing;
  });
}

export type ClaimResult =
  | { status: 'unknown' }
  | { status: 'pending' }
  | { status: 'gone' }
  | { status: 'claimed'; token: string; user: User };

/**
 * Exchanges an approved `addin` pairing for an API token (labelled `outlook: <label>`), once.
 * `unknown` for a wrong id or secret; `gone` once claimed, locked or expired.
 */
export async function claimPairing(db: Kysely<Schema>, id: string, pollSecret: string, now: Date): Promise<ClaimResult> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('pairings').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || row.purpose !== 'addin' || row.poll_secret_hash !== sha256(pollSecret)) return { status: 'unknown' };
    if (row.status === 'claimed' || row.status === 'locked' || row.expires_at <= at) return { status: 'gone' };
    if (row.status !== 'approved') return { status: 'pending' };
    const user = await getUser(trx, row.user_id!);
    if (!user?.active) return { status: 'gone' };
    const taken = await trx.updateTable('pairings').set({ status: 'claimed', claimed_at: at }).where('id', '=', id).where('status', '=', 'approved').executeTakeFirst();
    // Two claims at once: only the one that moved the row gets the token.
    if (Number(taken.numUpdatedRows) !== 1) return { status: 'gone' };
    const { token, info } = await createToken(trx, user.id, row.label ? `outlook: ${row.label}` : 'outlook', user.id, at);
    await trx.updateTable('pairings').set({ token_id: info.id }).where('id', '=', id).execute();
    return { status: 'claimed', token, user };
  });
}
