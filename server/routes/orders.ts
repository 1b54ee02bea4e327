/** `/api/orders`: list (search by contract number or customer, paging), get, create, update. */
import { Hono } from 'hono';
import { Id, NewOrder, OrderPatch, rateOf } from '../../core/index.ts';
import type { AppEnv, AppDeps } from '../http/env.ts';
import { jsonBody, Paging, query } from '../http/validate.ts';
import { isoNow } from '../store/ids.ts';
import { createOrder, getVisibleOrder, listOrders, updateOrder } from '../store/orders.ts';

const knownCurrency = (deps: AppDeps) => (code: string) => rateOf(deps.config, code) !== undefined;

export const orderRoutes = new Hono<AppEnv>()
  .get('/', query(Paging.extend({ customerId: Id.optional() })), async (c) => {
    const { q, limit, offset, customerId } = c.req.valid('query');
    return c.json(await listOrders(c.var.deps.database.db, c.var.user, { q, limit, offset, customerId }));
  })
  .post('/', jsonBody(NewOrder), async (c) => {
    const { deps } = c.var;
    return c.json(await createOrder(deps.database.db, c.var.user, c.req.valid('json'), knownCurrency(deps), isoNow(deps.clock)), 201);
  })
  .get('/:id', async (c) => c.json(await getVisibleOrder(c.var.deps.database.db, c.var.user, c.req.param('id'))))
  .patch('/:id', jsonBody(OrderPatch), async (c) => {
    const { deps } = c.var;
    return c.json(await updateOrder(deps.database.db, c.var.user, c.req.param('id'), c.req.valid('json'), knownCurrency(deps), isoNow(deps.clock)));
  });
