/** `/api/reminders`: create, list, snooze, complete, dismiss. */
import { Hono } from 'hono';
import { z } from 'zod';
import { dateIn, Id, NewReminder, ReminderStatus, SnoozeReminder } from '../../core/index.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonBody, Paging, query } from '../http/validate.ts';
import { isoNow } from '../store/ids.ts';
import { changeReminder, createReminder, getVisibleReminder, listReminders } from '../store/reminders.ts';

const ReminderList = Paging.omit({ q: true }).extend({
  status: z.union([ReminderStatus, z.literal('active')]).optional(),
  customerId: Id.optional(),
  mine: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export const reminderRoutes = new Hono<AppEnv>()
  .get('/', query(ReminderList), async (c) => c.json(await listReminders(c.var.deps.database.db, c.var.user, c.req.valid('query'))))
  .post('/', jsonBody(NewReminder), async (c) => {
    const { database, clock } = c.var.deps;
    return c.json(await createReminder(database.db, c.var.user, c.req.valid('json'), isoNow(clock)), 201);
  })
  .get('/:id', async (c) => c.json(await getVisibleReminder(c.var.deps.database.db, c.var.user, c.req.param('id'))))
  .post('/:id/snooze', jsonBody(SnoozeReminder), async (c) => {
    const { database, clock, config } = c.var.deps;
    const today = dateIn(clock(), config.company.timeZone);
    const change = { action: 'snooze' as const, until: c.req.valid('json').until, today };
    return c.json(await changeReminder(database.db, c.var.user, c.req.param('id'), change, isoNow(clock)));
  })
  .post('/:id/complete', async (c) => {
    const { database, clock } = c.var.deps;
    return c.json(await changeReminder(database.db, c.var.user, c.req.param('id'), { action: 'complete' }, isoNow(clock)));
  })
  .post('/:id/dismiss', async (c) => {
    const { database, clock } = c.var.deps;
    return c.json(await changeReminder(database.db, c.var.user, c.req.param('id'), { action: 'dismiss' }, isoNow(clock)));
  });
