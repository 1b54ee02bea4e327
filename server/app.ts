/**
 * The HTTP application: a function from Request to Response. `main.ts` serves it on Node;
 * tests call `app.request()` without opening a port.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { handleError } from './http/api-error.ts';
import { requireUser } from './http/auth.ts';
import type { AppDeps, AppEnv, ReadyDeps } from './http/env.ts';
import { gmailAddon } from '../gmail-addon/index.ts';
import { BookIndexCache } from './context/book-index.ts';
import { contactRoutes } from './routes/contacts.ts';
import { contextRoutes } from './routes/context.ts';
import { customerRoutes } from './routes/customers.ts';
import { draftRoutes } from './routes/drafts.ts';
import { interactionRoutes } from './routes/interactions.ts';
import { meRoutes } from './routes/me.ts';
import { orderRoutes } from './routes/orders.ts';
import { pairRoutes } from './routes/pair.ts';
import { reminderRoutes } from './routes/reminders.ts';
import { todayRoutes } from './routes/today.ts';
import { customerPagePath, DEFAULT_PANE_DIR, paneRoutes } from './addin/pane-routes.ts';
import { previewRoutes } from './addin/preview-routes.ts';

/** Largest request body accepted (a long e-mail body included). */
const MAX_BODY_BYTES = 1024 * 1024;

/** How old the book index may get before a rebuild starts (changes through this instance rebuild it at once). */
export const BOOK_INDEX_MAX_AGE_MS = 5 * 60_000;

const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => c.json({ error: `the body is larger than ${MAX_BODY_BYTES} bytes`, code: 'too_large' }, 413),
});

export function createApp(given: AppDeps) {
  const deps: ReadyDeps = {
    ...given,
    publicUrl: (given.publicUrl ?? 'http://127.0.0.1:8787').replace(/\/+$/, ''),
    gmail: given.gmail ?? null,
    paneDir: given.paneDir ?? DEFAULT_PANE_DIR,
    localOfficeJs: given.localOfficeJs ?? false,
    bookIndex:
      given.bookIndex ??
      new BookIndexCache(given.database.db, given.config, given.clock, {
        maxAgeMs: BOOK_INDEX_MAX_AGE_MS,
        onError: (error) => console.error('rebuilding the book index failed; still serving the previous one:', error),
      }),
  };
  const api = new Hono<AppEnv>()
    .use(requireUser)
    .use(invalidateBookIndexOnChange)
    .route('/context', contextRoutes)
    .route('/interactions', interactionRoutes)
    .route('/reminders', reminderRoutes)
    .route('/customers', customerRoutes)
    .route('/contacts', contactRoutes)
    .route('/orders', orderRoutes)
    .route('/today', todayRoutes)
    .route('/drafts', draftRoutes)
    .route('/preview', previewRoutes)
    .route('/me', meRoutes);

  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('deps', deps);
      await next();
    })
    .use('/api/*', limitBody)
    .use('/pair/*', limitBody)
    .get('/healthz', async (c) => {
      // Answers 503 when the database does not: a load balancer then stops sending traffic here.
      try {
        await deps.database.db.selectFrom('users').select('id').limit(1).execute();
        return c.json({ status: 'ok', engine: deps.database.engine });
      } catch {
        return c.json({ status: 'unavailable', engine: deps.database.engine }, 503);
      }
    })
    .route('/api', api)
    .route('/pair', pairRoutes)
    .route('/addin', paneRoutes({ dir: deps.paneDir, localOfficeJs: deps.localOfficeJs }))
    // A customer's page; the page asks /api itself, with the signed-in pane's token.
    .get('/customers/:id', (c) => c.redirect(customerPagePath(c.req.param('id'))));
  if (deps.gmail) app.route('/gmail', gmailAddon(deps.gmail));

  app.notFound((c) => c.json({ error: `no route for ${c.req.method} ${c.req.path}`, code: 'not_found' }, 404));
  app.onError(handleError);
  return app;
}

/** Writes that change what the book index holds (customers, their domains, contacts, orders) mark it stale. */
const invalidateBookIndexOnChange: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const changesBook = /^\/api\/(customers|contacts|orders)(\/|$)/.test(c.req.path);
  if (changesBook && c.req.method !== 'GET' && c.res.status < 400) c.var.deps.bookIndex.invalidate();
};

/** The route table as a type: the contract a typed client (`hc<ServerApi>`) is built from. */
export type ServerApi = ReturnType<typeof createApp>;
