/**
 * Users, teams and API tokens. A token is shown once at creation; only its SHA-256 is stored,
 * so a leaked database does not leak working tokens. Revoked tokens stay for the record.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { NewUser, Role, User } from '../../core/index.ts';
import { recordAudit } from './audit.ts';
import { inTransaction } from './transaction.ts';
import { newId } from './ids.ts';
import { fromFlag } from './json.ts';
import type { Schema, UsersTable } from './schema.ts';

export function userFromRow(row: UsersTable): User {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    teamId: row.team_id,
    locale: row.locale,
    active: fromFlag(row.active),
    createdAt: row.created_at,
  };
}

/** The team with that name, created if missing. */
async function ensureTeam(db: Kysely<Schema>, name: string): Promise<string> {
  const existing = await db.selectFrom('teams').select('id').where('name', '=', name).executeTakeFirst();
  if (existing) return existing.id;
  const id = newId();
  await db.insertInto('teams').values({ id, name }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('teams').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export class DuplicateUserError extends Error {}

/**
 * Creates a user. @throws DuplicateUserError when the e-mail is taken.
 */
export async function createUser(db: Kysely<Schema>, input: NewUser, actorId: string | null, at: string): Promise<User> {
  return inTransaction(db, async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
    if (taken) throw new DuplicateUserError(`a user with e-mail ${input.email} exists`);
    const teamId = input.team ? await ensureTeam(trx, input.team) : null;
    const row: UsersTable = {
      id: newId(),
      name: input.name,
      email: input.email,
      role: input.role,
      team_id: teamId,
      locale: input.locale ?? null,
      active: 1,
      created_at: at,
    };
    await trx.insertInto('users').values(row).execute();
    const user = userFromRow(row);
    await recordAudit(trx, { userId: actorId, action: 'create', entity: 'user', entityId: user.id, after: user, at });
    return user;
  });
}

export async function getUser(db: Kysely<Schema>, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && userFromRow(row);
}

export async function getUserByEmail(db: Kysely<Schema>, email: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  return row && userFromRow(row);
}

export async function listUsers(db: Kysely<Schema>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('name').execute();
  return rows.map(userFromRow);
}

export async function teamName(db: Kysely<Schema>, teamId: string | null | undefined): Promise<string | null> {
  if (!teamId) return null;
  const row = await db.selectFrom('teams').select('name').where('id', '=', teamId).executeTakeFirst();
  return row?.name ?? null;
}

export async function setUserActive(db: Kysely<Schema>, userId: string, active: boolean, actorId: string | null, at: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
    await trx.updateTable('users').set({ active: active ? 1 : 0 }).where('id', '=', userId).execute();
    // A deactivated user's tokens stop working at once.
    if (!active) await trx.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
    await recordAudit(trx, {
      userId: actorId,
      action: active ? 'activate' : 'deactivate',
      entity: 'user',
      entityId: userId,
      before: userFromRow(before),
      after: { ...userFromRow(before), active },
      at,
    });
  });
}

// TOKENS

const TOKEN_PREFIX = 'tp_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface TokenInfo {
  id: string;
  userId: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Creates a bearer token for a user; the returned `token` is the only time it is visible. */
export async function createToken(
  db: Kysely<Schema>,
  userId: string,
  label: string,
  actorId: string | null,
  at: string,
): Promise<{ token: string; info: TokenInfo }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const info: TokenInfo = { id: newId(), userId, label, createdAt: at, lastUsedAt: null, revokedAt: null };
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('api_tokens')
      .values({ id: info.id, user_id: userId, token_hash: hashToken(token), label, created_at: at, last_used_at: null, revoked_at: null })
      .execute();
    await recordAudit(trx, { userId: actorId, action: 'create', entity: 'api_token', entityId: info.id, after: info, at });
  });
  return { token, info };
}

export async function listTokens(db: Kysely<Schema>, userId: string): Promise<TokenInfo[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, userId: r.user_id, label: r.label, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at }));
}

/** Revokes a token by its id. Returns false when no such live token exists. */
export async function revokeToken(db: Kysely<Schema>, tokenId: string, actorId: string | null, at: string): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const res = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', tokenId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    await recordAudit(trx, { userId: actorId, action: 'revoke', entity: 'api_token', entityId: tokenId, after: { revokedAt: at }, at });
    return true;
  });
}

/** How stale `last_used_at` may get before a request refreshes it: one write per token per interval, not per request. */
const LAST_USED_GRANULARITY_MS = 10 * 60 * 1000;

/** The active user a live token belongs to, or undefined. Notes when the token was last used. */
export async function userForToken(db: Kysely<Schema>, token: string, now: Date = new Date()): Promise<User | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.id as token_id', 'api_tokens.last_used_at'])
    .where('api_tokens.token_hash', '=', hashToken(token))
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.active', '=', 1)
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_id, last_used_at, ...user } = row;
  if (!last_used_at || now.getTime() - Date.parse(last_used_at) > LAST_USED_GRANULARITY_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', token_id).execute();
  }
  return userFromRow(user);
}
