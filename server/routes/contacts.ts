/** `/api/contacts`: list (search by name or e-mail, paging), get, create, update. */
import { Hono } from 'hono';
import { ContactPatch, Id, NewContact } from '../../core/index.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonBody, Paging, query } from '../http/validate.ts';
import { createContact, getVisibleContact, listContacts, updateContact } from '../store/contacts.ts';
import { isoNow } from '../store/ids.ts';

export const contactRoutes = new Hono<AppEnv>()
  .get('/', query(Paging.extend({ customerId: Id.optional() })), async (c) => {
    const { q, limit, offset, customerId } = c.req.valid('query');
    return c.json(await listContacts(c.var.deps.database.db, c.var.user, { q, limit, offset, customerId }));
  })
  .post('/', jsonBody(NewContact), async (c) => {
    const { database, clock } = c.var.deps;
    return c.json(await createContact(database.db, c.var.user, c.req.valid('json'), isoNow(clock)), 201);
  })
  .get('/:id', async (c) => c.json(await getVisibleContact(c.var.deps.database.db, c.var.user, c.req.param('id'))))
  .patch('/:id', jsonBody(ContactPatch), async (c) => {
    const { database, clock } = c.var.deps;
    return c.json(await updateContact(database.db, c.var.user, c.req.param('id'), c.req.valid('json'), isoNow(clock)));
  });
