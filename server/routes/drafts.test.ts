import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComposedDraft } from '../../core/index.ts';
import { composeDraft } from '../context/compose-draft.ts';
import { ENGINES } from '../store/test-engines.ts';
import { apiFixture, FIXED_NOW, type ApiFixture } from '../testing/api-fixture.ts';

describe.each(ENGINES)('POST /api/drafts on %s', (engine) => {
  let f: ApiFixture;
  let huber: any;
  let anna: any;
  beforeEach(async () => {
    f = await apiFixture(engine);
    huber = await f.customer('repA', { code: 'DE-HUBER', name: 'Huber Haushaltswaren', country: 'DE', languages: ['en'] });
    anna = await f.contact('repA', { customerId: huber.id, name: 'Anna Huber', emails: ['anna@huber-haushalt.example'], language: 'de', isPrimary: true });
  });
  afterEach(() => f.dispose());

  const draft = (body: Record<string, unknown>, who: 'repA' | 'repB' | 'manager' = 'repA') => f.call(who, 'POST', '/api/drafts', { customerId: huber.id, ...body });

  it('drafts a German contact’s Christmas greeting in German, names filled, addressed to her', async () => {
    const res = await draft({ template: 'christmas' });
    expect(res.status).toBe(200);
    expect(ComposedDraft.parse(res.body)).toEqual({
      template: 'christmas',
      language: 'de',
      subject: `Frohe Weihnachten von ${f.config.company.name}`,
      body: expect.stringMatching(new RegExp(`^Guten Tag Anna Huber,[\\s\\S]*frohe Weihnachten[\\s\\S]*\\nRep A\\n${f.config.company.name}$`)),
      to: { name: 'Anna Huber', address: 'anna@huber-haushalt.example' },
    });
  });

  it('writes a payment reminder from a touchpoint with its contract number and amount', async () => {
    const touchpoint = {
      kind: 'payment_overdue',
      detail: { template: 'payment_reminder', orderId: 'o-1', contractNo: 'LH-2026-118', amount: 18400, currency: 'USD', paymentDue: '2026-11-10', daysOverdue: 15 },
    };
    const res = await draft({ touchpoint });
    expect(res.status).toBe(200);
    expect(res.body.subject).toBe('Freundliche Erinnerung: Zahlung zu Vertrag LH-2026-118');
    expect(res.body.body).toContain('18.400,00\u00a0USD');
    expect(res.body.body).toContain('10. November 2026');
  });

  it('writes in the language asked for, else the customer’s when the contact has none', async () => {
    expect((await draft({ template: 'christmas', language: 'fr' })).body).toMatchObject({ language: 'fr', subject: expect.stringMatching(/^Joyeux Noël/) });
    const other = await f.contact('repA', { customerId: huber.id, name: 'Tom Berg', emails: ['tom@huber-haushalt.example'] });
    expect((await draft({ template: 'birthday', contactId: other.id })).body).toMatchObject({ language: 'en', subject: 'Happy birthday, Tom Berg!' });
  });

  it('greets with the neutral salutation when the customer has no contact to name', async () => {
    const bare = await f.customer('repA', { code: 'ES-BARE', name: 'Sin Contacto', country: 'ES', languages: ['es'] });
    const res = await f.call('repA', 'POST', '/api/drafts', { customerId: bare.id, template: 'new_year' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ language: 'es', to: null, body: expect.stringMatching(/^Estimado\/a cliente:/) });
  });

  it('takes figures from the customer’s orders for a draft named by template', async () => {
    await f.call('repA', 'POST', '/api/orders', { customerId: huber.id, contractNo: 'LH-2026-200', orderedAt: '2026-09-01', shippedAt: '2026-10-01', paymentDue: '2026-12-01', amount: 5200, currency: 'EUR', status: 'shipped' });
    const res = await draft({ template: 'payment_reminder' });
    expect(res.status).toBe(200);
    expect(res.body.body).toContain('LH-2026-200');
    expect(res.body.body).toContain('5.200,00\u00a0EUR');
  });

  it('answers 404 to a rep asking for another rep’s customer, and for a contact of another customer', async () => {
    const res = await draft({ template: 'christmas' }, 'repB');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
    const other = await f.customer('repA', { code: 'FR-AUTRE', name: 'Autre', country: 'FR' });
    const stranger = await f.contact('repA', { customerId: other.id, name: 'Paul Autre' });
    expect((await draft({ template: 'christmas', contactId: stranger.id })).status).toBe(404);
    // Their manager may.
    expect((await draft({ template: 'christmas' }, 'manager')).status).toBe(200);
  });

  it('answers 422 naming an unknown template', async () => {
    const res = await draft({ template: 'valentines' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'unknown_template', field: 'template', error: expect.stringContaining('"valentines"') });
  });

  it('answers 422 naming the placeholder nothing fills', async () => {
    const res = await draft({ template: 'follow_up_quote' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'missing_value', field: 'values.quoteRef', error: expect.stringContaining('{quoteRef}') });
    expect((await draft({ template: 'follow_up_quote', values: { quoteRef: 'Q-7' } })).body.subject).toBe('Nachfrage zu unserem Angebot Q-7');
  });

  it('answers 422 for a suggestion with no template, and unless exactly one of template and touchpoint is sent', async () => {
    expect((await draft({ touchpoint: { kind: 'reply', detail: {} } })).body).toMatchObject({ code: 'no_draft_for_touchpoint', field: 'touchpoint.kind' });
    const neither = await draft({});
    expect(neither.status).toBe(422);
    expect(neither.body).toMatchObject({ code: 'invalid', field: 'template' });
    const both = await draft({ template: 'christmas', touchpoint: { kind: 'birthday', detail: {} } });
    expect(both.status).toBe(422);
    expect(both.body).toMatchObject({ code: 'invalid', field: 'touchpoint' });
  });

  it('is callable without HTTP, as the Gmail add-on does', async () => {
    const result = await composeDraft({ db: f.database.db, config: f.config, user: f.users.repA, now: FIXED_NOW }, { customerId: huber.id, touchpoint: { kind: 'birthday', detail: { template: 'birthday', contactId: anna.id } } });
    expect(result).toMatchObject({ template: 'birthday', language: 'de', to: { address: 'anna@huber-haushalt.example' } });
  });
});
