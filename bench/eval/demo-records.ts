/**
 * The demo generator's book as core's `CustomerRecord`s, with the hidden truth beside each, for
 * the evaluation scripts. Ids are the generator's keys (`cust-00042`); only the evaluation reads
 * `truth`, never the code it measures.
 */
import { readFileSync } from 'node:fs';
import { TouchpointConfig, type CustomerRecord, type Interaction, type Order } from '../../core/index.ts';
import { streamBook, type DemoCustomerBundle, type DemoTruth } from '../../server/demo/generate-book.ts';

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

/**
 * One demo customer as the store would hand it to core: ids made up from the generator's keys,
 * and every order and contact record an object of one fixed shape, as the store's row mappers
 * build them (the engine reads fixed shapes much faster, so timing them is the honest figure).
 */
export function demoRecord(bundle: DemoCustomerBundle, today: string): CustomerRecord {
  const at = `${today}T00:00:00.000Z`;
  const id = (key: string) => `id-${key}`;
  const { key, ownerKey, sharedWithKeys, ...customer } = bundle.customer;
  return {
    customer: { ...customer, id: id(key), ownerId: id(ownerKey), sharedWith: sharedWithKeys.map(id), tierOverride: null, updatedAt: at },
    contacts: bundle.contacts.map(({ key: k, customerKey, replacedByKey, ...c }) => ({
      ...c,
      id: id(k),
      customerId: id(customerKey),
      replacedBy: replacedByKey === null ? null : id(replacedByKey),
      createdAt: at,
      updatedAt: at,
    })),
    orders: bundle.orders.map((o): Order => ({
      id: id(o.key),
      customerId: id(o.customerKey),
      contractNo: o.contractNo,
      orderedAt: o.orderedAt,
      shippedAt: o.shippedAt ?? null,
      paymentDue: o.paymentDue ?? null,
      paidAt: o.paidAt ?? null,
      amount: o.amount,
      currency: o.currency,
      incoterm: o.incoterm ?? null,
      status: o.status,
      lines: o.lines,
      createdAt: at,
      updatedAt: at,
    })),
    interactions: bundle.interactions.map((i): Interaction => ({
      id: id(i.key),
      customerId: id(i.customerKey),
      contactId: i.contactKey === null ? null : id(i.contactKey),
      channel: i.channel,
      direction: i.direction,
      kind: i.kind,
      outcome: i.outcome ?? null,
      subject: i.subject ?? null,
      excerpt: i.excerpt ?? null,
      participants: i.participants,
      attachmentNames: i.attachmentNames,
      occurredAt: i.occurredAt,
      messageId: i.messageId ?? null,
      conversationId: i.conversationId ?? null,
      source: i.source,
      note: i.note ?? null,
      loggedBy: id(i.loggedByKey),
      loggedAt: i.loggedAt,
    })),
  };
}

/** The demo book, customer by customer, shaped as the server would load it from the store. */
export function* demoRecords({ seed = 20_261_125, customers = 2_000, today = EVAL_TODAY }: DemoRecordOptions = {}): Generator<DemoRecord> {
  for (const bundle of streamBook({ seed, customers, today, ownDomain: EVAL_OWN_DOMAIN, reps: 4 })) {
    yield { record: demoRecord(bundle, today), truth: bundle.truth };
  }
}
