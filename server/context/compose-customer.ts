/**
 * The `CustomerContext` of one customer, composed once for both ways a surface asks: for the
 * sender of an open mail (`POST /api/context`), and by id for the customer's page
 * (`GET /api/customers/:id/context`), where no mail is open.
 */
import type { Kysely } from 'kysely';
import {
  addDays,
  dateIn,
  reminderDueOn,
  summariseOrders,
  type CustomerContext,
  type Direction,
  type MailMessage,
  type RankedCandidate,
  type TouchpointConfig,
  type User,
} from '../../core/index.ts';
import { translator, uiLocale, type UiLocale } from '../../core/i18n/index.ts';
import { customerRecord } from '../store/customer-records.ts';
import { getVisibleCustomer } from '../store/customers.ts';
import { alreadyLogged, recentInteractions } from '../store/interactions.ts';
import { activeRemindersOfCustomer } from '../store/reminders.ts';
import type { Schema } from '../store/schema.ts';
import type { BookIndexCache } from './book-index.ts';
import { judgeCustomer } from './customer-judgement.ts';
import { mailWarnings, trustCustomer } from './trust-check.ts';

/** Contact records judgement reads for one customer (reply, follow-ups, churn, greetings, loyalty). */
export const JUDGEMENT_HISTORY_DAYS = 2 * 365;

export interface ComposeInput {
  db: Kysely<Schema>;
  config: TouchpointConfig;
  now: Date;
  bookIndex: BookIndexCache;
  locale: UiLocale;
}

/** What an open mail adds to a customer's context: why this customer, and the mail to check. */
export interface MailFacts {
  message: MailMessage;
  direction: Direction;
  /** The customer the sender resolved to (visible to the caller). */
  best: RankedCandidate;
  /** Other visible customers the sender could be, ranked. */
  others: RankedCandidate[];
}

/**
 * The context of `customerId`, which the caller has already been allowed to see. With `mail`,
 * the mail's trust warnings, matched contact, other candidates and "already logged" state; without,
 * none of those, the customer's primary active contact, and `matchedBy: 'direct'`.
 * @throws Error when the customer vanished meanwhile (a merge between the check and the read).
 */
export async function composeCustomerContext(input: ComposeInput, customerId: string, mail: MailFacts | null): Promise<CustomerContext> {
  const { db, config, now, bookIndex, locale } = input;
  const today = dateIn(now, config.company.timeZone);
  const others = mail?.others ?? [];
  const [record, book] = await Promise.all([
    customerRecord(db, customerId, { interactionsSince: addDays(today, -JUDGEMENT_HISTORY_DAYS) }),
    bookIndex.get(),
  ]);
  if (!record) throw new Error(`customer ${customerId} vanished while its context was built`);
  const { customer, contacts } = record;
  const [owner, interactions, reminders, logged, otherRows] = await Promise.all([
    db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', customer.ownerId).executeTakeFirstOrThrow(),
    recentInteractions(db, customer.id, 5),
    activeRemindersOfCustomer(db, customer.id),
    mail ? alreadyLogged(db, customer.id, mail.message.messageId) : Promise.resolve(null),
    others.length
      ? db.selectFrom('customers').select(['id', 'code', 'name']).where('id', 'in', others.map((o) => o.customerId)).execute()
      : Promise.resolve([]),
  ]);
  const judgement = judgeCustomer(record, book, config, now, reminders, locale);
  const warnings = mail ? mailWarnings(mail.message, mail.direction, book, config, trustCustomer(record), locale) : [];
  const contact = mail ? (mail.best.contactId ? contacts.find((c) => c.id === mail.best.contactId) : undefined) : contacts.find((c) => c.isPrimary && c.active);
  return {
    kind: 'customer',
    warnings,
    customer: {
      id: customer.id,
      code: customer.code,
      name: customer.name,
      country: customer.country,
      countryName: translator(locale).country(customer.country),
      region: customer.region ?? null,
      localTime: judgement.localTime,
      tier: judgement.tier,
      stage: customer.stage,
      owner,
    },
    matchedBy: mail ? mail.best.basis : 'direct',
    contact: contact
      ? { id: contact.id, name: contact.name, email: contact.emails[0] ?? null, title: contact.title ?? null, language: contact.language ?? null, active: contact.active }
      : null,
    otherCandidates: others.flatMap((o) => {
      const row = otherRows.find((r) => r.id === o.customerId);
      return row ? [{ customerId: row.id, code: row.code, name: row.name, basis: o.basis }] : [];
    }),
    persona: judgement.persona,
    orders: summariseOrders(record.orders, config, today),
    interactions: interactions.map((i) => ({
      id: i.id,
      occurredAt: i.occurredAt,
      channel: i.channel,
      direction: i.direction,
      kind: i.kind,
      subject: i.subject ?? null,
      loggedBy: i.loggedByName,
    })),
    reminders: reminders.map((r) => ({ id: r.id, kind: r.kind, dueOn: reminderDueOn(r), status: r.status, note: r.note ?? null })),
    touchpoints: judgement.touchpoints,
    holidays: judgement.holidays,
    alreadyLogged: logged,
  };
}

export interface CustomerByIdInput extends Omit<ComposeInput, 'locale'> {
  user: User;
  /** Default the user's own setting, else English. */
  locale?: UiLocale;
}

/**
 * The context of a customer opened by id, with no mail.
 * @throws StoreError not_found when there is no such customer or the caller may not see it (existence is not revealed).
 */
export async function customerContextById(input: CustomerByIdInput, customerId: string): Promise<CustomerContext> {
  const customer = await getVisibleCustomer(input.db, input.user, customerId);
  return composeCustomerContext({ ...input, locale: input.locale ?? uiLocale(input.user.locale) }, customer.id, null);
}
