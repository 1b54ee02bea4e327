/**
 * `POST /api/context`: the one call a sidebar makes per opened e-mail. Resolves the sender,
 * applies the caller's visibility, and composes the view model both surfaces render, every
 * sentence of it in the interface language asked for.
 */
import type { Kysely } from 'kysely';
import {
  addDays,
  dateIn,
  inquirySender,
  prefillFromInquiry,
  reminderDueOn,
  summariseOrders,
  type CustomerContext,
  type Direction,
  type InquiryContext,
  type MailMessage,
  type RankedCandidate,
  type SidebarContext,
  type TouchpointConfig,
  type User,
} from '../../core/index.ts';
import { translator, uiLocale, type UiLocale } from '../../core/i18n/index.ts';
import { readInquiry } from '../../core/inquiry/index.ts';
import { inquiryPersona, matchPersona } from '../../core/persona/index.ts';
import { customerRecord } from '../store/customer-records.ts';
import { alreadyLogged, recentInteractions } from '../store/interactions.ts';
import { activeRemindersOfCustomer } from '../store/reminders.ts';
import type { Schema } from '../store/schema.ts';
import { visibleCustomers } from '../store/visibility.ts';
import type { BookIndexCache } from './book-index.ts';
import { judgeCustomer } from './customer-judgement.ts';
import { mailWarnings, trustCustomer } from './trust-check.ts';
import { resolveSender, type Resolution } from './resolve-sender.ts';

/** Contact records judgement reads for one customer (reply, follow-ups, churn, greetings, loyalty). */
const JUDGEMENT_HISTORY_DAYS = 2 * 365;
/** Similar customers shown for an inquiry. */
const SIMILAR_SHOWN = 5;

export interface ContextInput {
  db: Kysely<Schema>;
  config: TouchpointConfig;
  user: User;
  message: MailMessage;
  now: Date;
  bookIndex: BookIndexCache;
  /** The language the view model's sentences are worded in. Default the user's own setting, else English. */
  locale?: UiLocale;
}

/** The sidebar context for `input.message`, as the caller may see it. */
export async function buildContext(input: ContextInput): Promise<SidebarContext> {
  const { db, config, user, message } = input;
  const locale = input.locale ?? uiLocale(user.locale);
  const resolution = await resolveSender(db, message, config.company.domains);
  if (resolution.candidates.internal) return { kind: 'internal', warnings: [] };
  if (resolution.ranked.length === 0) return inquiryContext(input, locale, resolution);

  const visibleIds = await visibleAmong(db, user, resolution.ranked.map((r) => r.customerId));
  const visible = resolution.ranked.filter((r) => visibleIds.has(r.customerId));
  if (visible.length === 0) {
    // Someone else's customer: say only who owns it, so two reps do not quote the same buyer.
    const topId = resolution.ranked[0]!.customerId;
    const [top, record, book] = await Promise.all([
      db
        .selectFrom('customers')
        .innerJoin('users', 'users.id', 'customers.owner_id')
        .select(['users.id', 'users.name', 'users.email'])
        .where('customers.id', '=', topId)
        .executeTakeFirstOrThrow(),
      customerRecord(db, topId, { interactionsSince: addDays(dateIn(input.now, config.company.timeZone), -JUDGEMENT_HISTORY_DAYS), interactionKinds: ['message', 'inquiry'] }),
      input.bookIndex.get(),
    ]);
    const warnings = mailWarnings(message, resolution.candidates.direction, book, config, record ? trustCustomer(record) : null, locale);
    return { kind: 'owned_elsewhere', warnings, owner: { id: top.id, name: top.name, email: top.email } };
  }
  return customerContext(input, locale, resolution.candidates.direction, visible[0]!, visible.slice(1));
}

async function visibleAmong(db: Kysely<Schema>, user: User, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('customers').select('id').where('id', 'in', ids).where(visibleCustomers(user)).execute();
  return new Set(rows.map((r) => r.id));
}

async function customerContext(input: ContextInput, locale: UiLocale, direction: Direction, best: RankedCandidate, others: RankedCandidate[]): Promise<CustomerContext> {
  const { db, config, message, now, bookIndex } = input;
  const today = dateIn(now, config.company.timeZone);
  const [record, book] = await Promise.all([
    customerRecord(db, best.customerId, { interactionsSince: addDays(today, -JUDGEMENT_HISTORY_DAYS) }),
    bookIndex.get(),
  ]);
  if (!record) throw new Error(`customer ${best.customerId} vanished while its context was built`);
  const { customer, contacts } = record;
  const [owner, interactions, reminders, logged, otherRows] = await Promise.all([
    db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', customer.ownerId).executeTakeFirstOrThrow(),
    recentInteractions(db, customer.id, 5),
    activeRemindersOfCustomer(db, customer.id),
    alreadyLogged(db, customer.id, message.messageId),
    others.length
      ? db.selectFrom('customers').select(['id', 'code', 'name']).where('id', 'in', others.map((o) => o.customerId)).execute()
      : Promise.resolve([]),
  ]);
  const judgement = judgeCustomer(record, book, config, now, reminders, locale);
  const warnings = mailWarnings(message, direction, book, config, trustCustomer(record), locale);
  const contact = best.contactId ? contacts.find((c) => c.id === best.contactId) : undefined;
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
    matchedBy: best.basis,
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

/** An unknown sender: read what the mail asks, and compare it with the book's customers. */
async function inquiryContext(input: ContextInput, locale: UiLocale, { candidates }: Resolution): Promise<InquiryContext> {
  const { db, config, user, message, bookIndex } = input;
  const sender = inquirySender(candidates);
  const reading = readInquiry(message, config);
  const book = await bookIndex.get();
  const match = matchPersona(book.persona, inquiryPersona(reading.signals, config, sender, book.unitPrices), { k: SIMILAR_SHOWN, locale });
  // Similar customers of other reps are named only to those who may see them.
  const visible = await visibleAmong(db, user, match.similar.map((s) => s.customerId));
  return {
    kind: 'inquiry',
    warnings: mailWarnings(message, candidates.direction, book, config, null, locale),
    sender,
    inquiry: reading.signals,
    similar: match.similar.map((s) => (visible.has(s.customerId) ? s : { ...s, name: null })),
    predictedTier: match.predictedTier,
    fit: match.fit,
    questions: match.questions,
    prefill: prefillFromInquiry(sender, reading.signals),
  };
}
