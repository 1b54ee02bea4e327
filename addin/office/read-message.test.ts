import { describe, expect, it, vi } from 'vitest';
import { readMessage } from './read-message.ts';
import { fail, mockOffice, succeed } from './testing/office-mock.ts';

const received = (extra: Record<string, unknown> = {}) => ({
  itemType: 'message',
  itemClass: 'IPM.Note',
  itemId: 'AAMkAD+/x=',
  from: { emailAddress: 'Anna.Berg@Nordkueche.de', displayName: 'Anna Berg' },
  sender: { emailAddress: 'Anna.Berg@Nordkueche.de', displayName: 'Anna Berg' },
  to: [{ emailAddress: 'rep@lumen-home.example', displayName: 'Rep' }],
  cc: [{ emailAddress: 'buyer2@nordkueche.de', displayName: '' }],
  subject: 'Re: PI 2026-117',
  internetMessageId: '<abc@nordkueche.de>',
  conversationId: 'conv-1',
  dateTimeCreated: new Date('2026-11-24T09:30:00Z'),
  attachments: [
    { name: 'PI-2026-117.pdf', isInline: false },
    { name: 'logo.png', isInline: true },
  ],
  body: { getAsync: vi.fn(succeed('Please confirm the shipment date.')) },
  getAllInternetHeadersAsync: succeed('From: Anna Berg <anna.berg@nordkueche.de>\r\nReply-To: "Berg, Anna"\r\n <anna@nordkueche-pay.com>\r\nSubject: x\r\n'),
  displayReplyForm: () => {},
  ...extra,
});

