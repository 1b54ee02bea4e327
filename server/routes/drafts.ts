/** `POST /api/drafts`: a greeting or follow-up drafted from a template or a touchpoint, in the contact's language. */
import { Hono } from 'hono';
import { ComposeDraftRequest } from '../../core/index.ts';
import { composeDraft } from '../context/compose-draft.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonBody } from '../http/validate.ts';

export const draftRoutes = new Hono<AppEnv>().post('/', jsonBody(ComposeDraftRequest), async (c) => {
  const { database, config, clock } = c.var.deps;
  return c.json(await composeDraft({ db: database.db, config, user: c.var.user, now: clock() }, c.req.valid('json')));
});
