/**
 * `POST /api/context`: the one call a sidebar makes per opened e-mail. Resolves the sender,
 * applies the caller's visibility, and composes the view model both surfaces render.
 */
import type { Kysely } from 'kysely';
import {
  addDays,
  countryName,
  dateIn,
  inquirySender,
  localTimeOf,
  overrideTierSummary,
  prefillFromSender,
  recordedPersona,
  reminderDueOn,
  reminderTouchpoints,
  summariseOrders,
  type CustomerContext,
  type InquiryContext,
  type MailMessage,
  type RankedCandidate,
  type SidebarContext,
  type TouchpointConfig,
  type User,
} from '../../core/index.ts';
import { contactsOfCustomer } from '../store/contacts.ts';
import { getCustomer } from '../store/customers.ts';
import { alreadyLogged, recentInteractions } from '../store/interactions.ts';
import { ordersOfCustomer } from '../store/orders.ts';
import { activeRemindersOfCustomer } from '../store/reminders.ts';
import type { Schema } from '../store/schema.ts';
import { visibleCustomers } from '../store/visibility.ts';
import { resolveSender, type Resolution } from './resolve-sender.ts';

/** How far ahead a reminder shows as a touchpoint in the sidebar. */
const TOUCHPOINT_HORIZON_DAYS = 14;

export interface ContextInput {
  db: Kysely<Schema>;
  config: TouchpointConfig;
  user: User;
  message: MailMessage;
  now: Date;
}

export async function buildContext(input: ContextInput): Promise<SidebarContext> {
  const { db, config, user, message } = input;
  const resolution = await resolveSender(db, message, config.company.domains);
  if (resolution.candidates.internal) return { kind: 'internal', warnings: [] };
  if (resolution.ranked.length === 0) return inquiryContext(resolution);

  const visibleIds = await visibleAmong(db, user, resolution.ranked.map((r) => r.customerId));
  const visible = resolution.ranked.filter((r) => visibleIds.has(r.customerId));
  if (visible.length === 0) {
    // Someone else's customer: say only who owns it, so two reps do not quote the same buyer.
    const top = await db
      .selectFrom('customers')
      .innerJoin('users', 'users.id', 'customers.owner_id')
      .select(['users.id', 'users.name', 'users.email'])
      .where('customers.id', '=', resolution.ranked[0]!.customerId)
      .executeTakeFirstOrThrow();
    return { kind: 'owned_elsewhere', warnings: [], owner: { id: top.id, name: top.name, email: top.email } };
  }
  return customerContext(input, visible[0]!, visible.slice(1));
}

async function visibleAmong(db: Kysely<Schema>, user: User, ids: string[]): Promise<Set<string>> {
  const rows = await db.selectFrom('customers').select('id').where('id', 'in', ids).where(visibleCustomers(user)).execute();
  return new Set(rows.map((r) => r.id));
}

async function customerContext(input: ContextInput, best: RankedCandidate, others: RankedCandidate[]): Promise<CustomerContext> {
  const { db, config, message, now } = input;
  const today = dateIn(now, config.company.timeZone);
  const customer = (await getCustomer(db, best.customerId))!;
  const [owner, contacts, orders, interactions, reminders, logged, otherRows] = await Promise.all([
    db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', customer.ownerId).executeTakeFirstOrThrow(),
    contactsOfCustomer(db, customer.id),
    ordersOfCustomer(db, customer.id, addDays(today, -760)),
    recentInteractions(db, customer.id, 5),
    activeRemindersOfCustomer(db, customer.id),
    alreadyLogged(db, customer.id, message.messageId),
    others.length
      ? db.selectFrom('customers').select(['id', 'code', 'name']).where('id', 'in', others.map((o) => o.customerId)).execute()
      : Promise.resolve([]),
  ]);
  const contact = best.contactId ? contacts.find((c) => c.id === best.contactId) : undefined;
  return {
    kind: 'customer',
    warnings: [],
    customer: {
      id: customer.id,
      code: customer.code,
      name: customer.name,
      country: customer.country,
      countryName: countryName(customer.country),
      region: customer.region ?? null,
      localTime: customer.timeZone ? localTimeOf(now, customer.timeZone) : null,
      tier: overrideTierSummary(customer),
      stage: customer.stage,
      owner,
    },
    matchedBy: best.basis,
    contact: contact
      ? { id: contact.id, name: contact.name, email: contact.emails[0] ?? null, title: contact.title ?? null, language: contact.language ?? null, active: contact.active }
      : null,
    otherCandidates: others.flatMap((o) => {
      const row = otherRows.find((r) => r.id === o.customerId);
      return row ? [{ customerId: row.id, code: row.code, name: row.name, basis: o.basis }] : [];
    }),
    persona: recordedPersona(customer),
    orders: summariseOrders(orders, config, today),
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
    touchpoints: reminderTouchpoints(reminders, today, addDays(today, TOUCHPOINT_HORIZON_DAYS)),
    holidays: [],
    alreadyLogged: logged,
  };
}

function inquiryContext({ candidates }: Resolution): InquiryContext {
  const sender = inquirySender(candidates);
  return { kind: 'inquiry', warnings: [], sender, inquiry: null, similar: [], predictedTier: null, fit: null, questions: [], prefill: prefillFromSender(sender) };
}
