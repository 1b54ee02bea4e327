/**
 * Contacts and their e-mail addresses. Addresses live in their own table (with the customer id
 * beside them) so sender resolution is one indexed look-up.
 */
import type { Kysely } from 'kysely';
import type { Contact, ContactPatch, NewContact, User } from '../../core/index.ts';
import { recordAudit } from './audit.ts';
import { inTransaction } from './transaction.ts';
import { getVisibleCustomer, type Page } from './customers.ts';
import { StoreError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import { containsText } from './like.ts';
import { fromFlag, toFlag } from './json.ts';
import type { ContactsTable, Schema } from './schema.ts';
import { visibleCustomers } from './visibility.ts';

function contactFromRow(row: ContactsTable, emails: string[]): Contact {
  return {
    id: row.id,
    customerId: row.customer_id,
    name: row.name,
    emails,
    title: row.title,
    phone: row.phone,
    birthday: row.birthday,
    language: row.language,
    isPrimary: fromFlag(row.is_primary),
    active: fromFlag(row.active),
    replacedBy: row.replaced_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function loadContacts(db: Kysely<Schema>, rows: ContactsTable[]): Promise<Contact[]> {
  if (rows.length === 0) return [];
  const emails = await db
    .selectFrom('contact_emails')
    .select(['contact_id', 'email'])
    .where('contact_id', 'in', rows.map((r) => r.id))
    .orderBy('contact_id')
    .orderBy('position')
    .execute();
  const byContact = new Map<string, string[]>();
  for (const e of emails) byContact.set(e.contact_id, [...(byContact.get(e.contact_id) ?? []), e.email]);
  return rows.map((r) => contactFromRow(r, byContact.get(r.id) ?? []));
}

export async function contactsOfCustomer(db: Kysely<Schema>, customerId: string): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('active', 'desc')
    .orderBy('is_primary', 'desc')
    .orderBy('name')
    .execute();
  return loadContacts(db, rows);
}

export async function getVisibleContact(db: Kysely<Schema>, user: User, id: string): Promise<Contact> {
  const row = await db
    .selectFrom('contacts')
    .innerJoin('customers', 'customers.id', 'contacts.customer_id')
    .selectAll('contacts')
    .where('contacts.id', '=', id)
    .where('customers.merged_into', 'is', null)
    .where(visibleCustomers(user))
    .executeTakeFirst();
  if (!row) throw notFound('contact');
  return (await loadContacts(db, [row]))[0]!;
}

export interface ContactQuery {
  q?: string | undefined;
  customerId?: string | undefined;
  limit: number;
  offset: number;
}

export async function listContacts(db: Kysely<Schema>, user: User, query: ContactQuery): Promise<Page<Contact>> {
  let base = db
    .selectFrom('contacts')
    .innerJoin('customers', 'customers.id', 'contacts.customer_id')
    .where('customers.merged_into', 'is', null)
    .where(visibleCustomers(user));
  if (query.customerId) base = base.where('contacts.customer_id', '=', query.customerId);
  if (query.q?.trim()) {
    const q = query.q.trim();
    base = base.where((eb) =>
      eb.or([
        containsText('contacts.name', q),
        eb.exists(
          eb
            .selectFrom('contact_emails')
            .select('contact_emails.contact_id')
            .whereRef('contact_emails.contact_id', '=', 'contacts.id')
            .where(containsText('contact_emails.email', q)),
        ),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base.selectAll('contacts').orderBy('contacts.name').orderBy('contacts.id').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await loadContacts(db, rows), total: Number(count.n), limit: query.limit, offset: query.offset };
}

export function contactRow(id: string, input: NewContact, at: string): ContactsTable {
  return {
    id,
    customer_id: input.customerId,
    name: input.name,
    title: input.title ?? null,
    phone: input.phone ?? null,
    birthday: input.birthday ?? null,
    language: input.language ?? null,
    is_primary: toFlag(input.isPrimary),
    active: toFlag(input.active),
    replaced_by: input.replacedBy ?? null,
    created_at: at,
    updated_at: at,
  };
}

/** The address rows of a contact, first address first, duplicates dropped. */
export function contactEmailRows(contactId: string, customerId: string, emails: string[]) {
  return [...new Set(emails)].map((email, position) => ({ contact_id: contactId, customer_id: customerId, email, position }));
}

async function writeEmails(db: Kysely<Schema>, contactId: string, customerId: string, emails: string[]): Promise<void> {
  await db.deleteFrom('contact_emails').where('contact_id', '=', contactId).execute();
  const rows = contactEmailRows(contactId, customerId, emails);
  if (rows.length) await db.insertInto('contact_emails').values(rows).execute();
}

async function assertReplacement(db: Kysely<Schema>, customerId: string, replacedBy: string | null | undefined): Promise<void> {
  if (!replacedBy) return;
  const row = await db.selectFrom('contacts').select('customer_id').where('id', '=', replacedBy).executeTakeFirst();
  if (!row || row.customer_id !== customerId) throw new StoreError('invalid', 'replacedBy must be a contact of the same customer', 'replacedBy');
}

/** Adds a contact to a customer the user may see. */
export async function createContact(db: Kysely<Schema>, actor: User, input: NewContact, at: string): Promise<Contact> {
  return inTransaction(db, async (trx) => {
    await getVisibleCustomer(trx, actor, input.customerId);
    await assertReplacement(trx, input.customerId, input.replacedBy);
    const id = newId();
    await trx.insertInto('contacts').values(contactRow(id, input, at)).execute();
    await writeEmails(trx, id, input.customerId, input.emails);
    const created = await getVisibleContact(trx, actor, id);
    await recordAudit(trx, { userId: actor.id, action: 'create', entity: 'contact', entityId: id, after: created, at });
    return created;
  });
}

export async function updateContact(db: Kysely<Schema>, actor: User, id: string, patch: ContactPatch, at: string): Promise<Contact> {
  return inTransaction(db, async (trx) => {
    const before = await getVisibleContact(trx, actor, id);
    await assertReplacement(trx, before.customerId, patch.replacedBy);
    const next = { ...before, ...patch };
    const { id: _id, created_at: _created, ...columns } = contactRow(id, { ...next, customerId: before.customerId }, at);
    await trx
      .updateTable('contacts')
      .set(columns)
      .where('id', '=', id)
      .execute();
    if (patch.emails) await writeEmails(trx, id, before.customerId, patch.emails);
    const after = await getVisibleContact(trx, actor, id);
    await recordAudit(trx, { userId: actor.id, action: 'update', entity: 'contact', entityId: id, before, after, at });
    return after;
  });
}
