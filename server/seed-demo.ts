/**
 * Fills an empty store with the generated demo book (server/demo/), so a newcomer's first
 * `npm start` shows a believable business. One transaction: a failed seed leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { dateIn, NewContact, NewCustomer, NewOrder, type TouchpointConfig } from '../core/index.ts';
import { generateBook } from './demo/generate-book.ts';
import { recordAudit } from './store/audit.ts';
import { contactEmailRows, contactRow } from './store/contacts.ts';
import { customerRowFields, domainRows } from './store/customers.ts';
import { newId } from './store/ids.ts';
import { interactionRow } from './store/interactions.ts';
import { orderRow } from './store/orders.ts';
import { hashPassword, storePasswordHash } from './store/passwords.ts';
import { reminderRow } from './store/reminders.ts';
import type { Schema } from './store/schema.ts';
import { createToken } from './store/users.ts';

/** Customers in the demo book. */
export const DEMO_CUSTOMERS = 300;
/** The book is the same for the same day: generated from this seed and the date. */
export const DEMO_SEED = 20_261_125;
/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 200;

export interface SeedResult {
  customers: number;
  countries: number;
  orders: number;
  interactions: number;
  reminders: number;
  /** One token for the first rep, the first manager and the admin; shown once. */
  tokens: Array<{ role: string; email: string; token: string }>;
  /** The password the same three users sign in with on the pairing pages; shown once. */
  password: string;
}

async function insertBatched<T extends keyof Schema>(db: Kysely<Schema>, table: T, rows: Array<Schema[T]>) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
  }
}

export async function seedDemoBook(db: Kysely<Schema>, config: TouchpointConfig, now: Date, customers = DEMO_CUSTOMERS): Promise<SeedResult> {
  const today = dateIn(now, config.company.timeZone);
  const at = now.toISOString();
  // Random per store, so a demo left running on a network is not open to a published password.
  const password = randomBytes(9).toString('base64url');
  // scrypt runs on libuv's threads: hashing now overlaps generating the book.
  const hashes = Promise.all(['rep', 'manager', 'admin'].map(() => hashPassword(password)));
  const book = generateBook({
    seed: DEMO_SEED,
    customers,
    today,
    ownDomain: config.company.domains[0]!,
    managers: 2,
    ...(config.company.baseCurrency === 'USD' ? { rates: config.company.rates } : {}),
  });

  return db.transaction().execute(async (trx) => {
    const userIds = new Map<string, string>();
    for (const team of [...new Set(book.users.map((u) => u.team).filter(Boolean))]) {
      await trx.insertInto('teams').values({ id: newId(), name: team }).execute();
    }
    const teams = new Map((await trx.selectFrom('teams').select(['id', 'name']).execute()).map((t) => [t.name, t.id]));
    for (const u of book.users) {
      const id = newId();
      userIds.set(u.key, id);
      await trx
        .insertInto('users')
        .values({ id, name: u.name, email: u.email, role: u.role, team_id: u.role === 'admin' ? null : (teams.get(u.team) ?? null), locale: u.locale, active: 1, created_at: at })
        .execute();
    }
    const user = (key: string) => {
      const id = userIds.get(key);
      if (!id) throw new Error(`demo book names unknown user ${key}`);
      return id;
    };

    const customerIds = new Map(book.customers.map((c) => [c.key, newId()]));
    const contactIds = new Map(book.contacts.map((c) => [c.key, newId()]));
    const customerRows = [];
    const domains = [];
    const shares = [];
    for (const c of book.customers) {
      const id = customerIds.get(c.key)!;
      const { key, ownerKey, sharedWithKeys, createdAt, ...fields } = c;
      const parsed = NewCustomer.parse({ ...fields, ownerId: user(ownerKey) });
      const { domains: ds, sharedWith: _s, ownerId, ...rest } = parsed;
      customerRows.push({ id, ...customerRowFields({ ...rest, ownerId: ownerId!, tierOverride: null }), merged_into: null, created_at: createdAt, updated_at: at });
      domains.push(...domainRows(id, ds));
      shares.push(...sharedWithKeys.map((k) => ({ customer_id: id, user_id: user(k) })));
    }
    await insertBatched(trx, 'customers', customerRows);
    await insertBatched(trx, 'customer_domains', domains);
    await insertBatched(trx, 'customer_shares', shares);

    const contactRows = [];
    const emailRows = [];
    for (const c of book.contacts) {
      const { key, customerKey, replacedByKey, ...fields } = c;
      const customerId = customerIds.get(customerKey)!;
      const parsed = NewContact.parse({ ...fields, customerId, replacedBy: replacedByKey ? contactIds.get(replacedByKey) : null });
      const id = contactIds.get(key)!;
      contactRows.push(contactRow(id, parsed, at));
      emailRows.push(...contactEmailRows(id, customerId, parsed.emails));
    }
    await insertBatched(trx, 'contacts', contactRows);
    await insertBatched(trx, 'contact_emails', emailRows);

    await insertBatched(
      trx,
      'orders',
      book.orders.map(({ key, customerKey, ...o }) => orderRow(newId(), NewOrder.parse({ ...o, customerId: customerIds.get(customerKey)! }), at)),
    );
    await insertBatched(
      trx,
      'interactions',
      book.interactions.map(({ key, customerKey, contactKey, loggedByKey, loggedAt, ...i }) =>
        interactionRow(newId(), { ...i, customerId: customerIds.get(customerKey)!, contactId: contactKey ? contactIds.get(contactKey)! : null }, user(loggedByKey), loggedAt),
      ),
    );
    await insertBatched(
      trx,
      'reminders',
      book.reminders.map(({ key, customerKey, assignedToKey, createdByKey, createdAt, ...r }) =>
        reminderRow(newId(), { ...r, customerId: customerIds.get(customerKey)!, assignedTo: user(assignedToKey), createdBy: user(createdByKey) }, createdAt),
      ),
    );

    await recordAudit(trx, {
      userId: null,
      action: 'seed_demo_book',
      entity: 'store',
      entityId: 'demo',
      after: { seed: DEMO_SEED, today, customers: book.customers.length, orders: book.orders.length },
      at,
    });

    const tokens = [];
    const hashed = await hashes;
    for (const [i, role] of (['rep', 'manager', 'admin'] as const).entries()) {
      const u = book.users.find((x) => x.role === role);
      if (!u) continue;
      const { token } = await createToken(trx, user(u.key), 'demo', null, at);
      await storePasswordHash(trx, user(u.key), hashed[i]!, null, at);
      tokens.push({ role, email: u.email, token });
    }
    return {
      customers: book.customers.length,
      countries: new Set(book.customers.map((c) => c.country)).size,
      orders: book.orders.length,
      interactions: book.interactions.length,
      reminders: book.reminders.length,
      tokens,
      password,
    };
  });
}
