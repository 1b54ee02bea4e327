/**
 * `/api/customers`: list (search, paging), get, create, update, merge; plus a customer's
 * contacts, orders, interactions and audit trail, and its sidebar context without a mail.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { uiLocale } from '../../core/i18n/index.ts';
import { CustomerPatch, Id, NewCustomer } from '../../core/index.ts';
import { customerContextById } from '../context/compose-customer.ts';
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
/** The interface language the context's sentences are worded in; the caller's own setting when absent. */
const ContextQuery = z.object({ locale: z.string().max(35).optional() });

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
  /**
   * The customer's `CustomerContext` with no mail open (the customer's page): no trust warnings,
   * `matchedBy: 'direct'`, the primary active contact, `alreadyLogged: null`.
   * @example GET /api/customers/cus_1/context?locale=zh-CN
   */
  .get('/:id/context', query(ContextQuery), async (c) => {
    const { database, config, clock, bookIndex } = c.var.deps;
    const user = c.var.user;
    const locale = uiLocale(c.req.valid('query').locale ?? user.locale);
    return c.json(await customerContextById({ db: database.db, config, now: clock(), bookIndex, user, locale }, c.req.param('id')));
  })
  .get('/:id/audit', async (c) => {
    const { db } = c.var.deps.database;
    const customer = await getVisibleCustomer(db, c.var.user, c.req.param('id'));
    return c.json({ items: await auditTrail(db, 'customer', customer.id) });
  });
