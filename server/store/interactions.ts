/**
 * The contact history. Logging an e-mail is idempotent team-wide: the unique index on
 * (customer, Message-ID) lets exactly one of any number of simultaneous logs insert, and the
 * others read back who logged it first.
 */
import type { Kysely } from 'kysely';
import type { AlreadyLogged, Interaction, User } from '../../core/index.ts';
import { recordAudit } from './audit.ts';
import { inTransaction } from './transaction.ts';
import { getVisibleCustomer } from './customers.ts';
import { StoreError } from './errors.ts';
import { newId } from './ids.ts';
import { fromJson, toJson } from './json.ts';
import type { InteractionsTable, Schema } from './schema.ts';

export function interactionFromRow(row: InteractionsTable): Interaction {
  return {
    id: row.id,
    customerId: row.customer_id,
    contactId: row.contact_id,
    channel: row.channel as Interaction['channel'],
    direction: row.direction as Interaction['direction'],
    kind: row.kind as Interaction['kind'],
    outcome: row.outcome as Interaction['outcome'],
    subject: row.subject,
    excerpt: row.excerpt,
    participants: fromJson(row.participants, { from: null, to: [], cc: [] }),
    attachmentNames: fromJson(row.attachment_names, []),
    occurredAt: row.occurred_at,
    messageId: row.message_id,
    conversationId: row.conversation_id,
    source: row.source as Interaction['source'],
    note: row.note,
    loggedBy: row.logged_by,
    loggedAt: row.logged_at,
  };
}

export type InteractionInput = Omit<Interaction, 'id' | 'loggedBy' | 'loggedAt'>;

export interface LogResult {
  interaction: Interaction;
  /** False when this message was already in the customer's history. */
  created: boolean;
  /** Who logged it first, and when. */
  first: AlreadyLogged;
}

async function firstLog(db: Kysely<Schema>, customerId: string, messageId: string) {
  return db
    .selectFrom('interactions')
    .innerJoin('users', 'users.id', 'interactions.logged_by')
    .selectAll('interactions')
    .select(['users.name as user_name', 'users.email as user_email'])
    .where('interactions.customer_id', '=', customerId)
    .where('interactions.message_id', '=', messageId)
    .executeTakeFirst();
}

export function interactionRow(id: string, input: InteractionInput, loggedBy: string, at: string): InteractionsTable {
  return {
    id,
    customer_id: input.customerId,
    contact_id: input.contactId ?? null,
    channel: input.channel,
    direction: input.direction,
    kind: input.kind,
    outcome: input.outcome ?? null,
    subject: input.subject ?? null,
    excerpt: input.excerpt ?? null,
    participants: toJson(input.participants),
    attachment_names: toJson(input.attachmentNames),
    occurred_at: input.occurredAt,
    message_id: input.messageId ?? null,
    conversation_id: input.conversationId ?? null,
    source: input.source,
    note: input.note ?? null,
    logged_by: loggedBy,
    logged_at: at,
  };
}

/** Logs an interaction on a customer the actor may see; a repeated Message-ID creates nothing. */
export async function logInteraction(db: Kysely<Schema>, actor: User, input: InteractionInput, at: string): Promise<LogResult> {
  return inTransaction(db, async (trx) => {
    await getVisibleCustomer(trx, actor, input.customerId);
    if (input.contactId) {
      const contact = await trx.selectFrom('contacts').select('customer_id').where('id', '=', input.contactId).executeTakeFirst();
      if (!contact || contact.customer_id !== input.customerId) throw new StoreError('invalid', 'the contact is not one of this customer’s', 'contactId');
    }
    const row = interactionRow(newId(), input, actor.id, at);
    const inserted = await trx
      .insertInto('interactions')
      .values(row)
      .onConflict((oc) => oc.columns(['customer_id', 'message_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      const interaction = interactionFromRow(row);
      await recordAudit(trx, { userId: actor.id, action: 'log', entity: 'interaction', entityId: row.id, after: interaction, at });
      return { interaction, created: true, first: { interactionId: row.id, by: { id: actor.id, name: actor.name, email: actor.email }, at } };
    }
    const existing = await firstLog(trx, input.customerId, input.messageId!);
    if (!existing) throw new Error('interaction insert conflicted but no row was found');
    const { user_name, user_email, ...existingRow } = existing;
    return {
      interaction: interactionFromRow(existingRow),
      created: false,
      first: { interactionId: existing.id, by: { id: existing.logged_by, name: user_name, email: user_email }, at: existing.logged_at },
    };
  });
}

/** Who logged this message on this customer, if anyone. */
export async function alreadyLogged(db: Kysely<Schema>, customerId: string, messageId: string | null | undefined): Promise<AlreadyLogged | null> {
  if (!messageId) return null;
  const row = await firstLog(db, customerId, messageId);
  return row ? { interactionId: row.id, by: { id: row.logged_by, name: row.user_name, email: row.user_email }, at: row.logged_at } : null;
}

/** The newest interactions of a customer, with the name of who logged each. */
export async function recentInteractions(db: Kysely<Schema>, customerId: string, limit: number) {
  const rows = await db
    .selectFrom('interactions')
    .innerJoin('users', 'users.id', 'interactions.logged_by')
    .selectAll('interactions')
    .select('users.name as user_name')
    .where('interactions.customer_id', '=', customerId)
    .orderBy('interactions.occurred_at', 'desc')
    .orderBy('interactions.id')
    .limit(limit)
    .execute();
  return rows.map(({ user_name, ...row }) => ({ ...interactionFromRow(row), loggedByName: user_name }));
}

/** Every interaction of a customer the user may see, newest first. */
export async function interactionsOfCustomer(db: Kysely<Schema>, user: User, customerId: string, limit: number, offset: number) {
  await getVisibleCustomer(db, user, customerId);
  const rows = await db
    .selectFrom('interactions')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(interactionFromRow);
}
