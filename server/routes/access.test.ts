import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../store/test-engines.ts';
import { apiFixture, type ApiFixture, type Who } from '../testing/api-fixture.ts';

/**
 * Rep A's private customer, tried through every route by people who may not see it:
 * a rep of the same team, a rep of another team, and the other team's view through search.
 */
describe.each(ENGINES)('access rules on %s', (engine) => {
  let f: ApiFixture;
  let ids: { customer: string; contact: string; order: string; reminder: string; interaction: string };
  const SECRET = /Geheim|DE-SECRET|PI-SECRET|secret-plan|Hans|geheim\.de/;

  beforeAll(async () => {
    f = await apiFixture(engine);
    const customer = await f.customer('repA', { code: 'DE-SECRET', name: 'Geheim GmbH', domains: ['geheim.de'] });
    const contact = await f.contact('repA', { customerId: customer.id, name: 'Hans Geheim', emails: ['hans@geheim.de'] });
    const order = await f.call('repA', 'POST', '/api/orders', { customerId: customer.id, contractNo: 'PI-SECRET', orderedAt: '2026-10-01', amount: 99999, currency: 'USD' });
    const reminder = await f.call('repA', 'POST', '/api/reminders', { customerId: customer.id, due: '2026-11-26', note: 'secret-plan' });
    const interaction = await f.call('repA', 'POST', '/api/interactions', { channel: 'email', customerId: customer.id, message: { from: 'hans@geheim.de', subject: 'secret-plan', messageId: '<s@geheim.de>' } });
    ids = { customer: customer.id, contact: contact.id, order: order.body.id, reminder: reminder.body.id, interaction: interaction.body.interaction.id };
    // Someone else's own customer, so lists are not trivially empty.
    await f.customer('repB', { code: 'FR-OWN', name: 'Own Customer', country: 'FR' });
    await f.customer('repSouth', { code: 'IT-OWN', name: 'Sud Customer', country: 'IT' });
  });
  afterAll(() => f.dispose());

  const routes: Array<[string, string, () => string, () => unknown, number[]]> = [
    ['get customer', 'GET', () => `/api/customers/${ids.customer}`, () => undefined, [404]],
    ['update customer', 'PATCH', () => `/api/customers/${ids.customer}`, () => ({ name: 'Taken' }), [404]],
    ['merge into customer', 'POST', () => `/api/customers/${ids.customer}/merge`, () => ({ mergeId: ids.customer + 'x' }), [404]],
    ['customer contacts', 'GET', () => `/api/customers/${ids.customer}/contacts`, () => undefined, [404]],
    ['customer orders', 'GET', () => `/api/customers/${ids.customer}/orders`, () => undefined, [404]],
    ['customer interactions', 'GET', () => `/api/customers/${ids.customer}/interactions`, () => undefined, [404]],
    ['customer audit', 'GET', () => `/api/customers/${ids.customer}/audit`, () => undefined, [404]],
    ['list customers', 'GET', () => '/api/customers?q=geheim', () => undefined, [200]],
    ['list customers by domain', 'GET', () => '/api/customers?q=geheim.de', () => undefined, [200]],
    ['get contact', 'GET', () => `/api/contacts/${ids.contact}`, () => undefined, [404]],
    ['update contact', 'PATCH', () => `/api/contacts/${ids.contact}`, () => ({ name: 'X' }), [404]],
    ['add contact', 'POST', () => '/api/contacts', () => ({ customerId: ids.customer, name: 'Spy', emails: ['spy@x.com'] }), [404]],
    ['list contacts', 'GET', () => `/api/contacts?customerId=${ids.customer}`, () => undefined, [200]],
    ['get order', 'GET', () => `/api/orders/${ids.order}`, () => undefined, [404]],
    ['update order', 'PATCH', () => `/api/orders/${ids.order}`, () => ({ amount: 1 }), [404]],
    ['add order', 'POST', () => '/api/orders', () => ({ customerId: ids.customer, contractNo: 'PI-SPY', orderedAt: '2026-10-01', amount: 1, currency: 'USD' }), [404]],
    ['list orders', 'GET', () => '/api/orders?q=secret', () => undefined, [200]],
    ['get reminder', 'GET', () => `/api/reminders/${ids.reminder}`, () => undefined, [404]],
    ['snooze reminder', 'POST', () => `/api/reminders/${ids.reminder}/snooze`, () => ({ until: '2026-12-24' }), [404]],
    ['complete reminder', 'POST', () => `/api/reminders/${ids.reminder}/complete`, () => undefined, [404]],
    ['dismiss reminder', 'POST', () => `/api/reminders/${ids.reminder}/dismiss`, () => undefined, [404]],
    ['add reminder', 'POST', () => '/api/reminders', () => ({ customerId: ids.customer, due: '2026-12-01' }), [404]],
    ['list reminders', 'GET', () => `/api/reminders?customerId=${ids.customer}`, () => undefined, [200]],
    ['log interaction', 'POST', () => '/api/interactions', () => ({ channel: 'email', customerId: ids.customer, message: { from: 'hans@geheim.de', messageId: '<s@geheim.de>' } }), [404]],
    ['draft a greeting', 'POST', () => '/api/drafts', () => ({ customerId: ids.customer, template: 'christmas' }), [404]],
    ['today', 'GET', () => '/api/today?horizon=60', () => undefined, [200]],
    ['context', 'POST', () => '/api/context', () => ({ message: { from: 'Hans <hans@geheim.de>', messageId: '<s@geheim.de>' } }), [200]],
  ];

  const outsiders: Who[] = ['repB', 'repSouth'];

  describe.each(outsiders)('as %s', (who) => {
    it.each(routes)('%s reveals nothing of the private customer', async (_name, method, path, body, statuses) => {
      const before = await f.database.db.selectFrom('audit_log').select('id').execute();
      const res = await f.call(who, method, path(), body());
      expect(statuses).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toMatch(SECRET);
      if (res.status === 200 && Array.isArray(res.body?.items)) expect(res.body.items.every((i: any) => i.customerId !== ids.customer && i.id !== ids.customer)).toBe(true);
      expect(await f.database.db.selectFrom('audit_log').select('id').execute()).toHaveLength(before.length);
    });
  });

  it('the context names the owner to an outsider', async () => {
    const res = await f.call('repSouth', 'POST', '/api/context', { message: { from: 'hans@geheim.de' } });
    expect(res.body).toEqual({ kind: 'owned_elsewhere', warnings: [], owner: { id: f.users.repA.id, name: 'Rep A', email: 'rep.a@lumen-home.example' } });
  });

  it('the owner, their manager and an admin all see it', async () => {
    for (const who of ['repA', 'manager', 'admin'] as const) {
      const res = await f.call(who, 'GET', `/api/customers/${ids.customer}`);
      expect(res.status).toBe(200);
      expect(res.body.code).toBe('DE-SECRET');
    }
  });

  it('the other team’s manager does not', async () => {
    const res = await f.call('repSouth', 'GET', `/api/customers/${ids.customer}`);
    expect(res.status).toBe(404);
  });

  it('a rep cannot hand a customer to someone else; the manager can', async () => {
    const rep = await f.call('repA', 'PATCH', `/api/customers/${ids.customer}`, { ownerId: f.users.repB.id });
    expect(rep.status).toBe(403);
    expect(rep.body.field).toBe('ownerId');
    const mgr = await f.call('manager', 'PATCH', `/api/customers/${ids.customer}`, { ownerId: f.users.repB.id });
    expect(mgr.status).toBe(200);
    expect((await f.call('repB', 'GET', `/api/customers/${ids.customer}`)).status).toBe(200);
    expect((await f.call('repA', 'GET', `/api/customers/${ids.customer}`)).status).toBe(404);
    await f.call('manager', 'PATCH', `/api/customers/${ids.customer}`, { ownerId: f.users.repA.id });
  });

  it.each([
    ['no token', undefined],
    ['an unknown token', 'tp_notatoken'],
    ['a malformed header', 'Basic abc'],
  ])('every route answers 401 with %s', async (_name, header) => {
    for (const [, method, path, body] of routes) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (header) headers.authorization = header.startsWith('Basic') ? header : `Bearer ${header}`;
      const b = body();
      const res = await f.app.request(path(), { method, headers, body: b === undefined ? undefined : JSON.stringify(b) });
      expect(res.status).toBe(401);
      expect((await res.json()).code).toBe('unauthenticated');
    }
  });

  it('a revoked token stops working at once', async () => {
    const { createToken, revokeToken } = await import('../store/users.ts');
    const { token, info } = await createToken(f.database.db, f.users.repA.id, 'laptop', null, '2026-11-25T00:00:00Z');
    const ok = await f.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    await revokeToken(f.database.db, info.id, null, '2026-11-25T00:00:01Z');
    const res = await f.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
  });
});
