/**
 * `GET /api/customers/:id/context`: the customer's page asks for the same view model the
 * sidebar gets for a mail, with nothing of a mail in it, and only for a customer the caller may see.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CustomerContext } from '../../core/index.ts';
import { ENGINES } from '../store/test-engines.ts';
import { apiFixture, type ApiFixture } from '../testing/api-fixture.ts';
import { kettleDistributor } from '../testing/kettle-distributor.ts';

/** Chinese characters somewhere in the text. */
const HAN = /\p{Script=Han}/u;

describe.each(ENGINES)('GET /api/customers/:id/context on %s', (engine) => {
  let f: ApiFixture;
  let kessel: any;
  let jonas: any;
  beforeEach(async () => {
    f = await apiFixture(engine);
    kessel = await kettleDistributor(f);
    // Beside the primary active contact: a primary who left, and an active colleague who is not primary.
    await f.contact('repA', { customerId: kessel.id, name: 'Anna Alt', emails: ['anna@kessel-handel.de'], isPrimary: true, active: false });
    await f.contact('repA', { customerId: kessel.id, name: 'Bert Einkauf', emails: ['bert@kessel-handel.de'] });
    const contacts = (await f.call('repA', 'GET', `/api/customers/${kessel.id}/contacts`)).body.items;
    jonas = contacts.find((c: any) => c.name === 'Jonas Berg');
    expect((await f.call('repA', 'PATCH', `/api/contacts/${jonas.id}`, { isPrimary: true })).status).toBe(200);
  });
  afterEach(() => f.dispose());

  const pageContext = async (id: string, query = '', who: 'repA' | 'repB' | 'manager' | 'repSouth' | 'admin' = 'repA') => {
    const res = await f.call(who, 'GET', `/api/customers/${id}/context${query}`);
    if (res.status === 200) expect(CustomerContext.parse(res.body)).toEqual(res.body);
    return res;
  };

  it('answers 200 with the customer context, without a mail: no warnings, matched directly, the primary active contact', async () => {
    const res = await pageContext(kessel.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'customer',
      warnings: [],
      matchedBy: 'direct',
      customer: { id: kessel.id, code: 'DE-KETTLE', name: 'Kessel Handel GmbH', countryName: 'Germany', owner: { name: 'Rep A' } },
      contact: { id: jonas.id, name: 'Jonas Berg', email: 'jonas@kessel-handel.de', active: true },
      otherCandidates: [],
      alreadyLogged: null,
    });
    expect(res.body.orders.recent.map((o: any) => o.contractNo).slice(0, 2)).toEqual(['PI-K-5', 'PI-K-4']);
    expect(res.body.touchpoints.map((t: any) => t.kind)).toEqual(expect.arrayContaining(['payment_overdue', 'follow_up_quote']));
    expect(res.body.customer.tier.reasons.length).toBeGreaterThan(0);
  });

  it('names no contact when no primary contact is still in charge, as drafts then use no name', async () => {
    expect((await f.call('repA', 'PATCH', `/api/contacts/${jonas.id}`, { active: false })).status).toBe(200);
    expect((await pageContext(kessel.id)).body.contact).toBeNull();
  });

  it('judges the customer exactly as the sidebar does for the customer’s own mail', async () => {
    const page = (await pageContext(kessel.id)).body;
    const mail = await f.call('repA', 'POST', '/api/context', { message: { from: 'Jonas Berg <jonas@kessel-handel.de>', subject: 'Re: QT-77' } });
    expect(mail.body).toMatchObject({ kind: 'customer', matchedBy: 'contact_email', contact: { id: jonas.id } });
    const { warnings: _w, matchedBy: _m, alreadyLogged: _a, ...fromMail } = mail.body;
    const { warnings: _pw, matchedBy: _pm, alreadyLogged: _pa, ...fromPage } = page;
    expect(fromPage).toEqual(fromMail);
  });

  it('answers 404 for a colleague’s customer, as for one that does not exist', async () => {
    const south = await f.customer('repSouth', { code: 'FR-SUD', name: 'Cuisine du Sud', country: 'FR' });
    const other = await pageContext(south.id);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('not_found');
    const missing = await pageContext('cus_does_not_exist');
    expect(missing.status).toBe(404);
    expect(other.body).toEqual(missing.body);
    // The owner and a manager of the owner's team do see it.
    expect((await pageContext(south.id, '', 'repSouth')).status).toBe(200);
    expect((await pageContext(kessel.id, '', 'manager')).status).toBe(200);
  });

  it('answers 401 without a token', async () => {
    const res = await f.call(null, 'GET', `/api/customers/${kessel.id}/context`);
    expect(res.status).toBe(401);
  });

  it('words reasons and names in Chinese for locale=zh-CN, in English by default', async () => {
    const zh = (await pageContext(kessel.id, '?locale=zh-CN')).body;
    const en = (await pageContext(kessel.id)).body;
    expect(zh.customer.countryName).toBe('德国');
    expect(zh.customer.tier.tier).toBe(en.customer.tier.tier);
    for (const reason of zh.customer.tier.reasons) expect(reason).toMatch(HAN);
    for (const reason of en.customer.tier.reasons) expect(reason).not.toMatch(HAN);
    expect(zh.touchpoints.length).toBeGreaterThan(0);
    expect(zh.touchpoints.map((t: any) => t.kind)).toEqual(en.touchpoints.map((t: any) => t.kind));
    for (const t of zh.touchpoints) expect(t.reason).toMatch(HAN);
  });

  it('rejects an over-long locale with 422 naming the field', async () => {
    const res = await pageContext(kessel.id, `?locale=${'x'.repeat(40)}`);
    expect(res.status).toBe(422);
    expect(res.body.field).toBe('locale');
  });
});
