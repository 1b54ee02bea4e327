/**
 * Which Touchpoint user a Google account acts as in the Gmail add-on. A link is made by an
 * admin (by the Google e-mail) or by the user through a pairing link (with the account's `sub`
 * from a verified ID token); each Google account belongs to one user, a user may have several.
 */
import type { Kysely } from 'kysely';
import type { User } from '../../core/index.ts';
import { recordAudit } from './audit.ts';
import { newId } from './ids.ts';
import type { Schema } from './schema.ts';
import { inTransaction } from './transaction.ts';
import { userFromRow } from './users.ts';

/** A verified Google identity: `sub` and `email` from an ID token whose signature was checked. */
export interface GoogleIdentity {
  sub: string;
  email: string;
}

export interface GoogleAccountLink {
  id: string;
  userId: string;
  googleEmail: string;
  googleSub: string | null;
  linkedAt: string;
}

export class GoogleAccountTakenError extends Error {}

/**
 * The active user a verified Google identity acts as, or undefined when the account is not linked
 * (or its user is deactivated). A link made by e-mail alone learns the account's `sub` here.
 */
export async function userForGoogleAccount(db: Kysely<Schema>, identity: GoogleIdentity): Promise<User | undefined> {
  const email = identity.email.trim().toLowerCase();
  const row = await db
    .selectFrom('google_accounts')
    .innerJoin('users', 'users.id', 'google_accounts.user_id')
    .selectAll('users')
    .select(['google_accounts.id as link_id', 'google_accounts.google_sub', 'google_accounts.google_email'])
    .where((eb) => eb.or([eb('google_accounts.google_sub', '=', identity.sub), eb.and([eb('google_accounts.google_sub', 'is', null), eb('google_accounts.google_email', '=', email)])]))
    .where('users.active', '=', 1)
    .executeTakeFirst();
  if (!row) return undefined;
  const { link_id, google_sub, google_email: _email, ...user } = row;
  if (google_sub === null) {
    // Only fills an empty sub: a concurrent request that filled it first wins, harmlessly.
    await db.updateTable('google_accounts').set({ google_sub: identity.sub }).where('id', '=', link_id).where('google_sub', 'is', null).execute();
  }
  return userFromRow(user);
}

/**
 * Links a Google account to a user: by e-mail (an admin, before the account ever called) or by
 * e-mail and `sub` (a verified pairing). Relinking the same account to the same user is a no-op.
 * @throws GoogleAccountTakenError when the account is linked to another user.
 */
export async function linkGoogleAccount(
  db: Kysely<Schema>,
  link: { userId: string; email: string; sub?: string | null },
  actorId: string | null,
  at: string,
): Promise<GoogleAccountLink> {
  const email = link.email.trim().toLowerCase();
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('google_accounts')
      .selectAll()
      .where((eb) => (link.sub ? eb.or([eb('google_email', '=', email), eb('google_sub', '=', link.sub)]) : eb('google_email', '=', email)))
      .execute();
    const other = existing.find((r) => r.user_id !== link.userId);
    if (other) throw new GoogleAccountTakenError(`the Google account ${email} is linked to another user; unlink it first`);
    const mine = existing[0];
    if (mine) {
      if (link.sub && mine.google_sub !== link.sub) {
        await trx.updateTable('google_accounts').set({ google_sub: link.sub, google_email: email }).where('id', '=', mine.id).execute();
      }
      return { id: mine.id, userId: mine.user_id, googleEmail: email, googleSub: link.sub ?? mine.google_sub, linkedAt: mine.linked_at };
    }
    const row = { id: newId(), user_id: link.userId, google_email: email, google_sub: link.sub ?? null, linked_at: at, linked_by: actorId };
    await trx.insertInto('google_accounts').values(row).execute();
    const created: GoogleAccountLink = { id: row.id, userId: row.user_id, googleEmail: email, googleSub: row.google_sub, linkedAt: at };
    await recordAudit(trx, { userId: actorId, action: 'create', entity: 'google_account', entityId: row.id, after: created, at });
    return created;
  });
}

/** The Google accounts linked to a user. */
export async function googleAccountsOf(db: Kysely<Schema>, userId: string): Promise<GoogleAccountLink[]> {
  const rows = await db.selectFrom('google_accounts').selectAll().where('user_id', '=', userId).orderBy('linked_at').execute();
  return rows.map((r) => ({ id: r.id, userId: r.user_id, googleEmail: r.google_email, googleSub: r.google_sub, linkedAt: r.linked_at }));
}

/** Removes a link by the Google e-mail. Returns false when there was none. */
export async function unlinkGoogleAccount(db: Kysely<Schema>, googleEmail: string, actorId: string | null, at: string): Promise<boolean> {
  const email = googleEmail.trim().toLowerCase();
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('google_accounts').selectAll().where('google_email', '=', email).executeTakeFirst();
    if (!row) return false;
    await trx.deleteFrom('google_accounts').where('id', '=', row.id).execute();
    await recordAudit(trx, { userId: actorId, action: 'delete', entity: 'google_account', entityId: row.id, before: row, at });
    return true;
  });
}
