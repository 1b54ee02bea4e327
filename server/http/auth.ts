/**
 * Bearer-token authentication: every `/api` route runs behind it and reads the caller as `c.var.user`.
 */
import { createMiddleware } from 'hono/factory';
import { userForToken } from '../store/users.ts';
import type { AppEnv } from './env.ts';

export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) {
    c.header('WWW-Authenticate', 'Bearer realm="touchpoint"');
    return c.json({ error: 'sign in first: send Authorization: Bearer <token>', code: 'unauthenticated' }, 401);
  }
  const user = await userForToken(c.var.deps.database.db, match[1]!, c.var.deps.clock());
  if (!user) {
    c.header('WWW-Authenticate', 'Bearer realm="touchpoint", error="invalid_token"');
    return c.json({ error: 'the token is unknown, revoked, or its user is deactivated', code: 'unauthenticated' }, 401);
  }
  c.set('user', user);
  await next();
});
