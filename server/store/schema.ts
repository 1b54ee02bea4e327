/**
 * Row shapes of the tables, as the query builder sees them. Booleans are stored as 0/1 and
 * JSON as text on both engines, so one set of migrations and queries serves SQLite and PostgreSQL.
 * Timestamps are ISO-8601 UTC text (`…Z`), dates `YYYY-MM-DD`: text order is time order.
 */
export interface TeamsTable {
  id: string;
  name: string;
}

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  role: string;
  team_id: string | null;
  locale: string | null;
  active: number;
  created_at: string;
}

/** A Google account linked to a user, for the Gmail add-on. */
export interface GoogleAccountsTable {
  id: string;
  user_id: string;
  /** Lower-case. */
  google_email: string;
  /** Google's stable account id; null until the first verified request from the account. */
  google_sub: string | null;
  linked_at: string;
  linked_by: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  token_hash: string;
  label: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A user's password: `$scrypt$ln=…,r=…,p=…$<salt>$<hash>`, never the password itself. */
export interface UserPasswordsTable {
  user_id: string;
  password_hash: string;
  changed_at: string;
}

/** A sign-in started by a mail client and finished on the server's sign-in page. */
export interface PairingsTable {
  /** Public: it is in the sign-in link. */
  id: string;
  /** `addin` (ends in a token the client claims) or `google` (links a Google account). */
  purpose: string;
  label: string | null;
  /** SHA-256 of the secret the client claims with; null for `google`. */
  poll_secret_hash: string | null;
  /** SHA-256 of the short code typed on `/pair`; null for `google`. */
  code_hash: string | null;
  google_sub: string | null;
  google_email: string | null;
  /** `pending`, `approved` (addin, not claimed yet), `claimed`, `linked` (google), `locked`. */
  status: string;
  user_id: string | null;
  /** The token issued at claim. */
  token_id: string | null;
  /** Wrong passwords entered on this pairing's page. */
  failures: number;
  created_at: string;
  expires_at: string;
  approved_at: string | null;
  claimed_at: string | null;
}

/** Failures counted against one key (an account, a client) within a window. */
export interface SignInFailuresTable {
  /** SHA-256 of `account:<email>` or `client:<address>`. */
  key_hash: string;
  failures: number;
  first_at: string;
  locked_until: string | null;
}

export interface CustomersTable {
  id: string;
  code: string;
  name: string;
  country: string;
  region: string | null;
  buyer_type: string | null;
  brand_relation: string | null;
  stage: string;
  staff: number | null;
  turnover_band: string | null;
  founded: number | null;
  credit: string;
  scope_notes: string | null;
  valued_factors: string;
  new_product_responsiveness: string | null;
  delivery_sensitivity: string | null;
  languages: string;
  time_zone: string | null;
  custom_holidays: string;
  holiday_greetings: string;
  owner_id: string;
  tier_override: string | null;
  /** Set when this customer was merged into another; merged customers are hidden, not deleted. */
  merged_into: string | null;
  created_at: string;
  updated_at: string;
}

export interface CustomerDomainsTable {
  customer_id: string;
  domain: string;
  registrable: string;
}

export interface CustomerSharesTable {
  customer_id: string;
  user_id: string;
}

export interface ContactsTable {
  id: string;
  customer_id: string;
  name: string;
  title: string | null;
  phone: string | null;
  birthday: string | null;
  language: string | null;
  is_primary: number;
  active: number;
  replaced_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContactEmailsTable {
  contact_id: string;
  customer_id: string;
  email: string;
  position: number;
}

export interface OrdersTable {
  id: string;
  customer_id: string;
  contract_no: string;
  ordered_at: string;
  shipped_at: string | null;
  payment_due: string | null;
  paid_at: string | null;
  amount: number;
  currency: string;
  incoterm: string | null;
  status: string;
  lines: string;
  created_at: string;
  updated_at: string;
}

export interface InteractionsTable {
  id: string;
  customer_id: string;
  contact_id: string | null;
  channel: string;
  direction: string;
  kind: string;
  outcome: string | null;
  subject: string | null;
  excerpt: string | null;
  participants: string;
  attachment_names: string;
  occurred_at: string;
  message_id: string | null;
  conversation_id: string | null;
  source: string;
  note: string | null;
  logged_by: string;
  logged_at: string;
}

export interface RemindersTable {
  id: string;
  customer_id: string;
  kind: string;
  due: string;
  status: string;
  snoozed_until: string | null;
  note: string | null;
  created_by: string;
  assigned_to: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  user_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

export interface Schema {
  teams: TeamsTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  customers: CustomersTable;
  customer_domains: CustomerDomainsTable;
  customer_shares: CustomerSharesTable;
  contacts: ContactsTable;
  contact_emails: ContactEmailsTable;
  orders: OrdersTable;
  interactions: InteractionsTable;
  reminders: RemindersTable;
  audit_log: AuditLogTable;
  google_accounts: GoogleAccountsTable;
  user_passwords: UserPasswordsTable;
  pairings: PairingsTable;
  sign_in_failures: SignInFailuresTable;
}
