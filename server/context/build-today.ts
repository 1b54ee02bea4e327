/**
 * Today: what the caller should do across their book, most important first — the planner's
 * suggestions for every customer they own, with their own reminders ranked in. Composed here
 * once; `GET /api/today` and the Gmail add-on's homepage both answer with it.
 */
import type { Kysely } from 'kysely';
import { addDays, dateIn, type Reminder, type TodayView, type TouchpointConfig, type User } from '../../core/index.ts';
import { uiLocale, type UiLocale } from '../../core/i18n/index.ts';
import { planBook } from '../../core/touchpoints/index.ts';
import { customerRecords } from '../store/customer-records.ts';
import { remindersForBook } from '../store/reminders.ts';
import type { Schema } from '../store/schema.ts';
import { visibleCustomers } from '../store/visibility.ts';
import type { BookIndexCache } from './book-index.ts';
import { occasionsOf } from './customer-judgement.ts';

/** Contact records the planner reads per customer. */
const HISTORY_DAYS = 2 * 365;
/** Suggestions kept per customer, so one busy account does not fill the list. */
const PER_CUSTOMER = 3;

export interface TodayInput {
  db: Kysely<Schema>;
  config: TouchpointConfig;
  user: User;
  now: Date;
  bookIndex: BookIndexCache;
  /** Days ahead to list. */
  horizon: number;
  /** Most items returned. */
  limit: number;
  /** The language the reasons are worded in. Default the user's own setting, else English. */
  locale?: UiLocale;
}

export async function buildToday({ db, config, user, now, bookIndex, horizon, limit, locale }: TodayInput): Promise<TodayView> {
  const today = dateIn(now, config.company.timeZone);
  const until = addDays(today, horizon);

  const [owned, reminderRows, book] = await Promise.all([
    db.selectFrom('customers').select('id').where('owner_id', '=', user.id).where('merged_into', 'is', null).where(visibleCustomers(user)).execute(),
    remindersForBook(db, user, until),
    bookIndex.get(),
  ]);
  const remindersOf = new Map<string, Reminder[]>();
  for (const { reminder } of reminderRows) remindersOf.set(reminder.customerId, [...(remindersOf.get(reminder.customerId) ?? []), reminder]);
  // The caller's own customers, and any other customer where a reminder is assigned to them.
  const ids = [...new Set([...owned.map((r) => r.id), ...remindersOf.keys()])];
  const records = await customerRecords(db, ids, { interactionsSince: addDays(today, -HISTORY_DAYS) });

  const items = planBook(
    records.map((record) => ({
      record,
      tier: book.tiers.get(record.customer.id) ?? null,
      holidays: occasionsOf(record, config, today),
      reminders: remindersOf.get(record.customer.id) ?? [],
    })),
    config,
    today,
    { horizonDays: horizon, perCustomer: PER_CUSTOMER, limit, locale: locale ?? uiLocale(user.locale) },
  );
  return { date: today, until, items };
}
