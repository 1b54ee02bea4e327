/**
 * The HTTP application: a function from Request to Response. `main.ts` serves it on Node;
 * tests call `app.request()` without opening a port.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { handleError } from './http/api-error.ts';
import { requireUser } from './http/auth.ts';
import type { AppDeps, AppEnv } from './http/env.ts';
import { contactRoutes } from './routes/contacts.ts';
import { contextRoutes } from './routes/context.ts';
import { customerRoutes } from './routes/customers.ts';
import { interactionRoutes } from './routes/interactions.ts';
import { orderRoutes } from './routes/orders.ts';
import { reminderRoutes } from './routes/reminders.ts';
import { todayRoutes } from './routes/today.ts';

/** Largest request body accepted (a long e-mail body included). */
const MAX_BODY_BYTES = 1024 * 1024;

export function createApp(deps: AppDeps) {
  const api = new Hono<AppEnv>()
    .use(requireUser)
    .route('/context', contextRoutes)
    .route('/interactions', interactionRoutes)
    .route('/reminders', reminderRoutes)
    .route('/customers', customerRoutes)
    .route('/contacts', contactRoutes)
    .route('/orders', orderRoutes)
    .route('/today', todayRoutes)
    .get('/me', (c) => c.json(c.var.user));

  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('deps', deps);
      await next();
    })
    .use(
      '/api/*',
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: (c) => c.json({ error: `the body is larger than ${MAX_BODY_BYTES} bytes`, code: 'too_large' }, 413),
      }),
    )
    .get('/healthz', async (c) => {
      // Answers 503 when the database does not: a load balancer then stops sending traffic here.
      try {
        await deps.database.db.selectFrom('users').select('id').limit(1).execute();
        return c.json({ status: 'ok', engine: deps.database.engine });
      } catch {
        return c.json({ status: 'unavailable', engine: deps.database.engine }, 503);
      }
    })
    .route('/api', api);

  app.notFound((c) => c.json({ error: `no route for ${c.req.method} ${c.req.path}`, code: 'not_found' }, 404));
  app.onError(handleError);
  return app;
}

/** The route table as a type: the contract a typed client (`hc<ServerApi>`) is built from. */
export type ServerApi = ReturnType<typeof createApp>;
