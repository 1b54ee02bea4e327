/**
 * Loads what judgement reads about customers (`CustomerRecord`): the customer, every contact,
 * every order, and the contact records of a recent window. Batched, so a whole book loads in a
 * few queries per few hundred customers rather than a few per customer.
 */
import type { Kysely } from 'kysely';
import type { CustomerRecord, InteractionKind } from '../../core/index.ts';
import { loadContacts } from './contacts.ts';
import { customersByIds } from './customers.ts';
import { interactionFromRow } from './interactions.ts';
import { orderFromRow } from './orders.ts';
import type { Schema } from './schema.ts';

/** Ids per query: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;

export interface RecordOptions {
  /** Contact records on or after this instant (`YYYY-MM-DD` or ISO) are loaded. */
  interactionsSince: string;
  /** Only these kinds of contact record (all when omitted): a book-wide index needs few. */
  interactionKinds?: InteractionKind[];
}

/** Records of the given customers (merged or unknown ids are left out), in the order of `ids`. */
export async function customerRecords(db: Kysely<Schema>, ids: string[], options: RecordOptions): Promise<CustomerRecord[]> {
  const out: CustomerRecord[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await chunkRecords(db, ids.slice(i, i + CHUNK), options)));
  return out;
}

/** One customer's record, or undefined when there is no such (unmerged) customer. */
export async function customerRecord(db: Kysely<Schema>, id: string, options: RecordOptions): Promise<CustomerRecord | undefined> {
  return (await chunkRecords(db, [id], options))[0];
}

async function chunkRecords(db: Kysely<Schema>, ids: string[], options: RecordOptions): Promise<CustomerRecord[]> {
  if (ids.length === 0) return [];
  let interactions = db.selectFrom('interactions').selectAll().where('customer_id', 'in', ids).where('occurred_at', '>=', options.interactionsSince);
  if (options.interactionKinds) interactions = interactions.where('kind', 'in', options.interactionKinds);
  const [customers, contactRows, orderRows, interactionRows] = await Promise.all([
    customersByIds(db, ids),
    db.selectFrom('contacts').selectAll().where('customer_id', 'in', ids).orderBy('active', 'desc').orderBy('is_primary', 'desc').orderBy('name').execute(),
    db.selectFrom('orders').selectAll().where('customer_id', 'in', ids).orderBy('ordered_at', 'desc').orderBy('contract_no', 'desc').execute(),
    options.interactionKinds?.length === 0 ? Promise.resolve([]) : interactions.orderBy('occurred_at', 'desc').execute(),
  ]);
  const contacts = await loadContacts(db, contactRows);
  const records = new Map<string, CustomerRecord>(customers.map((customer) => [customer.id, { customer, contacts: [], orders: [], interactions: [] }]));
  for (const c of contacts) records.get(c.customerId)?.contacts.push(c);
  for (const o of orderRows) records.get(o.customer_id)?.orders.push(orderFromRow(o));
  for (const i of interactionRows) records.get(i.customer_id)?.interactions.push(interactionFromRow(i));
  return ids.flatMap((id) => records.get(id) ?? []);
}
