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
  type InquiryContext,
  type MailMessage,
  type SidebarContext,
  type TouchpointConfig,
  type User,
} from '../../core/index.ts';
import { uiLocale, type UiLocale } from '../../core/i18n/index.ts';
import { readInquiry } from '../../core/inquiry/index.ts';
import { inquiryPersona, matchPersona } from '../../core/persona/index.ts';
import { customerRecord } from '../store/customer-records.ts';
import type { Schema } from '../store/schema.ts';
import { visibleCustomers } from '../store/visibility.ts';
import type { BookIndexCache } from './book-index.ts';
import { composeCustomerContext, JUDGEMENT_HISTORY_DAYS } from './compose-customer.ts';
import { mailWarnings, trustCustomer } from './trust-check.ts';
import { resolveSender, type Resolution } from './resolve-sender.ts';

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
  return composeCustomerContext({ db, config, now: input.now, bookIndex: input.bookIndex, locale }, visible[0]!.customerId, {
    message,
    direction: resolution.candidates.direction,
    best: visible[0]!,
    others: visible.slice(1),
  });
}

async function visibleAmong(db: Kysely<Schema>, user: User, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('customers').select('id').where('id', 'in', ids).where(visibleCustomers(user)).execute();
  return new Set(rows.map((r) => r.id));
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
