/** `POST /api/context`: everything a sidebar shows for the open e-mail, in one answer. */
import { Hono } from 'hono';
import { z } from 'zod';
import { uiLocale } from '../../core/i18n/index.ts';
import { MailMessage } from '../../core/index.ts';
import { buildContext } from '../context/build-context.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonBody } from '../http/validate.ts';

const ContextRequest = z.object({
  message: MailMessage,
  /** The interface language the sidebar shows (`Office.context.displayLanguage`, Gmail's `userLocale`); the caller's own setting when absent. */
  locale: z.string().max(35).nullish(),
});

export const contextRoutes = new Hono<AppEnv>().post('/', jsonBody(ContextRequest), async (c) => {
  const { database, config, clock } = c.var.deps;
  const { message, locale } = c.req.valid('json');
  const user = c.var.user;
  return c.json(await buildContext({ db: database.db, config, user, message, now: clock(), bookIndex: c.var.deps.bookIndex, locale: uiLocale(locale ?? user.locale) }));
});
