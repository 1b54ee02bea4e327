/**
 * Sample mails for the pane's preview, drawn from the demo book for the signed-in user: two of
 * their customers writing, a mail they sent, a new inquiry, a look-alike sender, a colleague's
 * customer, a colleague, a meeting invite, a message being written, and no message (Today).
 * Only a store seeded with the demo book offers them: elsewhere they would show a colleague's
 * customer's address to someone who may not see it.
 */
import { sql, type Kysely } from 'kysely';
import type { User } from '../../core/index.ts';
import type { StandInAddress, StandInMessage, StandInSample } from '../../addin/stand-in/stand-in-message.ts';
import type { Schema } from '../store/schema.ts';
import { visibleCustomers } from '../store/visibility.ts';

interface CustomerPick {
  id: string;
  code: string;
  name: string;
  contact: StandInAddress;
  domain: string | null;
  subject: string | null;
}

/** True when the store was filled by the demo seeder (`npm start` on an empty store). */
export async function isDemoStore(db: Kysely<Schema>): Promise<boolean> {
  const row = await db.selectFrom('audit_log').select('id').where('action', '=', 'seed_demo_book').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Customers with a contact address, most orders first; `visible` picks the caller's or the others'. */
async function pickCustomers(db: Kysely<Schema>, user: User, visible: boolean, limit: number): Promise<CustomerPick[]> {
  const rows = await db
    .selectFrom('customers')
    .innerJoin('contact_emails', 'contact_emails.customer_id', 'customers.id')
    .innerJoin('contacts', 'contacts.id', 'contact_emails.contact_id')
    .select(['customers.id', 'customers.code', 'customers.name', 'contacts.name as contactName', 'contact_emails.email'])
    .select((eb) => eb.selectFrom('orders').select(sql<number>`count(*)`.as('n')).whereRef('orders.customer_id', '=', 'customers.id').as('orders'))
    .select((eb) => eb.selectFrom('customer_domains').select('customer_domains.domain').whereRef('customer_domains.customer_id', '=', 'customers.id').limit(1).as('domain'))
    .where('customers.merged_into', 'is', null)
    .where('contacts.active', '=', 1)
    .where('contact_emails.position', '=', 0)
    .where((eb) => (visible ? visibleCustomers(user)(eb) : eb.not(visibleCustomers(user)(eb))))
    .orderBy('orders', 'desc')
    .orderBy('customers.code')
    .limit(limit * 4)
    .execute();
  const seen = new Set<string>();
  const picks: CustomerPick[] = [];
  for (const r of rows) {
    if (seen.has(r.id) || picks.length >= limit) continue;
    seen.add(r.id);
    const last = await db
      .selectFrom('interactions')
      .select('subject')
      .where('customer_id', '=', r.id)
      .where('channel', '=', 'email')
      .where('direction', '=', 'received')
      .where('subject', 'is not', null)
      .orderBy('occurred_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    picks.push({ id: r.id, code: r.code, name: r.name, contact: { name: r.contactName, address: r.email }, domain: r.domain ?? null, subject: last?.subject ?? null });
  }
  return picks;
}

/** `nordkueche.de` → `nordkkueche.de`: one letter doubled, the look-alike a forger registers. */
export function lookalikeOf(domain: string): string {
  const dot = domain.indexOf('.');
  const label = domain.slice(0, dot);
  const at = Math.min(3, label.length - 1);
  return `${label.slice(0, at)}${label[at]}${label.slice(at)}${domain.slice(dot)}`;
}

const INQUIRY_BODY = `Dear Sir or Madam,

We are a kitchenware importer and distributor in Hamburg, supplying about 120 retail stores in Germany and Austria.

We are interested in your electric kettles (1.7 L, stainless steel) and air fryers (4.5 L). Please quote FOB Ningbo for 2,000 pcs of each, with CE and GS certificates. Our target price for the kettle is USD 9.50.

Could you send 2 samples of each model and your catalogue? We plan our spring order in January.

Best regards,
Jonas Weber
Purchasing Manager
Küchenwelt Handel GmbH
Tel. +49 40 5550 1234
www.kuechenwelt-handel.de`;

const BANK_BODY = (name: string, company: string) => `Dear partner,

Please note that our bank account has changed. Kindly remit the balance of the last invoice to our new account:

Beneficiary: ${company}
IBAN: GB29 NWBK 6016 1331 9268 19
SWIFT: NWBKGB2L

Please confirm once the payment is made.

Best regards,
${name}`;

const mid = (kind: string, code: string) => `<preview-${kind}-${code.toLowerCase()}@touchpoint.preview>`;

/**
 * The samples for `user`, or null when the store holds no demo book.
 * @param now the moment the samples are "received" (an hour before it).
 */
export async function previewSamples(db: Kysely<Schema>, user: User, now: Date): Promise<StandInSample[] | null> {
  if (!(await isDemoStore(db))) return null;
  const me: StandInAddress = { name: user.name, address: user.email };
  const at = new Date(now.getTime() - 60 * 60_000).toISOString();
  const [mine, others, colleague] = await Promise.all([
    pickCustomers(db, user, true, 2),
    pickCustomers(db, user, false, 1),
    db.selectFrom('users').select(['name', 'email']).where('id', '!=', user.id).where('active', '=', 1).orderBy('email').limit(1).executeTakeFirst(),
  ]);
  const samples: StandInSample[] = [];
  const read = (m: Omit<StandInMessage, 'mode'>): StandInMessage => ({ mode: 'read', receivedAt: at, ...m });

  for (const c of mine) {
    samples.push({
      kind: 'customer',
      message: read({
        from: c.contact,
        to: [me],
        subject: c.subject ? `Re: ${c.subject.replace(/^(re|aw|fw):\s*/i, '')}` : 'Re: our next order',
        internetMessageId: mid('customer', c.code),
        conversationId: `preview-${c.code}`,
        attachments: ['PO-draft.pdf'],
        body: `Hello ${user.name.split(' ')[0]},\n\nThank you for your quick reply. We will confirm the quantities for the next shipment this week.\n\nBest regards,\n${c.contact.name}\n${c.name}`,
      }),
    });
  }
  const first = mine[0];
  const second = mine[1] ?? first;
  if (first) {
    samples.push({
      kind: 'sent',
      message: read({
        from: me,
        to: [first.contact],
        subject: `Quotation for ${first.name}`,
        internetMessageId: mid('sent', first.code),
        body: `Dear ${first.contact.name},\n\nPlease find our quotation attached.\n\nBest regards,\n${user.name}`,
        attachments: ['Quotation.pdf'],
      }),
    });
  }
  samples.push({
    kind: 'inquiry',
    message: read({
      from: { name: 'Jonas Weber', address: 'j.weber@kuechenwelt-handel.de' },
      to: [me],
      subject: 'Inquiry: electric kettles and air fryers for the German market',
      internetMessageId: '<preview-inquiry-kuechenwelt@kuechenwelt-handel.de>',
      body: INQUIRY_BODY,
    }),
  });
  if (first?.domain) {
    const fake = lookalikeOf(first.domain);
    samples.push({
      kind: 'lookalike',
      message: read({
        from: { name: first.contact.name, address: `${first.contact.address.split('@')[0]}@${fake}` },
        to: [me],
        subject: 'Updated bank details for the open invoice',
        internetMessageId: mid('lookalike', first.code),
        body: BANK_BODY(first.contact.name, first.name),
        headers: `From: ${first.contact.name} <${first.contact.address.split('@')[0]}@${fake}>\r\nReply-To: accounts.${first.code.toLowerCase()}@gmail.com\r\n`,
      }),
    });
  }
  if (others[0]) {
    const o = others[0];
    samples.push({
      kind: 'owned_elsewhere',
      message: read({ from: o.contact, to: [me], subject: 'Request for quotation', internetMessageId: mid('other', o.code), body: 'Please send your best price.' }),
    });
  }
  if (colleague) {
    samples.push({
      kind: 'internal',
      message: read({ from: { name: colleague.name, address: colleague.email }, to: [me], subject: 'Sales meeting on Friday', internetMessageId: '<preview-internal@touchpoint.preview>', body: 'See you at 10.' }),
    });
  }
  if (first) {
    samples.push({
      kind: 'meeting',
      message: read({ itemClass: 'IPM.Schedule.Meeting.Request', from: first.contact, to: [me], subject: 'Video call: 2027 price list', internetMessageId: mid('meeting', first.code) }),
    });
  }
  if (second) {
    samples.push({ kind: 'compose', message: { mode: 'compose', from: me, to: [second.contact], subject: '', body: '' } });
  }
  samples.push({ kind: 'none', message: null });
  return samples;
}