describe('readMessage', () => {
  describe('a received message', () => {
    it('gives every header field core reads, without the body unless asked', async () => {
      const { office, mock } = mockOffice({ item: received() });
      const message = await readMessage(office, { withBody: false });
      expect(message).toEqual({
        from: { name: 'Anna Berg', address: 'Anna.Berg@Nordkueche.de' },
        sender: null,
        to: [{ name: 'Rep', address: 'rep@lumen-home.example' }],
        cc: [{ name: null, address: 'buyer2@nordkueche.de' }],
        replyTo: '"Berg, Anna" <anna@nordkueche-pay.com>',
        subject: 'Re: PI 2026-117',
        messageId: '<abc@nordkueche.de>',
        conversationId: 'conv-1',
        receivedAt: '2026-11-24T09:30:00.000Z',
        bodyText: null,
        attachmentNames: ['PI-2026-117.pdf'],
        direction: null,
      });
      expect(mock.context.mailbox.item.body.getAsync).not.toHaveBeenCalled();
    });

    it('reads the body as text when asked', async () => {
      const { office, mock } = mockOffice({ item: received() });
      const message = await readMessage(office, { withBody: true });
      expect(message.bodyText).toBe('Please confirm the shipment date.');
      expect(mock.context.mailbox.item.body.getAsync).toHaveBeenCalledWith('text', expect.any(Function));
    });

    it('keeps a Sender that differs from From (sent on behalf)', async () => {
      const { office } = mockOffice({ item: received({ sender: { emailAddress: 'assistant@nordkueche.de', displayName: 'Assistant' } }) });
      expect((await readMessage(office, { withBody: false })).sender).toEqual({ name: 'Assistant', address: 'assistant@nordkueche.de' });
    });

    it('does not ask for headers where Mailbox 1.8 is missing (Reply-To then unknown)', async () => {
      const headers = vi.fn(succeed('Reply-To: x@y.z\r\n'));
      const { office } = mockOffice({ item: received({ getAllInternetHeadersAsync: headers }), mailboxVersion: '1.5' });
      expect((await readMessage(office, { withBody: false })).replyTo).toBeNull();
      expect(headers).not.toHaveBeenCalled();
    });

    it('goes on without Reply-To when the headers fail or come back empty (Sent Items)', async () => {
      const failing = mockOffice({ item: received({ getAllInternetHeadersAsync: fail(9020) }) });
      expect((await readMessage(failing.office, { withBody: false })).replyTo).toBeNull();
      const empty = mockOffice({ item: received({ getAllInternetHeadersAsync: succeed('') }) });
      expect((await readMessage(empty.office, { withBody: false })).replyTo).toBeNull();
    });

    it('marks mail from the signed-in rep as sent, so the server resolves it by its recipients', async () => {
      const { office } = mockOffice({
        item: received({ from: { emailAddress: 'REP@lumen-home.example', displayName: 'Rep' }, to: [{ emailAddress: 'anna.berg@nordkueche.de', displayName: 'Anna Berg' }] }),
      });
      const message = await readMessage(office, { withBody: false });
      expect(message.direction).toBe('sent');
      expect(message.to).toEqual([{ name: 'Anna Berg', address: 'anna.berg@nordkueche.de' }]);
    });

    it('marks mail from a shared mailbox the rep works in as sent', async () => {
      const { office } = mockOffice({
        item: received({
          from: { emailAddress: 'sales@lumen-home.example', displayName: 'Sales' },
          getSharedPropertiesAsync: succeed({ owner: 'sales@lumen-home.example', delegatePermissions: 1 }),
        }),
      });
      expect((await readMessage(office, { withBody: false })).direction).toBe('sent');
    });

    it('treats a failing shared-properties call as the rep’s own mailbox', async () => {
      const { office } = mockOffice({ item: received({ getSharedPropertiesAsync: fail(9041) }) });
      expect((await readMessage(office, { withBody: false })).direction).toBeNull();
    });

    it('falls back to Sender when From is missing', async () => {
      const item = received();
      delete (item as Record<string, unknown>).from;
      const { office } = mockOffice({ item });
      expect((await readMessage(office, { withBody: false })).from).toEqual({ name: 'Anna Berg', address: 'Anna.Berg@Nordkueche.de' });
    });
  });

  describe('a message being written', () => {
    const compose = (extra: Record<string, unknown> = {}) => ({
      itemType: 'message',
      conversationId: 'conv-9',
      from: { getAsync: succeed({ emailAddress: 'sales@lumen-home.example', displayName: 'Sales' }) },
      to: { getAsync: succeed([{ emailAddress: 'anna.berg@nordkueche.de', displayName: 'Anna Berg' }]) },
      cc: { getAsync: succeed([]) },
      subject: { getAsync: succeed('Price list 2027'), setAsync: succeed(undefined) },
      body: { getAsync: vi.fn(succeed('Dear Anna,')), getTypeAsync: succeed('html'), setSelectedDataAsync: succeed(undefined) },
      getAttachmentsAsync: succeed([{ name: 'prices.xlsx', isInline: false }]),
      ...extra,
    });

    it('reads the fields through getAsync and says the rep sends it', async () => {
      const { office, mock } = mockOffice({ item: compose() });
      const message = await readMessage(office, { withBody: false });
      expect(message).toEqual({
        from: { name: 'Sales', address: 'sales@lumen-home.example' },
        sender: null,
        to: [{ name: 'Anna Berg', address: 'anna.berg@nordkueche.de' }],
        cc: [],
        replyTo: null,
        subject: 'Price list 2027',
        messageId: null,
        conversationId: 'conv-9',
        receivedAt: null,
        bodyText: null,
        attachmentNames: ['prices.xlsx'],
        direction: 'sent',
      });
      expect(mock.context.mailbox.item.body.getAsync).not.toHaveBeenCalled();
    });

    it('uses the signed-in mailbox as From before Mailbox 1.7', async () => {
      const item = compose();
      delete (item as Record<string, unknown>).from;
      const { office } = mockOffice({ item, mailboxVersion: '1.5' });
      const message = await readMessage(office, { withBody: true });
      expect(message.from).toEqual({ name: 'Rep', address: 'rep@lumen-home.example' });
      expect(message.bodyText).toBe('Dear Anna,');
      expect(message.attachmentNames).toEqual([]);
    });

    it('fails naming the call when Outlook cannot give the recipients', async () => {
      const { office } = mockOffice({ item: compose({ to: { getAsync: fail(9020, 'Internal error') } }) });
      await expect(readMessage(office, { withBody: false })).rejects.toThrow('to.getAsync: Internal error (Office error 9020)');
    });
  });

  it('refuses when no message is open', async () => {
    const { office } = mockOffice({ item: null });
    await expect(readMessage(office, { withBody: false })).rejects.toThrow('no message is open');
  });
});
