/**
 * `/api/customers`: list (search, paging), get, create, update, merge; plus a customer's
 * contacts, orders, interactions and audit trail.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { CustomerPatch, Id, NewCustomer } from '../../core/index.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonBody, Paging, query } from '../http/validate.ts';
import { auditTrail } from '../store/audit.ts';
import { contactsOfCustomer } from '../store/contacts.ts';
import { createCustomer, getVisibleCustomer, listCustomers, mergeCustomers, updateCustomer } from '../store/customers.ts';
import { isoNow } from '../store/ids.ts';
import { interactionsOfCustomer } from '../store/interactions.ts';
import { ordersOfCustomer } from '../store/orders.ts';

const CustomerList = Paging.extend({ owner: Id.optional() });
const Merge = z.object({ mergeId: Id }).strict();

export const customerRoutes = new Hono<AppEnv>()
  .get('/', query(CustomerList), async (c) => {
    const { q, limit, offset, owner } = c.req.valid('query');
    return c.json(await listCustomers(c.var.deps.database.db, c.var.user, { q, limit, offset, ownerId: owner }));
  })
  .post('/', jsonBody(NewCustomer), async (c) => {
    const { database, clock } = c.var.deps;
    return c.json(await createCustomer(database.db, c.var.user, c.req.valid('json'), isoNow(clock)), 201);
  })
  .get('/:id', async (c) => c.json(await getVisibleCustomer(c.var.deps.database.db, c.var.user, c.req.param('id'))))
  .patch('/:id', jsonBody(CustomerPatch), async (c) => {
    const { database, clock } = c.var.deps;
    return c.json(await updateCustomer(database.db, c.var.user, c.req.param('id'), c.req.valid('json'), isoNow(clock)));
  })
  /** Merges the customer `mergeId` into this one. */
  .post('/:id/merge', jsonBody(Merge), async (c) => {
    const { database, clock } = c.var.deps;
    return c.json(await mergeCustomers(database.db, c.var.user, c.req.param('id'), c.req.valid('json').mergeId, isoNow(clock)));
  })
  .get('/:id/contacts', async (c) => {
    const { db } = c.var.deps.database;
    const customer = await getVisibleCustomer(db, c.var.user, c.req.param('id'));
    return c.json({ items: await contactsOfCustomer(db, customer.id) });
  })
  .get('/:id/orders', async (c) => {
    const { db } = c.var.deps.database;
    const customer = await getVisibleCustomer(db, c.var.user, c.req.param('id'));
    return c.json({ items: await ordersOfCustomer(db, customer.id) });
  })
  .get('/:id/interactions', query(Paging), async (c) => {
    const { limit, offset } = c.req.valid('query');
    return c.json({ items: await interactionsOfCustomer(c.var.deps.database.db, c.var.user, c.req.param('id'), limit, offset) });
  })
  .get('/:id/audit', async (c) => {
    const { db } = c.var.deps.database;
    const customer = await getVisibleCustomer(db, c.var.user, c.req.param('id'));
    return c.json({ items: await auditTrail(db, 'customer', customer.id) });
  });
