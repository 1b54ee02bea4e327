/** `/api/me`: the caller, and the caller's own API tokens (the Outlook add-in's among them), to list and revoke. */
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { notFound } from '../store/errors.ts';
import { isoNow } from '../store/ids.ts';
import { listTokens, revokeToken } from '../store/users.ts';

export const meRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.json(c.var.user))
  .get('/tokens', async (c) => {
    const tokens = await listTokens(c.var.deps.database.db, c.var.user.id);
    return c.json({ items: tokens.map(({ userId: _u, ...t }) => t) });
  })
  /** Revokes one of the caller's live tokens (the one in use too: that signs this client out). */
  .delete('/tokens/:id', async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.param('id');
    const mine = (await listTokens(database.db, c.var.user.id)).some((t) => t.id === id && t.revokedAt === null);
    if (!mine || !(await revokeToken(database.db, id, c.var.user.id, isoNow(clock)))) throw notFound('token');
    return c.json({ id, revoked: true });
  });
