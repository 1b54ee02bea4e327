import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGmail, type FakeGmail } from '../../test/gmail/fake-gmail.ts';
import { gbkMail, htmlOnlyInquiry, knownSenderMail, latin1Mail } from '../../test/gmail/gmail-messages.ts';
import { gmailClient, GmailUnavailable } from './gmail-client.ts';
import { readMessage } from './read-message.ts';
import { createDraft } from './reply-draft.ts';

let fake: FakeGmail;
beforeAll(async () => {
  fake = await startFakeGmail();
  fake.messages.set('msg-known', knownSenderMail('msg-known', '"Weber, Hans" <hans@acme.de>', '<CAknown@mail.acme.de>'));
  fake.messages.set('msg-html', htmlOnlyInquiry('msg-html'));
  fake.messages.set('msg-gbk', gbkMail('msg-gbk'));
  fake.messages.set('msg-latin1', latin1Mail('msg-latin1', 'Jörg <joerg@koeln.example>'));
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.delayMs = 0;
  fake.failWith = null;
});

const client = (timeoutMs = 2_000) => gmailClient({ userToken: 'ya29.user-token', messageToken: 'per-message-token' }, { rootUrl: fake.rootUrl, timeoutMs });

describe('readMessage', () => {
  it('asks for headers only on open, with the user token and the per-message token', async () => {
    const message = await readMessage(client(), 'msg-known', 'headers');
    const [req] = fake.requests;
    expect(req!.path).toBe('/gmail/v1/users/me/messages/msg-known');
    expect(req!.query.get('format')).toBe('metadata');
    expect(req!.query.getAll('metadataHeaders')).toEqual(['From', 'Sender', 'To', 'Cc', 'Reply-To', 'Subject', 'Message-ID', 'Date']);
    expect(req!.headers.authorization).toBe('Bearer ya29.user-token');
    expect(req!.headers['x-goog-gmail-access-token']).toBe('per-message-token');
    expect(message).toMatchObject({
      from: '"Weber, Hans" <hans@acme.de>',
      to: 'Rep A <rep.a@lumen-home.example>',
      subject: 'Re: PI for order 2026/11',
      messageId: '<CAknown@mail.acme.de>',
      conversationId: 'thread-msg-known',
      bodyText: null,
      attachmentNames: [],
    });
  });

  it('reads a multipart/mixed body: the plain and HTML alternatives, and the attachment names', async () => {
    const message = await readMessage(client(), 'msg-known', 'body');
    expect(fake.requests[0]!.query.get('format')).toBe('full');
    expect(message.bodyText).toContain('please send the PI for 2,000 kettles.');
    expect(message.bodyHtml).toContain('<div dir="ltr">Dear Amy,');
    expect(message.attachmentNames).toEqual(['PO-4471.pdf']);
  });

  it('reads an HTML-only mail', async () => {
    const message = await readMessage(client(), 'msg-html', 'body');
    expect(message.bodyText).toBeNull();
    expect(message.bodyHtml).toContain('5000 pcs electric kettle');
  });

  it('decodes a GBK subject, sender name and body', async () => {
    const message = await readMessage(client(), 'msg-gbk', 'body');
    expect(message.subject).toBe('询价：不锈钢电热水壶');
    expect(message.from).toBe('=?GBK?B?wO7P4A==?= <li.xiang@dubai-importer.example>');
    expect(message.bodyText).toBe('您好，我们是迪拜的进口商，需要电热水壶 5000 台，FOB 宁波，请报价。');
  });

  it('decodes ISO-8859-1 text and Q-encoded subjects', async () => {
    const message = await readMessage(client(), 'msg-latin1', 'body');
    expect(message.subject).toBe('Grüße aus Köln');
    expect(message.bodyText).toBe('Grüße aus Köln, Preis für Wasserkocher');
  });

  it('gives up after the timeout instead of waiting for a slow Gmail', async () => {
    fake.delayMs = 1_500;
    const started = performance.now();
    await expect(readMessage(client(200), 'msg-known', 'headers')).rejects.toMatchObject({ name: 'GmailUnavailable', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('says a refusal is a refusal, without the request that carried the tokens', async () => {
    fake.failWith = 403;
    const error = await readMessage(client(), 'msg-known', 'headers').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GmailUnavailable);
    expect(error).toMatchObject({ reason: 'denied', status: 403 });
    expect(JSON.stringify(error) + String(error)).not.toMatch(/ya29|per-message-token/);
  });
});

describe('createDraft', () => {
  it('saves a reply in the thread, threaded by In-Reply-To, with an encoded subject', async () => {
    const created = await createDraft(client(), {
      to: { name: 'Hans Weber', address: 'hans@acme.de' },
      subject: 'Frohe Weihnachten — 圣诞快乐',
      body: 'Guten Tag Herr Weber,\n\nfrohe Weihnachten!',
      replyTo: { threadId: 'thread-msg-known', messageId: '<CAknown@mail.acme.de>' },
    });
    expect(created).toEqual({ draftId: 'r-1', threadId: 'thread-msg-known' });
    const req = fake.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/gmail/v1/users/me/drafts');
    expect(req.headers.authorization).toBe('Bearer ya29.user-token');
    const sent = JSON.parse(req.body);
    expect(sent.message.threadId).toBe('thread-msg-known');
    const raw = Buffer.from(sent.message.raw, 'base64url').toString('utf8');
    expect(raw).toMatch(/^To: Hans Weber <hans@acme\.de>$/m);
    expect(raw).toMatch(/^In-Reply-To: <CAknown@mail\.acme\.de>$/m);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
  });
});
