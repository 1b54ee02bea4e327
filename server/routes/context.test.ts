import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SidebarContext } from '../../core/index.ts';
import { apiFixture, type ApiFixture } from '../testing/api-fixture.ts';
import { ENGINES } from '../store/test-engines.ts';

describe.each(ENGINES)('POST /api/context on %s', (engine) => {
  let f: ApiFixture;
  let acme: any;
  let hans: any;
  beforeEach(async () => {
    f = await apiFixture(engine);
    acme = await f.customer('repA', { code: 'DE-ACME', name: 'Acme Küchen GmbH', domains: ['acme.de'], timeZone: 'Europe/Berlin' });
    hans = await f.contact('repA', { customerId: acme.id, name: 'Hans Weber', emails: ['hans@acme.de', 'hans.weber@gmail.com'], isPrimary: true });
  });
  afterEach(() => f.dispose());

  // Every answer must be the view model both surfaces render, exactly (no stray or missing field).
  const context = async (who: 'repA' | 'repB' | 'manager' | 'repSouth' | 'admin', message: Record<string, unknown>) => {
    const res = await f.call(who, 'POST', '/api/context', { message });
    if (res.status === 200) expect(SidebarContext.parse(res.body)).toEqual(res.body);
    return res;
  };

  it('returns the customer context for a known contact address, with the contact', async () => {
    const res = await context('repA', { from: '"Weber, Hans" <Hans@ACME.de>', subject: 'Re: PI-2026-001', messageId: '<m1@acme.de>' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'customer',
      matchedBy: 'contact_email',
      customer: { code: 'DE-ACME', name: 'Acme Küchen GmbH', country: 'DE', countryName: 'Germany', owner: { name: 'Rep A' } },
      contact: { id: hans.id, name: 'Hans Weber' },
      otherCandidates: [],
      alreadyLogged: null,
    });
    expect(res.body.customer.localTime).toMatchObject({ timeZone: 'Europe/Berlin', local: '2026-11-25T05:00', businessHours: false });
    expect(res.body.orders.monthly).toHaveLength(24);
  });

  it('recognises the contact on their second, free-mail address', async () => {
    const res = await context('repA', { from: 'Hans <hans.weber@gmail.com>' });
    expect(res.body).toMatchObject({ kind: 'customer', matchedBy: 'contact_email', contact: { id: hans.id } });
  });

  it('resolves an unknown person at a known domain by the domain, without a contact', async () => {
    const res = await context('repA', { from: 'Petra Lang <p.lang@acme.de>' });
    expect(res.body).toMatchObject({ kind: 'customer', matchedBy: 'domain', contact: null, customer: { id: acme.id } });
  });

  it('resolves a sender on a sub-domain to the customer of the registrable domain', async () => {
    const res = await context('repA', { from: 'orders@einkauf.acme.de' });
    expect(res.body).toMatchObject({ kind: 'customer', matchedBy: 'domain', customer: { id: acme.id } });
  });

  it('never matches a free-mail domain: an unknown gmail sender is an inquiry', async () => {
    await f.customer('repA', { code: 'XX-GMAIL', name: 'Careless Record', domains: ['gmail.com'] });
    const res = await context('repA', { from: 'Stranger <someone.new@gmail.com>', subject: 'Inquiry: electric kettles' });
    expect(res.body).toMatchObject({ kind: 'inquiry', sender: { address: 'someone.new@gmail.com', freeMail: true, registrableDomain: null } });
  });

  it('reports the marketplace for a relayed inquiry and matches no customer by its domain', async () => {
    await f.customer('repA', { code: 'CN-ALI', name: 'Mistaken Alibaba Record', domains: ['alibaba.com'] });
    const res = await context('repA', { from: 'Alibaba.com <notice@service.alibaba.com>', subject: 'New inquiry from buyer' });
    expect(res.body).toMatchObject({ kind: 'inquiry', sender: { marketplace: expect.stringContaining('Alibaba') } });
  });

  it('resolves a mail the rep sent by its recipients, To before Cc', async () => {
    const other = await f.customer('repA', { code: 'FR-BONT', name: 'Bonnet SARL', country: 'FR', domains: ['bonnet.fr'] });
    const res = await context('repA', {
      from: 'Rep A <rep.a@lumen-home.example>',
      to: 'achats@bonnet.fr',
      cc: 'Hans <hans@acme.de>',
      direction: 'sent',
    });
    expect(res.body).toMatchObject({ kind: 'customer', customer: { id: other.id }, otherCandidates: [{ customerId: acme.id }] });
  });

  it('guesses a sent mail from our own domain when the surface does not say', async () => {
    const res = await context('repA', { from: 'rep.a@lumen-home.example', to: ['hans@acme.de'] });
    expect(res.body).toMatchObject({ kind: 'customer', customer: { id: acme.id } });
  });

  it('says a mail between colleagues is internal', async () => {
    const res = await context('repA', { from: 'rep.b@lumen-home.example', to: 'rep.a@lumen-home.example' });
    expect(res.body).toEqual({ kind: 'internal', warnings: [] });
  });

  it('returns every customer an ambiguous address belongs to, ranked', async () => {
    const sister = await f.customer('repA', { code: 'AT-ACME', name: 'Acme Austria', country: 'AT' });
    await f.contact('repA', { customerId: sister.id, name: 'Hans Weber', emails: ['hans@acme.de'], active: false });
    const res = await context('repA', { from: 'hans@acme.de' });
    expect(res.body.kind).toBe('customer');
    // The active contact at the customer that also owns the domain ranks first.
    expect(res.body.customer.id).toBe(acme.id);
    expect(res.body.otherCandidates).toEqual([{ customerId: sister.id, code: 'AT-ACME', name: 'Acme Austria', basis: 'contact_email' }]);
  });

  it('tells another rep only who owns the customer, and nothing of it', async () => {
    await f.call('repA', 'POST', '/api/orders', { customerId: acme.id, contractNo: 'PI-1', orderedAt: '2026-10-01', amount: 5000, currency: 'EUR' });
    const res = await context('repSouth', { from: 'hans@acme.de', messageId: '<m1@acme.de>' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ kind: 'owned_elsewhere', warnings: [], owner: { id: f.users.repA.id, name: 'Rep A', email: 'rep.a@lumen-home.example' } });
    expect(JSON.stringify(res.body)).not.toMatch(/Acme|DE-ACME|PI-1|Hans/);
  });

  it('shows the team’s customer to the manager and to an admin', async () => {
    expect((await context('manager', { from: 'hans@acme.de' })).body.kind).toBe('customer');
    expect((await context('admin', { from: 'hans@acme.de' })).body.kind).toBe('customer');
    expect((await context('repB', { from: 'hans@acme.de' })).body.kind).toBe('owned_elsewhere');
  });

  it('shows a customer shared with a rep of another team', async () => {
    await f.call('repA', 'PATCH', `/api/customers/${acme.id}`, { sharedWith: [f.users.repSouth.id] });
    expect((await context('repSouth', { from: 'hans@acme.de' })).body.kind).toBe('customer');
  });

  it('says who already logged this very message', async () => {
    await f.call('repB', 'PATCH', `/api/customers/${acme.id}`, { name: 'x' }); // repB cannot edit: no effect
    const log = await f.call('repA', 'POST', '/api/interactions', {
      channel: 'email',
      customerId: acme.id,
      message: { from: 'hans@acme.de', to: 'rep.a@lumen-home.example', subject: 'Kettles', messageId: '<k1@acme.de>', receivedAt: '2026-11-24T08:00:00Z' },
    });
    expect(log.status).toBe(201);
    const res = await context('manager', { from: 'hans@acme.de', messageId: '<k1@acme.de>' });
    expect(res.body.alreadyLogged).toEqual({ interactionId: log.body.interaction.id, by: { id: f.users.repA.id, name: 'Rep A', email: 'rep.a@lumen-home.example' }, at: '2026-11-25T04:00:00.000Z' });
    expect(res.body.interactions).toEqual([expect.objectContaining({ subject: 'Kettles', loggedBy: 'Rep A', direction: 'received' })]);
  });

  it('totals orders in the base currency and marks overdue payments', async () => {
    await f.call('repA', 'POST', '/api/orders', { customerId: acme.id, contractNo: 'PI-1', orderedAt: '2026-06-01', amount: 10000, currency: 'EUR', paymentDue: '2026-08-01' });
    await f.call('repA', 'POST', '/api/orders', { customerId: acme.id, contractNo: 'PI-2', orderedAt: '2026-10-01', amount: 5000, currency: 'USD', paidAt: '2026-10-20' });
    await f.call('repA', 'POST', '/api/orders', { customerId: acme.id, contractNo: 'PI-0', orderedAt: '2025-01-10', amount: 999, currency: 'USD' });
    const res = await context('repA', { from: 'hans@acme.de' });
    expect(res.body.orders.count12m).toBe(2);
    expect(res.body.orders.total12m).toEqual({ amount: 15800, currency: 'USD' });
    expect(res.body.orders.recent.map((o: any) => [o.contractNo, o.payment])).toEqual([['PI-2', 'paid'], ['PI-1', 'overdue'], ['PI-0', 'unknown']]);
    expect(res.body.orders.monthly.find((m: any) => m.month === '2026-06').amount).toBe(10800);
  });

  it('lists open reminders as touchpoints, overdue first', async () => {
    await f.call('repA', 'POST', '/api/reminders', { customerId: acme.id, due: '2026-11-20', kind: 'follow_up', note: 'quote for kettles' });
    await f.call('repA', 'POST', '/api/reminders', { customerId: acme.id, due: '2026-11-30', kind: 'call' });
    const res = await context('repA', { from: 'hans@acme.de' });
    expect(res.body.reminders.map((r: any) => r.dueOn)).toEqual(['2026-11-20', '2026-11-30']);
    expect(res.body.touchpoints[0]).toMatchObject({ kind: 'reminder', due: '2026-11-20', reason: 'Your reminder (follow up), 5 days overdue: quote for kettles' });
  });

  it('prefills "create customer" from an unknown company domain', async () => {
    const res = await context('repA', { from: 'Ana Souza <ana@casa-nova.com.br>' });
    expect(res.body).toMatchObject({ kind: 'inquiry', sender: { registrableDomain: 'casa-nova.com.br', freeMail: false }, prefill: { name: 'Casa Nova', domains: ['casa-nova.com.br'] } });
  });
});
