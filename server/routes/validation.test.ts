import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../store/test-engines.ts';
import { apiFixture, type ApiFixture } from '../testing/api-fixture.ts';

// Every route that takes input, with bodies that are wrong in one named way.
describe.each(ENGINES)('input validation on %s', (engine) => {
  let f: ApiFixture;
  let customerId: string;
  let contactId: string;
  let orderId: string;
  let reminderId: string;
  beforeAll(async () => {
    f = await apiFixture(engine);
    customerId = (await f.customer('repA', { code: 'DE-ACME', name: 'Acme', domains: ['acme.de'] })).id;
    contactId = (await f.contact('repA', { customerId, name: 'Hans', emails: ['hans@acme.de'] })).id;
    orderId = (await f.call('repA', 'POST', '/api/orders', { customerId, contractNo: 'PI-1', orderedAt: '2026-10-01', amount: 100, currency: 'USD' })).body.id;
    reminderId = (await f.call('repA', 'POST', '/api/reminders', { customerId, due: '2026-12-01' })).body.id;
  });
  afterAll(() => f.dispose());

  const cases: Array<[string, string, () => string, () => unknown, number, string | undefined, RegExp?]> = [
    ['context without a message', 'POST', () => '/api/context', () => ({}), 422, 'message', /required/],
    ['context without a From', 'POST', () => '/api/context', () => ({ message: { subject: 'x' } }), 422, 'message.from'],
    ['context with a bad date', 'POST', () => '/api/context', () => ({ message: { from: 'a@b.de', receivedAt: 'yesterday' } }), 422, 'message.receivedAt'],
    ['context with a bad direction', 'POST', () => '/api/context', () => ({ message: { from: 'a@b.de', direction: 'outgoing' } }), 422, 'message.direction'],
    ['log without a channel', 'POST', () => '/api/interactions', () => ({ customerId }), 422, 'channel'],
    ['log an e-mail without the message', 'POST', () => '/api/interactions', () => ({ channel: 'email', customerId }), 422, 'message'],
    ['log a call without a subject', 'POST', () => '/api/interactions', () => ({ channel: 'call', customerId, occurredAt: '2026-11-01T10:00:00Z' }), 422, 'subject'],
    ['log with an unknown customer', 'POST', () => '/api/interactions', () => ({ channel: 'call', customerId: 'nope', subject: 's', occurredAt: '2026-11-01T10:00:00Z' }), 404, undefined],
    ['reminder without a due date', 'POST', () => '/api/reminders', () => ({ customerId }), 422, 'due'],
    ['reminder with an impossible date', 'POST', () => '/api/reminders', () => ({ customerId, due: '2026-02-30' }), 422, 'due'],
    ['reminder of an unknown kind', 'POST', () => '/api/reminders', () => ({ customerId, due: '2026-12-01', kind: 'nag' }), 422, 'kind'],
    ['reminder for someone who may not see the customer', 'POST', () => '/api/reminders', () => ({ customerId, due: '2026-12-01', assignedTo: f.users.repSouth.id }), 422, 'assignedTo'],
    ['snooze without a date', 'POST', () => `/api/reminders/${reminderId}/snooze`, () => ({}), 422, 'until'],
    ['snooze into the past', 'POST', () => `/api/reminders/${reminderId}/snooze`, () => ({ until: '2026-01-01' }), 422, 'until'],
    ['customer without a name', 'POST', () => '/api/customers', () => ({ code: 'X1', country: 'DE' }), 422, 'name'],
    ['customer with an unknown country', 'POST', () => '/api/customers', () => ({ code: 'X1', name: 'X', country: 'XX' }), 422, 'country', /ISO 3166/],
    ['customer with a bad code', 'POST', () => '/api/customers', () => ({ code: 'a b', name: 'X', country: 'DE' }), 422, 'code'],
    ['customer with a taken code', 'POST', () => '/api/customers', () => ({ code: 'de-acme', name: 'X', country: 'DE' }), 409, 'code'],
    ['customer with a bad domain', 'POST', () => '/api/customers', () => ({ code: 'X1', name: 'X', country: 'DE', domains: ['not a domain'] }), 422, 'domains.0'],
    ['customer with an unknown buyer type', 'POST', () => '/api/customers', () => ({ code: 'X1', name: 'X', country: 'DE', buyerType: 'friend' }), 422, 'buyerType'],
    ['customer with an unknown owner', 'POST', () => '/api/customers', () => ({ code: 'X1', name: 'X', country: 'DE', ownerId: 'ghost' }), 422, 'ownerId'],
    ['customer patch with an unknown key', 'PATCH', () => `/api/customers/${customerId}`, () => ({ colour: 'red' }), 422, ''],
    ['tier override without a note', 'PATCH', () => `/api/customers/${customerId}`, () => ({ tierOverride: { tier: 'A', note: ' ' } }), 422, 'tierOverride.note', /needs a note/],
    ['merge without the other customer', 'POST', () => `/api/customers/${customerId}/merge`, () => ({}), 422, 'mergeId'],
    ['merge a customer into itself', 'POST', () => `/api/customers/${customerId}/merge`, () => ({ mergeId: customerId }), 422, 'mergeId'],
    ['contact without a customer', 'POST', () => '/api/contacts', () => ({ name: 'X' }), 422, 'customerId'],
    ['contact with a bad e-mail', 'POST', () => '/api/contacts', () => ({ customerId, name: 'X', emails: ['x@'] }), 422, 'emails.0'],
    ['contact with a bad birthday', 'POST', () => '/api/contacts', () => ({ customerId, name: 'X', birthday: '13-45' }), 422, 'birthday'],
    ['contact patch replaced by a stranger', 'PATCH', () => `/api/contacts/${contactId}`, () => ({ replacedBy: 'ghost' }), 422, 'replacedBy'],
    ['order without lines priced', 'POST', () => '/api/orders', () => ({ customerId, contractNo: 'PI-9', orderedAt: '2026-10-01', amount: 1, currency: 'USD', lines: [{ product: 'kettle', quantity: 0, unitPrice: 1 }] }), 422, 'lines.0.quantity'],
    ['order in a currency the config cannot convert', 'POST', () => '/api/orders', () => ({ customerId, contractNo: 'PI-9', orderedAt: '2026-10-01', amount: 1, currency: 'XYZ' }), 422, 'currency'],
    ['order with a negative amount', 'POST', () => '/api/orders', () => ({ customerId, contractNo: 'PI-9', orderedAt: '2026-10-01', amount: -5, currency: 'USD' }), 422, 'amount'],
    ['order shipped before ordered', 'POST', () => '/api/orders', () => ({ customerId, contractNo: 'PI-9', orderedAt: '2026-10-01', shippedAt: '2026-09-01', amount: 5, currency: 'USD' }), 422, 'shippedAt'],
    ['order with a taken contract number', 'POST', () => '/api/orders', () => ({ customerId, contractNo: 'PI-1', orderedAt: '2026-10-01', amount: 5, currency: 'USD' }), 409, 'contractNo'],
    ['order patch with a bad incoterm', 'PATCH', () => `/api/orders/${orderId}`, () => ({ incoterm: 'FOBB' }), 422, 'incoterm'],
  ];

  it.each(cases)('answers %s with its status and the field at fault', async (_name, method, path, body, status, field, message) => {
    const before = await f.database.db.selectFrom('audit_log').select('id').execute();
    const res = await f.call('repA', method, path(), body());
    expect(res.status).toBe(status);
    expect(typeof res.body.error).toBe('string');
    expect(res.body.error).not.toMatch(/\n\s+at /); // never a stack trace
    if (field !== undefined) expect(res.body.field ?? '').toBe(field);
    if (message) expect(res.body.error).toMatch(message);
    // Nothing was written.
    expect(await f.database.db.selectFrom('audit_log').select('id').execute()).toHaveLength(before.length);
  });

  it.each([
    ['POST', '/api/context'],
    ['POST', '/api/interactions'],
    ['POST', '/api/reminders'],
    ['POST', '/api/customers'],
    ['POST', '/api/contacts'],
    ['POST', '/api/orders'],
  ])('answers 400 to malformed JSON on %s %s', async (method, path) => {
    const res = await f.call('repA', method, path, undefined, '{"message": ');
    expect(res).toEqual({ status: 400, body: { error: 'the body is not valid JSON', code: 'malformed_json' } });
  });

  it.each([
    ['limit=0'],
    ['limit=500'],
    ['offset=-1'],
    ['limit=ten'],
  ])('answers 422 to a bad page (%s)', async (qs) => {
    const res = await f.call('repA', 'GET', `/api/customers?${qs}`);
    expect(res.status).toBe(422);
    expect(['limit', 'offset']).toContain(res.body.field);
  });

  it('answers 413 to a body over a megabyte', async () => {
    const res = await f.call('repA', 'POST', '/api/context', { message: { from: 'a@b.de', bodyText: 'x'.repeat(1_100_000) } });
    expect(res.status).toBe(413);
  });

  it('answers 404 in JSON for an unknown route', async () => {
    expect(await f.call('repA', 'GET', '/api/nothing')).toEqual({ status: 404, body: { error: 'no route for GET /api/nothing', code: 'not_found' } });
  });
});
