/**
 * The judgement the sidebar adds, through the API: tier with reasons, persona, holidays, local
 * time and touchpoints for a known sender; matches and questions for an unknown one; the planner
 * over the book in Today. The rules themselves are tested in core; this checks they are composed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SidebarContext, TodayView } from '../../core/index.ts';
import { ENGINES } from '../store/test-engines.ts';
import { apiFixture, type ApiFixture, type Who } from '../testing/api-fixture.ts';
import { kettleDistributor, kettleOrder } from '../testing/kettle-distributor.ts';

describe.each(ENGINES)('judgement in the API on %s', (engine) => {
  let f: ApiFixture;
  beforeEach(async () => {
    f = await apiFixture(engine);
  });
  afterEach(() => f.dispose());

  const context = async (who: Who, message: Record<string, unknown>) => {
    const res = await f.call(who, 'POST', '/api/context', { message });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(SidebarContext.parse(res.body)).toEqual(res.body);
    return res.body;
  };

  const order = (who: Who, customerId: string, contractNo: string, orderedAt: string, amount: number, extra: Record<string, unknown> = {}) =>
    kettleOrder(f, who, customerId, contractNo, orderedAt, amount, extra);
  const distributor = () => kettleDistributor(f);

  it('gives a known sender a computed tier with its reasons, a persona, holidays, local time and ranked touchpoints', async () => {
    await distributor();
    const body = await context('repA', { from: 'Jonas Berg <jonas@kessel-handel.de>', subject: 'Re: QT-77' });
    expect(body.kind).toBe('customer');
    const { tier, localTime } = body.customer;
    expect(tier).toMatchObject({ source: 'computed', drift: null });
    expect(tier.score).toBeGreaterThan(0);
    expect(tier.reasons.join('\n')).toMatch(/12-month revenue .*USD/);
    expect(tier.reasons.join('\n')).toMatch(/orders? in 12 months/);
    // No time zone recorded: the country's is used, and 05:00 in Berlin is outside office hours.
    expect(localTime).toMatchObject({ timeZone: 'Europe/Berlin', local: '2026-11-25T05:00', businessHours: false });
    expect(body.persona).toMatchObject({ buyerType: 'distributor' });
    expect(body.persona.traits.categories).toContain('kettle');
    expect(body.holidays.find((h: any) => h.name === 'Christmas')).toMatchObject({ date: '2026-12-25', greet: true, daysAway: 30 });
    const kinds = body.touchpoints.map((t: any) => t.kind);
    expect(kinds).toContain('payment_overdue');
    expect(kinds).toContain('follow_up_quote');
    // Ranked: an overdue payment comes before a quote follow-up.
    expect(kinds.indexOf('payment_overdue')).toBeLessThan(kinds.indexOf('follow_up_quote'));
    const priorities = body.touchpoints.map((t: any) => t.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
  });

  it('shows a manual override with its note and the computed tier among the reasons', async () => {
    const customer = await distributor();
    const patch = await f.call('repA', 'PATCH', `/api/customers/${customer.id}`, { tierOverride: { tier: 'A', note: 'Strategic account for 2027' } });
    expect(patch.status).toBe(200);
    const body = await context('repA', { from: 'jonas@kessel-handel.de' });
    expect(body.customer.tier).toMatchObject({ tier: 'A', source: 'override', overrideNote: 'Strategic account for 2027' });
  });

  it('reads an unknown sender’s inquiry and compares it with the book, naming only customers the caller may see', async () => {
    await distributor();
    const south = await f.customer('repSouth', { code: 'AT-SOUTH', name: 'Südkessel GmbH', country: 'AT', buyerType: 'distributor' });
    await order('repSouth', south.id, 'PI-S-1', '2026-09-01', 30_000);
    const body = await context('repA', {
      from: 'Anna Roth <anna@neue-kuechen.de>',
      subject: 'Inquiry: electric kettles for our distribution',
      bodyText: 'Hello,\n\nWe are a distributor in Germany and would like a quotation for 5,000 pcs electric kettle, FOB Ningbo, CE and GS certificates required. Please send a sample.\n\nBest regards\nAnna Roth\nNeue Küchen GmbH\nTel: +49 30 1234567',
    });
    expect(body.kind).toBe('inquiry');
    expect(body.inquiry.products.map((p: any) => p.catalogueKey)).toContain('kettle');
    expect(body.inquiry.quantities[0]).toMatchObject({ value: 5000 });
    expect(body.inquiry).toMatchObject({ incoterm: 'FOB', sampleRequested: true });
    expect(body.inquiry.buyerTypeHints).toContain('distributor');
    expect(body.inquiry.countryGuesses[0]).toMatchObject({ country: 'DE' });
    expect(body.similar[0]).toMatchObject({ code: 'DE-KETTLE', name: 'Kessel Handel GmbH' });
    // Another team's distributor is alike too, but its name is not the caller's to see.
    expect(body.similar.find((s: any) => s.code === 'AT-SOUTH')).toMatchObject({ name: null });
    expect(body.predictedTier).not.toBeNull();
    expect(body.fit).toBeGreaterThan(0);
    expect(body.prefill).toMatchObject({ domains: ['neue-kuechen.de'], country: 'DE', buyerType: 'distributor' });
  });

  it('plans Today over the caller’s own book, and shows another rep nothing of it', async () => {
    const customer = await distributor();
    const mine = await f.call('repA', 'GET', '/api/today?horizon=14');
    expect(mine.status).toBe(200);
    expect(TodayView.parse(mine.body)).toEqual(mine.body);
    const overdue = mine.body.items.find((i: any) => i.touchpoint.kind === 'payment_overdue');
    expect(overdue).toMatchObject({ customer: { id: customer.id, code: 'DE-KETTLE' } });
    expect(overdue.touchpoint.reason).toContain('PI-K-5');
    const other = await f.call('repB', 'GET', '/api/today?horizon=14');
    expect(other.body.items.filter((i: any) => i.customer.id === customer.id)).toEqual([]);
  });

  it('sees a new customer in the book index right after it is created', async () => {
    const before = await f.bookIndex.get();
    await distributor();
    const after = await f.bookIndex.get();
    expect(after.customers).toBe(before.customers + 1);
  });

  describe('trust warnings', () => {
    beforeEach(async () => {
      const acme = await f.customer('repA', { code: 'DE-ACME', name: 'Acme Küchen GmbH', domains: ['acmekuechen.de', 'acme-kitchen.com'] });
      await f.contact('repA', { customerId: acme.id, name: 'Hans Weber', emails: ['hans@acmekuechen.de'] });
    });

    it('warns first that a stranger’s domain looks like a customer’s', async () => {
      const body = await context('repA', { from: 'Hans Weber <hans@acmekuechem.de>', subject: 'Updated invoice' });
      expect(body.kind).toBe('inquiry');
      expect(body.warnings[0]).toMatchObject({ code: 'lookalike_domain', severity: 'high' });
      expect(body.warnings[0].reason).toContain('acmekuechen.de');
    });

    it('warns of a look-alike of our own domain', async () => {
      const body = await context('repA', { from: 'Accounts <accounts@lumen-horne.example>', subject: 'Payment' });
      expect(body.warnings.map((w: any) => w.code)).toContain('lookalike_domain');
    });

    it('says nothing for a customer’s genuine second domain, nor for mail we sent', async () => {
      expect((await context('repA', { from: 'Hans Weber <hans@acme-kitchen.com>', subject: 'Order' })).warnings).toEqual([]);
      expect((await context('repA', { from: 'rep.a@lumen-home.example', to: 'hans@acmekuechen.de', subject: 'Our new bank account', bodyText: 'Please note we have changed our bank account.' })).warnings).toEqual([]);
    });

    it('warns when a known contact’s name comes from free mail, and when Reply-To goes elsewhere', async () => {
      const named = await context('repA', { from: 'Hans Weber <hans.weber.acme@gmail.com>', subject: 'Urgent' });
      expect(named.warnings.map((w: any) => w.code)).toContain('display_name_mismatch');
      const reply = await context('repA', { from: 'Hans Weber <hans@acmekuechen.de>', replyTo: 'hans.acme@outlook.com', subject: 'Invoice' });
      expect(reply.kind).toBe('customer');
      expect(reply.warnings.map((w: any) => w.code)).toContain('reply_to_mismatch');
    });

    it('warns of changed bank details in a customer’s mail, in Chinese too, but not in the quoted part', async () => {
      const zh = await context('repA', { from: 'hans@acmekuechen.de', subject: '付款通知', bodyText: '您好，由于审计原因，我们的银行账户已变更，请把货款汇到以下新账户。' });
      expect(zh.warnings.map((w: any) => w.code)).toEqual(['bank_change']);
      const quoted = await context('repA', {
        from: 'hans@acmekuechen.de',
        subject: 'Re: payment',
        bodyText: 'Thanks, payment received.\n\n> Please note we have changed our bank account, remit to the new account below.',
      });
      expect(quoted.warnings).toEqual([]);
    });
  });
});
