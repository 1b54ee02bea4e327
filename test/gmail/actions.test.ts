/** The add-on's buttons end to end: reminders, customers from an inquiry, attaching a sender, drafts, compose, the chart, a slow Gmail. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { ENGINES } from '../../server/store/test-engines.ts';
import { SCOPES } from '../../gmail-addon/scopes.ts';
import { addonFixture, type AddonFixture } from './addon-fixture.ts';
import { seedBook } from './seed.ts';

function cardOf(body: any): any {
  const action = body.action ?? body.renderActions?.action;
  const nav = action?.navigations?.find((n: any) => n.pushCard || n.updateCard);
  return nav?.pushCard ?? nav?.updateCard;
}
const toast = (body: any): string | undefined => body.renderActions?.action?.notification?.text;
const date = (iso: string) => ({ dateInput: { msSinceEpoch: String(Date.parse(`${iso}T00:00:00Z`)) } });
const text = (value: string) => ({ stringInputs: { value: [value] } });

describe.each(ENGINES)('Gmail add-on actions on %s', (engine) => {
  let f: AddonFixture;
  let book: Awaited<ReturnType<typeof seedBook>>;
  beforeEach(async () => {
    f = await addonFixture(engine, { gmailTimeoutMs: 300 });
    book = await seedBook(f);
    f.gmail.requests.length = 0;
  });
  afterEach(() => f.dispose());

  const act = async (parameters: Record<string, string>, extra: Parameters<AddonFixture['event']>[1] = {}) =>
    f.post('action', await f.event('repA', { messageId: 'msg-known', parameters, ...extra }));

  it('adds, snoozes and completes a reminder, updating the card each time', async () => {
    let res = await act({ do: 'remind', customerId: book.acme.id }, { formInputs: { due: date('2026-12-01'), kind: text('call'), reminder_note: text('Ask about the 2027 range') } });
    expect(toast(res.body)).toBe('Reminder added for 1 Dec 2026.');
    expect(JSON.stringify(cardOf(res.body))).toContain('Ask about the 2027 range');
    const reminders = await f.database.db.selectFrom('reminders').selectAll().where('note', '=', 'Ask about the 2027 range').execute();
    expect(reminders).toMatchObject([{ kind: 'call', due: '2026-12-01', created_by: f.users.repA.id }]);

    res = await act({ do: 'snooze', reminderId: book.reminder.id, customerId: book.acme.id }, { formInputs: { snooze_until: date('2026-12-03') } });
    expect(toast(res.body)).toBe('Snoozed until 3 Dec 2026.');
    res = await act({ do: 'complete', reminderId: book.reminder.id, customerId: book.acme.id });
    expect(toast(res.body)).toBe('Marked done.');
    expect(await f.database.db.selectFrom('reminders').select('status').where('id', '=', book.reminder.id).executeTakeFirst()).toEqual({ status: 'done' });
  });

  it('refuses another rep’s reminder as if it did not exist', async () => {
    const res = await f.post('action', await f.event('repSouth', { messageId: 'msg-known', parameters: { do: 'complete', reminderId: book.reminder.id } }));
    expect(toast(res.body)).toBe('reminder not found');
  });

  it('creates the customer an inquiry prefilled, with the sender as its contact, and shows the mail as theirs', async () => {
    const res = await f.post(
      'action',
      await f.event('repA', {
        messageId: 'msg-inquiry',
        parameters: { do: 'create', prefill: JSON.stringify({ domains: ['gulf-home-trading.ae'], buyerType: 'importer' }), contactName: 'Omar Haddad', contactAddress: 'omar@gulf-home-trading.ae' },
        formInputs: { code: text('AE-GULF'), name: text('Gulf Home Trading LLC'), country: text('AE') },
      }),
    );
    expect(toast(res.body)).toBe('Customer AE-GULF created.');
    expect(cardOf(res.body).name).toBe('customer');
    const contact = await f.database.db.selectFrom('contact_emails').selectAll().where('email', '=', 'omar@gulf-home-trading.ae').executeTakeFirst();
    expect(contact).toBeTruthy();
  });

  it('says a taken customer code in a toast and creates nothing', async () => {
    const res = await f.post(
      'action',
      await f.event('repA', {
        messageId: 'msg-inquiry',
        parameters: { do: 'create', prefill: '{}', contactName: 'Omar', contactAddress: 'omar@gulf-home-trading.ae' },
        formInputs: { code: text('DE-ACME'), name: text('Gulf Home'), country: text('AE') },
      }),
    );
    expect(toast(res.body)).toBe('customer code DE-ACME is taken');
    expect(await f.database.db.selectFrom('contact_emails').selectAll().where('email', '=', 'omar@gulf-home-trading.ae').executeTakeFirst()).toBeUndefined();
  });

  it('finds customers (names escaped) and adds the sender to the one chosen', async () => {
    let res = await f.post(
      'action',
      await f.event('repA', { messageId: 'msg-inquiry', parameters: { do: 'search', attachName: 'Omar Haddad', attachAddress: 'omar@gulf-home-trading.ae' }, formInputs: { query: text('acme') } }),
    );
    const results = cardOf(res.body);
    expect(results.name).toBe('search');
    expect(JSON.stringify(results)).toContain('Acme Küchen &amp; Co. &lt;GmbH&gt;');
    res = await f.post('action', await f.event('repA', { messageId: 'msg-inquiry', parameters: { do: 'attach', customerId: book.acme.id, name: 'Omar Haddad', address: 'omar@gulf-home-trading.ae' } }));
    expect(res.body.renderActions.action.navigations[0]).toEqual({ popToRoot: true });
    expect(cardOf(res.body).name).toBe('customer');
    expect(toast(res.body)).toBe('Sender added to Acme Küchen & Co. <GmbH>.');
  });

  it('drafts a greeting as a reply in the open thread and opens it', async () => {
    const res = await act({ do: 'draft', customerId: book.acme.id, template: 'christmas' });
    expect(res.body.renderActions.hostAppAction).toEqual({ gmailAction: { openCreatedDraftActionMarkup: { draftId: 'r-1', draftThreadId: 'thread-msg-known' } } });
    const post = f.gmail.requests.find((r) => r.method === 'POST')!;
    expect(post.headers['x-goog-gmail-access-token']).toBe('msg-token-for-msg-known');
    const raw = Buffer.from(JSON.parse(post.body).message.raw, 'base64url').toString('utf8');
    expect(raw).toMatch(/^To: Hans Weber <hans@acme\.de>$/m);
    expect(raw).toMatch(/^In-Reply-To: <CAknown-0001@mail\.acme\.de>$/m);
    expect(raw).toContain('Weihnachten');
  });

  it('asks for the compose scope before drafting', async () => {
    const res = await act({ do: 'draft', customerId: book.acme.id, template: 'christmas' }, { scopes: [SCOPES.execute, SCOPES.metadata, SCOPES.readonly] });
    expect(res.body).toEqual({ requesting_google_scopes: { scopes: [SCOPES.compose] } });
  });

  it('offers drafts in compose and inserts one where the cursor is', async () => {
    let res = await f.post('compose', await f.event('repA', { compose: { to: ['Hans Weber <hans@acme.de>'] } }));
    const card = cardOf(res.body);
    expect(card.name).toBe('compose');
    expect(card.header.subtitle).toBe('For Acme Küchen & Co. <GmbH>');
    res = await f.post('action', await f.event('repA', { compose: { to: ['hans@acme.de'] }, parameters: { do: 'insert', customerId: book.acme.id }, formInputs: { template: text('new_year') } }));
    const markup = res.body.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup;
    expect(markup.updateBody.type).toBe('IN_PLACE_INSERT');
    expect(markup.updateBody.insertContents[0].content).toMatch(/^Guten Tag Hans Weber/);
  });

  it('says in compose when no recipient is a customer', async () => {
    const res = await f.post('compose', await f.event('repA', { compose: { to: ['someone@unknown.example'] } }));
    expect(JSON.stringify(cardOf(res.body))).toContain('None of the recipients is a customer you may see');
  });

  it('answers within the deadline with a card saying Gmail was slow', async () => {
    f.gmail.delayMs = 2_000;
    const started = performance.now();
    const res = await f.post('message', await f.event('repA', { messageId: 'msg-known' }));
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(cardOf(res.body).name).toBe('problem');
    expect(JSON.stringify(cardOf(res.body))).toContain('Gmail did not answer in time');
  });

  it('serves the order chart of a card, and refuses an altered link', async () => {
    const res = await f.post('message', await f.event('repA', { messageId: 'msg-known' }));
    const url = new URL(JSON.stringify(cardOf(res.body)).match(/"imageUrl":"([^"]+)"/)![1]!);
    const png = await f.app.request(`${url.pathname}${url.search}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(PNG.sync.read(Buffer.from(await png.arrayBuffer())).width).toBe(480);
    url.searchParams.set('m', url.searchParams.get('m')!.replace('kji', 'zzz'));
    expect((await f.app.request(`${url.pathname}${url.search}`)).status).toBe(403);
  });
});
