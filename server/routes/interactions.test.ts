import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../store/test-engines.ts';
import { apiFixture, type ApiFixture } from '../testing/api-fixture.ts';

describe.each(ENGINES)('POST /api/interactions on %s', (engine) => {
  let f: ApiFixture;
  let acme: any;
  beforeEach(async () => {
    f = await apiFixture(engine);
    acme = await f.customer('repA', { code: 'DE-ACME', name: 'Acme', domains: ['acme.de'], sharedWith: [f.users.repB.id] });
  });
  afterEach(() => f.dispose());

  const email = (messageId: string | undefined, extra: Record<string, unknown> = {}) => ({
    channel: 'email',
    customerId: acme.id,
    source: 'outlook',
    message: {
      from: '"Weber, Hans" <hans@acme.de>',
      to: 'Rep A <rep.a@lumen-home.example>, =?UTF-8?B?5byg5LiJ?= <zhang@lumen-home.example>',
      cc: 'buyer2@acme.de',
      subject: 'Order 2026/11',
      ...(messageId ? { messageId } : {}),
      receivedAt: '2026-11-24T09:30:00+01:00',
      bodyText: 'Dear Amy,\n\n\n\nplease   send the PI.\n> quoted old text',
      attachmentNames: ['PO-4471.pdf'],
      ...extra,
    },
  });

  it('stores the e-mail with participants, excerpt, attachments and who logged it', async () => {
    const res = await f.call('repA', 'POST', '/api/interactions', email('<a1@acme.de>'));
    expect(res.status).toBe(201);
    expect(res.body.created).toBe(true);
    expect(res.body.interaction).toMatchObject({
      customerId: acme.id,
      channel: 'email',
      direction: 'received',
      subject: 'Order 2026/11',
      occurredAt: '2026-11-24T08:30:00.000Z',
      messageId: '<a1@acme.de>',
      source: 'outlook',
      attachmentNames: ['PO-4471.pdf'],
      loggedBy: f.users.repA.id,
      participants: {
        from: { name: 'Weber, Hans', address: 'hans@acme.de' },
        to: [
          { name: 'Rep A', address: 'rep.a@lumen-home.example' },
          { name: '张三', address: 'zhang@lumen-home.example' },
        ],
        cc: [{ name: '', address: 'buyer2@acme.de' }],
      },
    });
    expect(res.body.interaction.excerpt).toBe('Dear Amy,\n\nplease send the PI.\n> quoted old text');
  });

  it('logs a second time as nothing new, naming who logged it first and when', async () => {
    await f.call('repA', 'POST', '/api/interactions', email('<a1@acme.de>'));
    const again = await f.call('repB', 'POST', '/api/interactions', email('a1@acme.de'));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, loggedBy: { name: 'Rep A' }, loggedAt: '2026-11-25T04:00:00.000Z' });
    const rows = await f.database.db.selectFrom('interactions').selectAll().execute();
    expect(rows).toHaveLength(1);
  });

  it('stores exactly one interaction under 20 concurrent identical logs', async () => {
    const who = ['repA', 'repB', 'manager', 'admin'] as const;
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => f.call(who[i % who.length]!, 'POST', '/api/interactions', email('<race@acme.de>'))));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(19);
    const ids = new Set(replies.map((r) => r.body.interaction.id));
    expect(ids.size).toBe(1);
    const rows = await f.database.db.selectFrom('interactions').select('id').where('message_id', '=', '<race@acme.de>').execute();
    expect(rows).toHaveLength(1);
    const audits = await f.database.db.selectFrom('audit_log').select('id').where('entity', '=', 'interaction').execute();
    expect(audits).toHaveLength(1);
  });

  it('keys a mail without a Message-ID on sender, date and subject, so a colleague still meets it', async () => {
    const first = await f.call('repA', 'POST', '/api/interactions', email(undefined));
    const second = await f.call('repB', 'POST', '/api/interactions', email(undefined));
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(first.body.interaction.messageId).toMatch(/^<tp-[0-9a-f]{16}@synthetic\.touchpoint>$/);
  });

  it('logs a sent mail as sent', async () => {
    const res = await f.call('repA', 'POST', '/api/interactions', email('<s1@lumen-home.example>', { from: 'rep.a@lumen-home.example', to: 'hans@acme.de', cc: null }));
    expect(res.body.interaction.direction).toBe('sent');
  });

  it('logs a phone call by hand', async () => {
    const res = await f.call('repA', 'POST', '/api/interactions', { channel: 'call', customerId: acme.id, subject: 'Discussed Q1 forecast', occurredAt: '2026-11-24T10:00:00Z', note: 'wants 2x40HQ in Feb' });
    expect(res.status).toBe(201);
    expect(res.body.interaction).toMatchObject({ channel: 'call', direction: 'sent', messageId: null, note: 'wants 2x40HQ in Feb' });
  });

  it('refuses a contact of another customer', async () => {
    const other = await f.customer('repA', { code: 'FR-X', name: 'X', country: 'FR' });
    const c = await f.contact('repA', { customerId: other.id, name: 'Y', emails: ['y@x.fr'] });
    const res = await f.call('repA', 'POST', '/api/interactions', { ...email('<c@acme.de>'), contactId: c.id });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ field: 'contactId' });
    expect(await f.database.db.selectFrom('interactions').selectAll().execute()).toHaveLength(0);
  });
});
