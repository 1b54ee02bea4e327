/**
 * The audit log: every write says who did what to which record, with the record before and after.
 */
import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';
import { newId } from './ids.ts';
import { fromJson, toJson } from './json.ts';

export interface AuditInput {
  userId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at: string;
}

/** Writes one audit entry; call inside the transaction of the change it records. */
export async function recordAudit(db: Kysely<Schema>, entry: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: entry.at,
      user_id: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : toJson(entry.before),
      after: entry.after === undefined ? null : toJson(entry.after),
    })
    .execute();
}

export interface AuditEntry {
  id: string;
  at: string;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export async function auditTrail(db: Kysely<Schema>, entity: string, entityId: string): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: fromJson(r.before, null),
    after: fromJson(r.after, null),
  }));
}
