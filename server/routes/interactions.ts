/** `/api/interactions`: log an e-mail (idempotent on its Message-ID) or a call, visit or chat. */
import { Hono } from 'hono';
import { interactionFromRequest, LogInteractionRequest } from '../../core/index.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonBody } from '../http/validate.ts';
import { isoNow } from '../store/ids.ts';
import { logInteraction } from '../store/interactions.ts';

export const interactionRoutes = new Hono<AppEnv>().post('/', jsonBody(LogInteractionRequest), async (c) => {
  const { database, clock, config } = c.var.deps;
  const at = isoNow(clock);
  const draft = interactionFromRequest(c.req.valid('json'), config.company.domains, at);
  const result = await logInteraction(database.db, c.var.user, draft, at);
  // 201 for the first log; 200 with who logged it first for every later one.
  return c.json({ interaction: result.interaction, created: result.created, loggedBy: result.first.by, loggedAt: result.first.at }, result.created ? 201 : 200);
});
