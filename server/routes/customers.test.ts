import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../store/test-engines.ts';
import { apiFixture, type ApiFixture } from '../testing/api-fixture.ts';

describe.each(ENGINES)('customers, contacts and orders on %s', (engine) => {
  let f: ApiFixture;
  beforeEach(async () => {
    f = await apiFixture(engine);
  });
  afterEach(() => f.dispose());

  it('creates a customer with defaults, normalised domains and the caller as owner', async () => {
    const res = await f.call('repA', 'POST', '/api/customers', { code: 'de-0001', name: ' Küchenwelt GmbH ', country: 'de', domains: ['Sales.Küchenwelt.de', 'kuechenwelt.de'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: 'DE-0001',
      name: 'Küchenwelt GmbH',
      country: 'DE',
      stage: 'vendor',
      credit: 'unknown',
      ownerId: f.users.repA.id,
      domains: ['kuechenwelt.de', 'sales.xn--kchenwelt-q9a.de'],
      createdAt: '2026-11-25T04:00:00.000Z',
    });
  });

  it('searches by name, code, contact e-mail and domain, and pages the result', async () => {
    for (let i = 1; i <= 30; i++) {
      const c = await f.customer('repA', { code: `DE-${String(i).padStart(4, '0')}`, name: `Kunde ${String(i).padStart(2, '0')}`, domains: [`kunde${i}.de`] });
      if (i === 7) await f.contact('repA', { customerId: c.id, name: 'Eva', emails: ['eva.sonder@example.org'] });
    }
    const page = await f.call('repA', 'GET', '/api/customers?q=kunde&limit=10&offset=10');
    expect(page.body.total).toBe(30);
    expect(page.body.items.map((c: any) => c.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Kunde ${String(i + 11).padStart(2, '0')}`));
    expect((await f.call('repA', 'GET', '/api/customers?q=de-0003')).body.items.map((c: any) => c.code)).toEqual(['DE-0003']);
    expect((await f.call('repA', 'GET', '/api/customers?q=EVA.SONDER')).body.items.map((c: any) => c.code)).toEqual(['DE-0007']);
    expect((await f.call('repA', 'GET', '/api/customers?q=kunde12.de')).body.items.map((c: any) => c.code)).toEqual(['DE-0012']);
    // Case folding beyond ASCII, on both engines.
    await f.customer('repA', { code: 'DE-KW', name: 'Küchenwelt GmbH' });
    expect((await f.call('repA', 'GET', '/api/customers?q=KÜCHEN')).body.items.map((c: any) => c.code)).toEqual(['DE-KW']);
    // LIKE wildcards in the search are literal.
    expect((await f.call('repA', 'GET', '/api/customers?q=%25')).body.total).toBe(0);
  });

  it('updates a customer, records before and after in the audit trail, and clears an override', async () => {
    const c = await f.customer('repA', { code: 'DE-1', name: 'Alt' });
    const upd = await f.call('repA', 'PATCH', `/api/customers/${c.id}`, { name: 'Neu', stage: 'partner', tierOverride: { tier: 'A', note: 'strategic for 2027 range' } });
    expect(upd.status).toBe(200);
    expect(upd.body).toMatchObject({ name: 'Neu', stage: 'partner', tierOverride: { tier: 'A', note: 'strategic for 2027 range', setBy: f.users.repA.id } });
    await f.call('repA', 'PATCH', `/api/customers/${c.id}`, { tierOverride: null });
    const audit = await f.call('repA', 'GET', `/api/customers/${c.id}/audit`);
    expect(audit.body.items.map((a: any) => a.action)).toEqual(['create', 'update', 'update']);
    expect(audit.body.items[1]).toMatchObject({ userId: f.users.repA.id, before: { name: 'Alt' }, after: { name: 'Neu' } });
    expect(audit.body.items[2].after.tierOverride).toBeNull();
  });

  it('lets a teammate with a share read but not change the customer', async () => {
    const c = await f.customer('repA', { code: 'DE-1', name: 'Shared', sharedWith: [f.users.repB.id] });
    expect((await f.call('repB', 'GET', `/api/customers/${c.id}`)).status).toBe(200);
    const res = await f.call('repB', 'PATCH', `/api/customers/${c.id}`, { name: 'Mine now' });
    expect(res.status).toBe(403);
    expect((await f.call('repA', 'GET', `/api/customers/${c.id}`)).body.name).toBe('Shared');
  });

  it('merges two customers without losing history, keeping a doubly logged message once', async () => {
    const keep = await f.customer('repA', { code: 'DE-KEEP', name: 'Acme', domains: ['acme.de'] });
    const drop = await f.customer('repA', { code: 'DE-DUP', name: 'ACME GmbH (dup)', domains: ['acme.de', 'acme-group.com'] });
    const hans = await f.contact('repA', { customerId: drop.id, name: 'Hans', emails: ['hans@acme-group.com'] });
    await f.call('repA', 'POST', '/api/orders', { customerId: drop.id, contractNo: 'PI-D1', orderedAt: '2026-01-01', amount: 100, currency: 'USD' });
    await f.call('repA', 'POST', '/api/reminders', { customerId: drop.id, due: '2026-12-01' });
    const msg = { from: 'hans@acme-group.com', messageId: '<both@acme>' };
    await f.call('repA', 'POST', '/api/interactions', { channel: 'email', customerId: drop.id, message: msg });
    await f.call('repA', 'POST', '/api/interactions', { channel: 'email', customerId: keep.id, message: msg });
    await f.call('repA', 'POST', '/api/interactions', { channel: 'email', customerId: drop.id, message: { ...msg, messageId: '<only-dup@acme>' } });

    const res = await f.call('repA', 'POST', `/api/customers/${keep.id}/merge`, { mergeId: drop.id });
    expect(res.status).toBe(200);
    expect(res.body.domains).toEqual(['acme-group.com', 'acme.de']);
    expect((await f.call('repA', 'GET', `/api/customers/${drop.id}`)).status).toBe(404);
    expect((await f.call('repA', 'GET', `/api/customers/${keep.id}/contacts`)).body.items.map((c: any) => c.id)).toEqual([hans.id]);
    expect((await f.call('repA', 'GET', `/api/customers/${keep.id}/orders`)).body.items.map((o: any) => o.contractNo)).toEqual(['PI-D1']);
    const history = (await f.call('repA', 'GET', `/api/customers/${keep.id}/interactions`)).body.items;
    expect(history.map((i: any) => i.messageId).sort()).toEqual(['<both@acme>', '<only-dup@acme>']);
    expect((await f.call('repA', 'GET', `/api/reminders?customerId=${keep.id}`)).body.total).toBe(1);
    // The merged-away customer's contact now resolves to the kept one.
    expect((await f.call('repA', 'POST', '/api/context', { message: { from: 'hans@acme-group.com' } })).body.customer.id).toBe(keep.id);
    // Nothing is deleted but the duplicate log: the dropped row remains, marked.
    const row = await f.database.db.selectFrom('customers').select('merged_into').where('id', '=', drop.id).executeTakeFirstOrThrow();
    expect(row.merged_into).toBe(keep.id);
  });

  it('refuses a merge the caller may not make, and moves nothing', async () => {
    const keep = await f.customer('repA', { code: 'DE-KEEP', name: 'Keep' });
    const other = await f.customer('repB', { code: 'DE-B', name: 'Of rep B', sharedWith: [f.users.repA.id] });
    await f.contact('repB', { customerId: other.id, name: 'C', emails: ['c@b.de'] });
    const res = await f.call('repA', 'POST', `/api/customers/${keep.id}/merge`, { mergeId: other.id });
    expect(res.status).toBe(403);
    expect((await f.call('repB', 'GET', `/api/customers/${other.id}/contacts`)).body.items).toHaveLength(1);
  });

  it('keeps a replaced contact, inactive, pointing to the new one', async () => {
    const c = await f.customer('repA', { code: 'DE-1', name: 'X' });
    const old = await f.contact('repA', { customerId: c.id, name: 'Old Buyer', emails: ['old@x.de'] });
    const fresh = await f.contact('repA', { customerId: c.id, name: 'New Buyer', emails: ['new@x.de'], isPrimary: true });
    const res = await f.call('repA', 'PATCH', `/api/contacts/${old.id}`, { active: false, replacedBy: fresh.id });
    expect(res.body).toMatchObject({ active: false, replacedBy: fresh.id, emails: ['old@x.de'] });
    const list = await f.call('repA', 'GET', `/api/customers/${c.id}/contacts`);
    expect(list.body.items.map((x: any) => x.name)).toEqual(['New Buyer', 'Old Buyer']);
  });

  it('lists and searches contacts and orders with paging', async () => {
    const c = await f.customer('repA', { code: 'DE-1', name: 'X' });
    await f.contact('repA', { customerId: c.id, name: 'Zoe', emails: ['zoe@x.de'] });
    await f.contact('repA', { customerId: c.id, name: 'Adam', emails: ['adam@x.de'] });
    expect((await f.call('repA', 'GET', '/api/contacts?q=zoe@')).body.items.map((x: any) => x.name)).toEqual(['Zoe']);
    expect((await f.call('repA', 'GET', '/api/contacts?limit=1')).body).toMatchObject({ total: 2, items: [{ name: 'Adam' }] });
    await f.call('repA', 'POST', '/api/orders', { customerId: c.id, contractNo: 'PI-2026-0001', orderedAt: '2026-01-01', amount: 10, currency: 'EUR', lines: [{ product: 'kettle', quantity: 10, unitPrice: 1 }] });
    await f.call('repA', 'POST', '/api/orders', { customerId: c.id, contractNo: 'PI-2026-0002', orderedAt: '2026-02-01', amount: 10, currency: 'EUR' });
    const orders = await f.call('repA', 'GET', '/api/orders?q=0001');
    expect(orders.body.items).toEqual([expect.objectContaining({ contractNo: 'PI-2026-0001', lines: [{ product: 'kettle', quantity: 10, unit: 'pcs', unitPrice: 1 }] })]);
    const patched = await f.call('repA', 'PATCH', `/api/orders/${orders.body.items[0].id}`, { paidAt: '2026-03-01', status: 'paid' });
    expect(patched.body).toMatchObject({ paidAt: '2026-03-01', status: 'paid' });
  });
});
