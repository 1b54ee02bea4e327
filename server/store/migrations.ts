/**
 * The one set of migrations, for SQLite and PostgreSQL alike. Only types both engines read the
 * same are used: text, integer, bigint, double precision. Append new migrations; never edit one
 * that has shipped.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('teams')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('team_id', 'text', (c) => c.references('teams.id'))
        .addColumn('locale', 'text')
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

      await db.schema
        .createTable('customers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('region', 'text')
        .addColumn('buyer_type', 'text')
        .addColumn('brand_relation', 'text')
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('staff', 'integer')
        .addColumn('turnover_band', 'text')
        .addColumn('founded', 'integer')
        .addColumn('credit', 'text', (c) => c.notNull())
        .addColumn('scope_notes', 'text')
        .addColumn('valued_factors', 'text', (c) => c.notNull())
        .addColumn('new_product_responsiveness', 'text')
        .addColumn('delivery_sensitivity', 'text')
        .addColumn('languages', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text')
        .addColumn('custom_holidays', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('tier_override', 'text')
        .addColumn('merged_into', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('customers_owner').on('customers').columns(['owner_id', 'name']).execute();
      await db.schema.createIndex('customers_name').on('customers').column('name').execute();

      await db.schema
        .createTable('customer_domains')
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('domain', 'text', (c) => c.notNull())
        .addColumn('registrable', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('customer_domains_pk', ['customer_id', 'domain'])
        .execute();
      await db.schema.createIndex('customer_domains_registrable').on('customer_domains').column('registrable').execute();

      await db.schema
        .createTable('customer_shares')
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addPrimaryKeyConstraint('customer_shares_pk', ['customer_id', 'user_id'])
        .execute();
      await db.schema.createIndex('customer_shares_user').on('customer_shares').column('user_id').execute();

      await db.schema
        .createTable('contacts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('phone', 'text')
        .addColumn('birthday', 'text')
        .addColumn('language', 'text')
        .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('replaced_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('contacts_customer').on('contacts').column('customer_id').execute();

      await db.schema
        .createTable('contact_emails')
        .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('contact_emails_pk', ['contact_id', 'email'])
        .execute();
      await db.schema.createIndex('contact_emails_email').on('contact_emails').column('email').execute();
      await db.schema.createIndex('contact_emails_customer').on('contact_emails').column('customer_id').execute();

      await db.schema
        .createTable('orders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('contract_no', 'text', (c) => c.notNull().unique())
        .addColumn('ordered_at', 'text', (c) => c.notNull())
        .addColumn('shipped_at', 'text')
        .addColumn('payment_due', 'text')
        .addColumn('paid_at', 'text')
        .addColumn('amount', 'double precision', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('incoterm', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('lines', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('orders_customer_date').on('orders').columns(['customer_id', 'ordered_at']).execute();

      await db.schema
        .createTable('interactions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('contact_id', 'text', (c) => c.references('contacts.id'))
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('subject', 'text')
        .addColumn('excerpt', 'text')
        .addColumn('participants', 'text', (c) => c.notNull())
        .addColumn('attachment_names', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text')
        .addColumn('conversation_id', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('logged_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('logged_at', 'text', (c) => c.notNull())
        .execute();
      // One message is one record per customer, whoever logs it and from whichever mail client.
      await db.schema
        .createIndex('interactions_customer_message')
        .on('interactions')
        .columns(['customer_id', 'message_id'])
        .unique()
        .execute();
      await db.schema.createIndex('interactions_message').on('interactions').column('message_id').execute();
      await db.schema.createIndex('interactions_customer_date').on('interactions').columns(['customer_id', 'occurred_at']).execute();

      await db.schema
        .createTable('reminders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('due', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('snoozed_until', 'text')
        .addColumn('note', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('assigned_to', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .execute();
      await db.schema.createIndex('reminders_assignee_status').on('reminders').columns(['assigned_to', 'status', 'due']).execute();
      await db.schema.createIndex('reminders_customer_status').on('reminders').columns(['customer_id', 'status']).execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id', 'at']).execute();
    },
  },
  '0002_holiday_greetings': {
    async up(db: Kysely<any>) {
      // A customer's own holiday choices (add / skip), as JSON like the other list columns.
      await db.schema
        .alterTable('customers')
        .addColumn('holiday_greetings', 'text', (c) => c.notNull().defaultTo('{"add":[],"skip":[]}'))
        .execute();
    },
  },
  '0003_google_accounts': {
    async up(db: Kysely<any>) {
      // The Google accounts whose Gmail add-on requests act as a Touchpoint user. An admin may
      // link by Google e-mail before the account's stable id (`sub`) is known; the first verified
      // request from that address fills it in.
      await db.schema
        .createTable('google_accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('google_email', 'text', (c) => c.notNull().unique())
        .addColumn('google_sub', 'text', (c) => c.unique())
        .addColumn('linked_at', 'text', (c) => c.notNull())
        .addColumn('linked_by', 'text')
        .execute();
      await db.schema.createIndex('google_accounts_user').on('google_accounts').column('user_id').execute();
    },
  },
  '0004_sign_in': {
    async up(db: Kysely<any>) {
      // A password per user, as a self-describing scrypt hash (salt and cost inside).
      await db.schema
        .createTable('user_passwords')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .execute();

      // Sign-ins started by a mail client (device-code style): the id is public (it is in the
      // sign-in link), the poll secret and the short code are stored only as SHA-256 hashes.
      await db.schema
        .createTable('pairings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('label', 'text')
        .addColumn('poll_secret_hash', 'text')
        .addColumn('code_hash', 'text')
        .addColumn('google_sub', 'text')
        .addColumn('google_email', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.references('users.id'))
        .addColumn('token_id', 'text')
        .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('approved_at', 'text')
        .addColumn('claimed_at', 'text')
        .execute();
      await db.schema.createIndex('pairings_code').on('pairings').column('code_hash').execute();
      await db.schema.createIndex('pairings_expires').on('pairings').column('expires_at').execute();

      // Failed sign-ins and code entries per account or client (hashed key), so guessing is locked out.
      await db.schema
        .createTable('sign_in_failures')
        .addColumn('key_hash', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('first_at', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the database to the newest schema. Safe to call from several server instances at once
 * on PostgreSQL (the migrator takes a lock).
 * @throws when a migration fails; the database is left at the last migration that succeeded.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** For tests: the names of all migrations in order. @internal */
export const migrationNames = Object.keys(migrations);
