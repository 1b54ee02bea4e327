/**
 * Customers: create, read, search, update, merge. Every read goes through the caller's visibility;
 * every write through `canEdit` and the audit log, in one transaction.
 */
import type { Kysely } from 'kysely';
import { registrableDomain, toAsciiDomain, type Customer, type CustomerPatch, type NewCustomer, type User } from '../../core/index.ts';
import { recordAudit } from './audit.ts';
import { inTransaction } from './transaction.ts';
import { StoreError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import { fromJson, toJson } from './json.ts';
import { containsText } from './like.ts';
import type { CustomersTable, Schema } from './schema.ts';
import { canEdit, visibleCustomers } from './visibility.ts';

export function customerFromRow(row: CustomersTable, domains: string[], sharedWith: string[]): Customer {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    country: row.country,
    region: row.region,
    buyerType: row.buyer_type as Customer['buyerType'],
    brandRelation: row.brand_relation as Customer['brandRelation'],
    stage: row.stage as Customer['stage'],
    staff: row.staff,
    turnoverBand: row.turnover_band as Customer['turnoverBand'],
    founded: row.founded,
    credit: row.credit as Customer['credit'],
    scopeNotes: row.scope_notes,
    domains,
    valuedFactors: fromJson(row.valued_factors, []),
    newProductResponsiveness: row.new_product_responsiveness as Customer['newProductResponsiveness'],
    deliverySensitivity: row.delivery_sensitivity as Customer['deliverySensitivity'],
    languages: fromJson(row.languages, []),
    timeZone: row.time_zone,
    customHolidays: fromJson(row.custom_holidays, []),
    holidayGreetings: fromJson(row.holiday_greetings, { add: [], skip: [] }),
    ownerId: row.owner_id,
    sharedWith,
    tierOverride: fromJson(row.tier_override, null),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type CustomerFields = Omit<Customer, 'id' | 'createdAt' | 'updatedAt' | 'domains' | 'sharedWith'>;

/** The columns of a customer (all but ids, timestamps and merge state). */
export function customerRowFields(c: CustomerFields): Omit<CustomersTable, 'id' | 'created_at' | 'updated_at' | 'merged_into'> {
  return {
    code: c.code,
    name: c.name,
    country: c.country,
    region: c.region ?? null,
    buyer_type: c.buyerType ?? null,
    brand_relation: c.brandRelation ?? null,
    stage: c.stage,
    staff: c.staff ?? null,
    turnover_band: c.turnoverBand ?? null,
    founded: c.founded ?? null,
    credit: c.credit,
    scope_notes: c.scopeNotes ?? null,
    valued_factors: toJson(c.valuedFactors),
    new_product_responsiveness: c.newProductResponsiveness ?? null,
    delivery_sensitivity: c.deliverySensitivity ?? null,
    languages: toJson(c.languages),
    time_zone: c.timeZone ?? null,
    custom_holidays: toJson(c.customHolidays),
    holiday_greetings: toJson(c.holidayGreetings),
    owner_id: c.ownerId,
    tier_override: c.tierOverride ? toJson(c.tierOverride) : null,
  };
}

async function loadCustomers(db: Kysely<Schema>, rows: CustomersTable[]): Promise<Customer[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [domains, shares] = await Promise.all([
    db.selectFrom('customer_domains').select(['customer_id', 'domain']).where('customer_id', 'in', ids).orderBy('domain').execute(),
    db.selectFrom('customer_shares').select(['customer_id', 'user_id']).where('customer_id', 'in', ids).orderBy('user_id').execute(),
  ]);
  const group = (pairs: Array<[string, string]>) => {
    const map = new Map<string, string[]>();
    for (const [k, v] of pairs) map.set(k, [...(map.get(k) ?? []), v]);
    return map;
  };
  const byDomain = group(domains.map((d) => [d.customer_id, d.domain]));
  const byShare = group(shares.map((s) => [s.customer_id, s.user_id]));
  return rows.map((r) => customerFromRow(r, byDomain.get(r.id) ?? [], byShare.get(r.id) ?? []));
}

/** Customers by id regardless of who asks (server-internal use), merged ones left out, in no order. */
export async function customersByIds(db: Kysely<Schema>, ids: string[]): Promise<Customer[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('customers').selectAll().where('id', 'in', ids).where('merged_into', 'is', null).execute();
  return loadCustomers(db, rows);
}

/** A customer by id regardless of who asks (server-internal use). Merged customers are not returned. */
export async function getCustomer(db: Kysely<Schema>, id: string): Promise<Customer | undefined> {
  const row = await db.selectFrom('customers').selectAll().where('id', '=', id).where('merged_into', 'is', null).executeTakeFirst();
  return row ? (await loadCustomers(db, [row]))[0] : undefined;
}

/** A customer the user may see. @throws StoreError not_found otherwise (existence is not revealed). */
export async function getVisibleCustomer(db: Kysely<Schema>, user: User, id: string): Promise<Customer> {
  const row = await db
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', id)
    .where('merged_into', 'is', null)
    .where(visibleCustomers(user))
    .executeTakeFirst();
  if (!row) throw notFound('customer');
  return (await loadCustomers(db, [row]))[0]!;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface CustomerQuery {
  /** Matches name, code, a contact's e-mail or a domain, case-insensitively. */
  q?: string | undefined;
  ownerId?: string | undefined;
  limit: number;
  offset: number;
}

/** The customers the user may see, filtered and paged, by name. */
export async function listCustomers(db: Kysely<Schema>, user: User, query: CustomerQuery): Promise<Page<Customer>> {
  let base = db.selectFrom('customers').where('merged_into', 'is', null).where(visibleCustomers(user));
  if (query.ownerId) base = base.where('owner_id', '=', query.ownerId);
  if (query.q && query.q.trim()) {
    const q = query.q.trim();
    base = base.where((eb) =>
      eb.or([
        containsText('customers.name', q),
        containsText('customers.code', q),
        eb.exists(
          eb
            .selectFrom('contact_emails')
            .select('contact_emails.customer_id')
            .whereRef('contact_emails.customer_id', '=', 'customers.id')
            .where(containsText('contact_emails.email', q)),
        ),
        eb.exists(
          eb
            .selectFrom('customer_domains')
            .select('customer_domains.customer_id')
            .whereRef('customer_domains.customer_id', '=', 'customers.id')
            .where(containsText('customer_domains.domain', q)),
        ),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base.selectAll('customers').orderBy('customers.name').orderBy('customers.id').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await loadCustomers(db, rows), total: Number(count.n), limit: query.limit, offset: query.offset };
}

async function ownerOf(db: Kysely<Schema>, userId: string): Promise<{ id: string; teamId: string | null }> {
  const row = await db.selectFrom('users').select(['id', 'team_id']).where('id', '=', userId).executeTakeFirst();
  if (!row) throw new StoreError('invalid', `no user with id ${userId}`, 'ownerId');
  return { id: row.id, teamId: row.team_id };
}

async function assertUsersExist(db: Kysely<Schema>, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.selectFrom('users').select('id').where('id', 'in', ids).execute();
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw new StoreError('invalid', `no user with id ${missing[0]}`, field);
}

export function domainRows(customerId: string, domains: string[]) {
  return [...new Set(domains.map((d) => toAsciiDomain(d)))].map((domain) => ({
    customer_id: customerId,
    domain,
    registrable: registrableDomain(domain) ?? domain,
  }));
}

async function assertCodeFree(db: Kysely<Schema>, code: string, exceptId?: string): Promise<void> {
  let q = db.selectFrom('customers').select('id').where('code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw new StoreError('conflict', `customer code ${code} is taken`, 'code');
}

/** Creates a customer owned by `input.ownerId` or the actor. */
export async function createCustomer(db: Kysely<Schema>, actor: User, input: NewCustomer, at: string): Promise<Customer> {
  return inTransaction(db, async (trx) => {
    const ownerId = input.ownerId ?? actor.id;
    const owner = await ownerOf(trx, ownerId);
    if (!canEdit(actor, owner)) throw new StoreError('forbidden', 'you may not create customers for that owner', 'ownerId');
    await assertUsersExist(trx, input.sharedWith, 'sharedWith');
    await assertCodeFree(trx, input.code);
    const id = newId();
    const { domains, sharedWith, ownerId: _o, ...rest } = input;
    await trx
      .insertInto('customers')
      .values({ id, ...customerRowFields({ ...rest, ownerId, tierOverride: null }), merged_into: null, created_at: at, updated_at: at })
      .execute();
    const dRows = domainRows(id, domains);
    if (dRows.length) await trx.insertInto('customer_domains').values(dRows).execute();
    const shares = [...new Set(sharedWith)].filter((u) => u !== ownerId);
    if (shares.length) await trx.insertInto('customer_shares').values(shares.map((user_id) => ({ customer_id: id, user_id }))).execute();
    const created = (await getCustomer(trx, id))!;
    await recordAudit(trx, { userId: actor.id, action: 'create', entity: 'customer', entityId: id, after: created, at });
    return created;
  });
}

/** Applies a patch. Changing the owner takes a manager or admin. */
export async function updateCustomer(db: Kysely<Schema>, actor: User, id: string, patch: CustomerPatch, at: string): Promise<Customer> {
  return inTransaction(db, async (trx) => {
    const before = await getVisibleCustomer(trx, actor, id);
    if (!canEdit(actor, await ownerOf(trx, before.ownerId))) throw new StoreError('forbidden', 'only the owner, their manager or an admin may change this customer');
    if (patch.ownerId && patch.ownerId !== before.ownerId) {
      if (actor.role === 'rep') throw new StoreError('forbidden', 'only a manager or an admin may hand a customer to another owner', 'ownerId');
      if (!canEdit(actor, await ownerOf(trx, patch.ownerId))) throw new StoreError('forbidden', 'you may not hand customers to that user', 'ownerId');
    }
    if (patch.code) await assertCodeFree(trx, patch.code, id);
    if (patch.sharedWith) await assertUsersExist(trx, patch.sharedWith, 'sharedWith');
    const { domains, sharedWith, tierOverride, ...fields } = patch;
    const merged: CustomerFields = { ...before, ...fields };
    if (tierOverride !== undefined) {
      merged.tierOverride = tierOverride ? { ...tierOverride, setBy: actor.id, setAt: at } : null;
    }
    await trx.updateTable('customers').set({ ...customerRowFields(merged), updated_at: at }).where('id', '=', id).execute();
    if (domains) {
      await trx.deleteFrom('customer_domains').where('customer_id', '=', id).execute();
      const dRows = domainRows(id, domains);
      if (dRows.length) await trx.insertInto('customer_domains').values(dRows).execute();
    }
    if (sharedWith) {
      await trx.deleteFrom('customer_shares').where('customer_id', '=', id).execute();
      const shares = [...new Set(sharedWith)].filter((u) => u !== merged.ownerId);
      if (shares.length) await trx.insertInto('customer_shares').values(shares.map((user_id) => ({ customer_id: id, user_id }))).execute();
    }
    const after = (await getCustomer(trx, id))!;
    await recordAudit(trx, { userId: actor.id, action: 'update', entity: 'customer', entityId: id, before, after, at });
    return after;
  });
}

/**
 * Merges `dropId` into `keepId`: contacts, orders, interactions, reminders, domains and shares move
 * to the kept customer; the dropped one stays, marked `merged_into`, so history is never lost.
 * A message logged on both is kept once.
 */
export async function mergeCustomers(db: Kysely<Schema>, actor: User, keepId: string, dropId: string, at: string): Promise<Customer> {
  if (keepId === dropId) throw new StoreError('invalid', 'cannot merge a customer into itself', 'mergeId');
  return inTransaction(db, async (trx) => {
    const keep = await getVisibleCustomer(trx, actor, keepId);
    const drop = await getVisibleCustomer(trx, actor, dropId);
    for (const c of [keep, drop]) {
      if (!canEdit(actor, await ownerOf(trx, c.ownerId))) throw new StoreError('forbidden', `you may not change customer ${c.code}`);
    }
    // Messages already logged on the kept customer would collide with the unique (customer, message) index.
    const dupes = await trx
      .selectFrom('interactions as d')
      .innerJoin('interactions as k', (j) => j.onRef('k.message_id', '=', 'd.message_id').on('k.customer_id', '=', keepId))
      .select('d.id')
      .where('d.customer_id', '=', dropId)
      .execute();
    if (dupes.length) await trx.deleteFrom('interactions').where('id', 'in', dupes.map((d) => d.id)).execute();
    for (const table of ['contacts', 'contact_emails', 'orders', 'interactions', 'reminders'] as const) {
      await trx.updateTable(table).set({ customer_id: keepId }).where('customer_id', '=', dropId).execute();
    }
    const keptDomains = new Set(keep.domains);
    const moveDomains = drop.domains.filter((d) => !keptDomains.has(d));
    await trx.deleteFrom('customer_domains').where('customer_id', '=', dropId).execute();
    const dRows = domainRows(keepId, moveDomains);
    if (dRows.length) await trx.insertInto('customer_domains').values(dRows).execute();
    const keptShares = new Set([...keep.sharedWith, keep.ownerId]);
    await trx.deleteFrom('customer_shares').where('customer_id', '=', dropId).execute();
    const addShares = [...new Set([...drop.sharedWith, drop.ownerId])].filter((u) => !keptShares.has(u));
    if (addShares.length) await trx.insertInto('customer_shares').values(addShares.map((user_id) => ({ customer_id: keepId, user_id }))).execute();
    await trx.updateTable('customers').set({ merged_into: keepId, updated_at: at }).where('id', '=', dropId).execute();
    await trx.updateTable('customers').set({ updated_at: at }).where('id', '=', keepId).execute();
    const after = (await getCustomer(trx, keepId))!;
    await recordAudit(trx, { userId: actor.id, action: 'merge', entity: 'customer', entityId: keepId, before: { keep, drop, droppedDuplicateInteractions: dupes.length }, after, at });
    await recordAudit(trx, { userId: actor.id, action: 'merged_into', entity: 'customer', entityId: dropId, before: drop, after: { mergedInto: keepId }, at });
    return after;
  });
}
