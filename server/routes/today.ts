/** `GET /api/today`: what the caller should do across their book, most important first. */
import { Hono } from 'hono';
import { z } from 'zod';
import { addDays, dateIn, rankBookTouchpoints, reminderTouchpoints } from '../../core/index.ts';
import type { AppEnv } from '../http/env.ts';
import { query } from '../http/validate.ts';
import { remindersForBook } from '../store/reminders.ts';

const TodayQuery = z.object({ horizon: z.coerce.number().int().min(0).max(60).default(7) });

export const todayRoutes = new Hono<AppEnv>().get('/', query(TodayQuery), async (c) => {
  const { database, config, clock } = c.var.deps;
  const today = dateIn(clock(), config.company.timeZone);
  const until = addDays(today, c.req.valid('query').horizon);
  const rows = await remindersForBook(database.db, c.var.user, until);
  const items = rankBookTouchpoints(
    rows.flatMap((row) =>
      reminderTouchpoints([row.reminder], today, until).map((touchpoint) => ({
        customer: { id: row.reminder.customerId, code: row.customerCode, name: row.customerName },
        touchpoint,
      })),
    ),
  );
  return c.json({ date: today, until, items });
});
