/**
 * `GET /api/today`: what the caller should do across their book, most important first — the
 * planner's suggestions for every customer they own, with their own reminders ranked in.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { addDays, dateIn, type Reminder, type TodayView } from '../../core/index.ts';
import { planBook } from '../../core/touchpoints/index.ts';
import { occasionsOf } from '../context/customer-judgement.ts';
import type { AppEnv } from '../http/env.ts';
import { query } from '../http/validate.ts';
import { customerRecords } from '../store/customer-records.ts';
import { remindersForBook } from '../store/reminders.ts';
import { visibleCustomers } from '../store/visibility.ts';

const TodayQuery = z.object({
  horizon: z.coerce.number().int().min(0).max(60).default(7),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Contact records the planner reads per customer. */
const HISTORY_DAYS = 2 * 365;
/** Suggestions kept per customer, so one busy account does not fill the list. */
const PER_CUSTOMER = 3;

export const todayRoutes = new Hono<AppEnv>().get('/', query(TodayQuery), async (c) => {
  const { database, config, clock, bookIndex } = c.var.deps;
  const { db } = database;
  const user = c.var.user;
  const { horizon, limit } = c.req.valid('query');
  const today = dateIn(clock(), config.company.timeZone);
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
    { horizonDays: horizon, perCustomer: PER_CUSTOMER, limit },
  );
  const view: TodayView = { date: today, until, items };
  return c.json(view);
});
