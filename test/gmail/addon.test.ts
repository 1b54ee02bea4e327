/**
 * The Gmail add-on end to end: events shaped as Google documents them, posted to the real server
 * over a seeded database, tokens signed with a local key, the message read from a fake Gmail API.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGINES } from '../../server/store/test-engines.ts';
import { SCOPES } from '../../gmail-addon/scopes.ts';
import { addonFixture, ENDPOINT, GOOGLE, type AddonFixture } from './addon-fixture.ts';
import { makeGoogleKeys, SERVICE_ACCOUNT, systemToken } from './google-keys.ts';
import { KNOWN_MESSAGE_ID, seedBook } from './seed.ts';

/** The card an answer shows (pushed or updated), or undefined. */
function cardOf(body: any): any {
  const action = body.action ?? body.renderActions?.action;
  const nav = action?.navigations?.find((n: any) => n.pushCard || n.updateCard);
  return nav?.pushCard ?? nav?.updateCard;
}
const texts = (card: any) => JSON.stringify(card);

describe.each(ENGINES)('Gmail add-on on %s', (engine) => {
  let f: AddonFixture;
  let book: Awaited<ReturnType<typeof seedBook>>;
  beforeEach(async () => {
    f = await addonFixture(engine);
    book = await seedBook(f);
    f.gmail.requests.length = 0;
  });
  afterEach(() => f.dispose());

  it('shows a known sender’s customer, having read the message once, with both tokens', async () => {
    const res = await f.post('message', await f.event('repA', { messageId: 'msg-known' }));
    expect(res.status).toBe(200);
    const card = cardOf(res.body);
    expect(card.name).toBe('customer');
    // The header is plain text; every HTML field was checked by the response schema.
    expect(card.header.title).toBe('Acme Küchen & Co. <GmbH>');
    expect(texts(card)).toContain('Log this e-mail');
    expect(texts(card)).toContain('Send the new catalogue');
    expect(texts(card)).toContain('PO-2026-097');
    expect(f.gmail.requests).toHaveLength(1);
    const req = f.gmail.requests[0]!;
    expect(req.path).toBe('/gmail/v1/users/me/messages/msg-known');
    expect(req.query.get('format')).toBe('full');
    expect(req.headers.authorization).toBe('Bearer ya29.user-token-of-repA');
    expect(req.headers['x-goog-gmail-access-token']).toBe('msg-token-for-msg-known');
  });

  it('warns first when a known customer’s own address asks to pay to a new account', async () => {
    const res = await f.post('message', await f.event('repA', { messageId: 'msg-bank' }));
    const card = cardOf(res.body);
    expect(card.name).toBe('customer');
    const first = JSON.stringify(card.sections[0]);
    expect(first).toMatch(/Bank details change/);
    expect(first).toMatch(/check by phone/);
    // The same mail read from its headers alone (no permission to read bodies) cannot tell.
    const headersOnly = await f.post('message', await f.event('repA', { messageId: 'msg-bank', scopes: [SCOPES.execute, SCOPES.metadata] }));
    expect(JSON.stringify(cardOf(headersOnly.body))).not.toMatch(/Bank details change/);
  });

  it('shows an unknown sender’s inquiry from one read of the whole message', async () => {
    const res = await f.post('message', await f.event('repA', { messageId: 'msg-inquiry' }));
    const card = cardOf(res.body);
    expect(card.name).toBe('inquiry');
    expect(f.gmail.requests.map((r) => r.query.get('format'))).toEqual(['full']);
    expect(texts(card)).toContain('electric kettle');
    expect(texts(card)).toContain('Create customer');
  });

  it('reads an unknown sender from headers alone when the user did not grant reading bodies', async () => {
    const res = await f.post('message', await f.event('repA', { messageId: 'msg-inquiry', scopes: [SCOPES.execute, SCOPES.metadata] }));
    expect(cardOf(res.body).name).toBe('inquiry');
    expect(f.gmail.requests.map((r) => r.query.get('format'))).toEqual(['metadata']);
  });

  it('says only who owns another rep’s customer', async () => {
    const res = await f.post('message', await f.event('repA', { messageId: 'msg-south' }));
    const card = cardOf(res.body);
    expect(card.name).toBe('owned-elsewhere');
    expect(texts(card)).toContain('Rep South');
    expect(texts(card)).not.toMatch(/Southern Star|BR-STAR|Ana Souza/);
  });

  it('shows Today on the homepage, in Chinese for a Chinese Gmail', async () => {
    const res = await f.post('home', await f.event('repA', { locale: 'zh-CN' }));
    const card = cardOf(res.body);
    expect(card.name).toBe('today');
    expect(card.header.title).toBe('今日待办');
    expect(texts(card)).toContain('搜索客户');
  });

  it('answers a Google account nobody linked with a one-time sign-in link that links it', async () => {
    const res = await f.post('home', await f.event('unlinked'));
    const card = cardOf(res.body);
    expect(card.name).toBe('not-linked');
    expect(texts(card)).toContain(`--google-email ${GOOGLE.unlinked.email}`);
    const url = texts(card).match(/"url":"(https:\/\/tp\.example\.com\/pair\/[^"]+)"/)![1]!;
    const pairing = await f.database.db.selectFrom('pairings').selectAll().executeTakeFirstOrThrow();
    expect(url).toBe(`https://tp.example.com/pair/${pairing.id}`);
  });

  it('asks for the metadata scope instead of failing when it was not granted', async () => {
    const res = await f.post('message', await f.event('repA', { messageId: 'msg-known', scopes: [SCOPES.execute] }));
    expect(res.body).toEqual({ requesting_google_scopes: { scopes: [SCOPES.metadata] } });
    expect(f.gmail.requests).toHaveLength(0);
  });

  describe('refuses with 401 and touches nothing', () => {
    const other = makeGoogleKeys('test-key-1');
    it.each([
      ['no bearer token', async () => null],
      ['a bad signature', async () => systemToken(other, `${ENDPOINT}/message`)],
      ['an expired token', async (fx: AddonFixture) => systemToken(fx.keys, `${ENDPOINT}/message`, { issuedIn: -7200, expiresIn: -3600 })],
      ['a token for another endpoint', async (fx: AddonFixture) => systemToken(fx.keys, `${ENDPOINT}/home`)],
      ['a token for another host', async (fx: AddonFixture) => systemToken(fx.keys, 'https://evil.example/gmail/message')],
      ['another service account', async (fx: AddonFixture) => systemToken(fx.keys, `${ENDPOINT}/message`, { email: 'service-999@gcp-sa-gsuiteaddons.iam.gserviceaccount.com' })],
      ['an unverified service account e-mail', async (fx: AddonFixture) => systemToken(fx.keys, `${ENDPOINT}/message`, { email: SERVICE_ACCOUNT, email_verified: false })],
    ])('%s', async (_, bearer) => {
      const res = await f.post('message', await f.event('repA', { messageId: 'msg-known', parameters: {} }), await bearer(f));
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthenticated');
      expect(f.gmail.requests).toHaveLength(0);
    });

    it('a missing user token', async () => {
      const res = await f.post('action', await f.event('repA', { messageId: 'msg-known', noUserToken: true, parameters: { do: 'log', customerId: book.acme.id } }));
      expect(res.status).toBe(401);
      expect(await f.interactionCount()).toBe(0);
      expect(f.gmail.requests).toHaveLength(0);
    });

    it('a user token for another OAuth client', async () => {
      const res = await f.post('action', await f.event('repA', { messageId: 'msg-known', userTokenClaims: { aud: 'someone-else.apps.googleusercontent.com' }, parameters: { do: 'log', customerId: book.acme.id } }));
      expect(res.status).toBe(401);
      expect(await f.interactionCount()).toBe(0);
    });
  });

  it('stores one interaction when the same mail is logged from Gmail and from the Outlook pane', async () => {
    const res = await f.post('action', await f.event('repA', { messageId: 'msg-known', parameters: { do: 'log', customerId: book.acme.id, contactId: book.hans.id } }));
    expect(res.body.renderActions.action.notification.text).toBe('Logged to Acme Küchen & Co. <GmbH>.');
    expect(texts(cardOf(res.body))).toContain('Already logged by Rep A');
    expect(f.gmail.requests.map((r) => r.query.get('format'))).toContain('full');
    const asManager = await f.call('manager', 'POST', '/api/interactions', {
      channel: 'email',
      customerId: book.acme.id,
      source: 'outlook',
      message: { from: 'Hans Weber <hans@acme.de>', subject: 'Re: PI for order 2026/11', messageId: KNOWN_MESSAGE_ID, attachmentNames: [] },
    });
    expect(asManager.status).toBe(200);
    expect(asManager.body).toMatchObject({ created: false, loggedBy: { name: 'Rep A' } });
    expect(await f.interactionCount()).toBe(1);
    const stored = await f.database.db.selectFrom('interactions').selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ source: 'gmail', message_id: KNOWN_MESSAGE_ID, subject: 'Re: PI for order 2026/11' });
    expect(JSON.parse(stored.attachment_names)).toEqual(['PO-4471.pdf']);
  });

  it('answers a failure with a card, and logs it without the request’s tokens', async () => {
    const event = await f.event('repA', { messageId: 'msg-known' });
    const leaked = event.authorizationEventObject.userIdToken!;
    f.bookIndex.get = async () => {
      throw new Error(`index unavailable while handling ${leaked} and ya29.user-token-of-repA`);
    };
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await f.post('message', event);
      expect(res.status).toBe(200);
      expect(cardOf(res.body).name).toBe('problem');
      const logged = log.mock.calls.flat().join(' ');
      expect(logged).toContain('gmail message failed');
      expect(logged).not.toContain(leaked);
      expect(logged).not.toContain('ya29.');
    } finally {
      log.mockRestore();
    }
  });

  it('asks for the read scope before logging a mail', async () => {
    const res = await f.post('action', await f.event('repA', { messageId: 'msg-known', scopes: [SCOPES.execute, SCOPES.metadata], parameters: { do: 'log', customerId: book.acme.id } }));
    expect(res.body).toEqual({ requesting_google_scopes: { scopes: [SCOPES.readonly] } });
    expect(await f.interactionCount()).toBe(0);
  });
});
