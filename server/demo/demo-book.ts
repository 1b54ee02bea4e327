/**
 * Shapes of the generated demo book. Each record is the core input shape (`NewCustomer`,
 * `NewContact`, `NewOrder`, `NewReminder`, `Interaction`) with store ids replaced by stable
 * keys (`cust-00042`, `rep-2`), so a seeder can map keys to the ids its store assigns.
 */
import type { NewContact } from '../../core/contact.ts';
import type { NewCustomer, Tier } from '../../core/customer.ts';
import type { Interaction } from '../../core/interaction.ts';
import type { NewOrder } from '../../core/order.ts';
import type { NewReminder, ReminderStatus } from '../../core/reminder.ts';
import type { Role } from '../../core/user.ts';
import type { ArchetypeKey, PaymentHabit, Trend } from './archetypes.ts';
import type { Season } from './countries.ts';

/** Options of `generateBook` and `streamBook`. */
export interface GenerateBookOptions {
  /** Any integer; the same seed and options give byte-identical books. */
  seed: number;
  /** Number of customers (prospects included). */
  customers: number;
  /** `YYYY-MM-DD`: every date in the book is on or before the day before it, except due dates and forecasts. */
  today: string;
  /** Years of history before `today`. Default 3. */
  years?: number;
  /** The exporter's own mail domain: users' and sent mails' addresses. */
  ownDomain: string;
  /** Number of sales reps. Default 4. */
  reps?: number;
  /** Number of sales managers, one per team. Default 1 (teams: at least 2 when there are 4+ reps). */
  managers?: number;
  /**
   * Currencies orders may be written in besides USD, as USD per unit (the config's `company.rates`
   * when the base currency is USD). Default: the rates of the example config.
   */
  rates?: Readonly<Record<string, number>>;
}

/** A user of the exporter, shaped for `NewUser` (key instead of id, team by name). */
export interface DemoUser {
  /** `rep-1`, `manager-1`, `admin`. */
  key: string;
  name: string;
  email: string;
  role: Role;
  team: string;
  locale: string;
}

/** A customer: `NewCustomer` with keys for owner and sharing. */
export type DemoCustomer = Omit<NewCustomer, 'ownerId' | 'sharedWith'> & {
  /** `cust-00001`, in generation order. */
  key: string;
  ownerKey: string;
  sharedWithKeys: string[];
  /** When the record was made: the first contact (may predate the generated years for old customers). */
  createdAt: string;
};

/** A contact: `NewContact` with the customer's key and the successor's key. */
export type DemoContact = Omit<NewContact, 'customerId' | 'replacedBy'> & {
  key: string;
  customerKey: string;
  /** Key of the contact who took over, when this one left. */
  replacedByKey: string | null;
};

/** An order: `NewOrder` with the customer's key. */
export type DemoOrder = Omit<NewOrder, 'customerId'> & { key: string; customerKey: string };

/** A contact record: `Interaction` with keys for customer, contact and the user who logged it. */
export type DemoInteraction = Omit<Interaction, 'id' | 'customerId' | 'contactId' | 'loggedBy'> & {
  key: string;
  customerKey: string;
  contactKey: string | null;
  loggedByKey: string;
};

/** An open or snoozed reminder: `NewReminder` plus status, keys and creation time. */
export type DemoReminder = Omit<NewReminder, 'customerId' | 'assignedTo'> & {
  key: string;
  status: Extract<ReminderStatus, 'open' | 'snoozed'>;
  /** Set when snoozed: the day it comes back. */
  snoozedUntil: string | null;
  customerKey: string;
  assignedToKey: string;
  createdByKey: string;
  createdAt: string;
};

/** Hidden ground truth about one customer. Product code must never read it. */
export interface DemoTruth {
  /** Latent yearly purchases in USD at today's level (0 once churned; a prospect's potential if won). */
  value: number;
  /** The tier a seasoned manager would give, from value, rhythm, payment habit and loyalty. */
  tier: Tier;
  archetype: ArchetypeKey;
  /** Current mean days between orders. */
  meanIntervalDays: number;
  /** The next order the customer's rhythm would bring (on or after `today`); null for churned customers and prospects. */
  nextOrderDate: string | null;
  churned: boolean;
  paymentHabit: PaymentHabit;
  loyalty: 'low' | 'medium' | 'high';
  trend: Trend;
  season: Season | null;
}

/** Everything generated for one customer; `streamBook` yields these one by one. */
export interface DemoCustomerBundle {
  customer: DemoCustomer;
  contacts: DemoContact[];
  orders: DemoOrder[];
  interactions: DemoInteraction[];
  reminders: DemoReminder[];
  truth: DemoTruth;
}

/** A whole generated book. */
export interface DemoBook {
  users: DemoUser[];
  customers: DemoCustomer[];
  contacts: DemoContact[];
  orders: DemoOrder[];
  interactions: DemoInteraction[];
  reminders: DemoReminder[];
  /** By customer key. */
  truth: Record<string, DemoTruth>;
}
