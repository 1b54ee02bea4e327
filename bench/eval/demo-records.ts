/**
 * The demo generator's book as core's `CustomerRecord`s, with the hidden truth beside each, for
 * the evaluation scripts. Ids are the generator's keys (`cust-00042`); only the evaluation reads
 * `truth`, never the code it measures.
 */
import { readFileSync } from 'node:fs';
import { Contact, Customer, Order, TouchpointConfig, type CustomerRecord, type Interaction } from '../../core/index.ts';
import { streamBook, type DemoTruth } from '../../server/demo/generate-book.ts';

export const EVAL_TODAY = '2026-11-25';
export const EVAL_OWN_DOMAIN = 'lumen-home.example';

export interface DemoRecord {
  record: CustomerRecord;
  truth: DemoTruth;
}

export interface DemoRecordOptions {
  seed?: number;
  customers?: number;
  today?: string;
}

/** The example company config (touchpoint.config.example.json), parsed. */
export function exampleConfig(): TouchpointConfig {
  const url = new URL('../../touchpoint.config.example.json', import.meta.url);
  return TouchpointConfig.parse(JSON.parse(readFileSync(url, 'utf8')));
}

/** The demo book, customer by customer, shaped as the server would load it from the store. */
export function* demoRecords({ seed = 20_261_125, customers = 2_000, today = EVAL_TODAY }: DemoRecordOptions = {}): Generator<DemoRecord> {
  const at = `${today}T00:00:00.000Z`;
  for (const bundle of streamBook({ seed, customers, today, ownDomain: EVAL_OWN_DOMAIN, reps: 4 })) {
    const { key, ownerKey, sharedWithKeys, createdAt, ...fields } = bundle.customer;
    const customer = Customer.parse({ ...fields, id: key, ownerId: ownerKey, sharedWith: sharedWithKeys, createdAt, updatedAt: at });
    const contacts = bundle.contacts.map(({ key: id, customerKey, replacedByKey, ...c }) =>
      Contact.parse({ ...c, id, customerId: customerKey, replacedBy: replacedByKey ?? null, createdAt: at, updatedAt: at }),
    );
    const orders = bundle.orders.map(({ key: id, customerKey, ...o }) => Order.parse({ ...o, id, customerId: customerKey, createdAt: at, updatedAt: at }));
    const interactions: Interaction[] = bundle.interactions.map(({ key: id, customerKey, contactKey, loggedByKey, ...i }) => ({
      ...i,
      id,
      customerId: customerKey,
      contactId: contactKey ?? null,
      loggedBy: loggedByKey,
    }));
    yield { record: { customer, contacts, orders, interactions }, truth: bundle.truth };
  }
}
