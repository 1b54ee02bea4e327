/** `GET /api/today`: what the caller should do across their book, most important first. */
import { Hono } from 'hono';
import { z } from 'zod';
import { uiLocale } from '../../core/i18n/index.ts';
import { buildToday } from '../context/build-today.ts';
import type { AppEnv } from '../http/env.ts';
import { query } from '../http/validate.ts';

const TodayQuery = z.object({
  horizon: z.coerce.number().int().min(0).max(60).default(7),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** The interface language the reasons are worded in (`zh-CN`, `en`); the caller's own setting when absent. */
  locale: z.string().max(35).optional(),
});

export const todayRoutes = new Hono<AppEnv>().get('/', query(TodayQuery), async (c) => {
  const { database, config, clock, bookIndex } = c.var.deps;
  const { horizon, limit, locale } = c.req.valid('query');
  const user = c.var.user;
  return c.json(await buildToday({ db: database.db, config, user, now: clock(), bookIndex, horizon, limit, locale: uiLocale(locale ?? user.locale) }));
});
