import { describe, expect, it, vi } from 'vitest';
import { insertDraft, newMessageWith, replyWith, textToHtml } from './compose-actions.ts';
import { mockOffice, succeed } from './testing/office-mock.ts';

const draft = { subject: 'Season’s greetings', body: 'Dear Anna,\n\nBest wishes for <2027> & beyond.\nLily', to: { name: 'Anna Berg', address: 'anna@nordkueche.de' } };
const html = '<p>Dear Anna,</p><p>Best wishes for &lt;2027&gt; &amp; beyond.<br>Lily</p>';

describe('textToHtml', () => {
  it('escapes and keeps paragraphs and line breaks', () => {
    expect(textToHtml(draft.body)).toBe(html);
  });
});

describe('replyWith', () => {
  it('opens the reply form with the draft as HTML (Mailbox 1.9 form)', async () => {
    const displayReplyFormAsync = vi.fn(succeed(undefined));
    const host = mockOffice({ item: { itemType: 'message', subject: 'x', displayReplyFormAsync, displayReplyForm: () => {} } });
    await replyWith(host.office, draft);
    expect(displayReplyFormAsync).toHaveBeenCalledWith({ htmlBody: html }, expect.any(Function));
  });

  it('uses displayReplyForm where the async form is missing', async () => {
    const displayReplyForm = vi.fn();
    const host = mockOffice({ item: { itemType: 'message', subject: 'x', displayReplyForm } });
    await replyWith(host.office, draft);
    expect(displayReplyForm).toHaveBeenCalledWith({ htmlBody: html });
  });
});

describe('newMessageWith', () => {
  it('opens a new message to the draft’s recipient', async () => {
    const host = mockOffice({ item: null });
    const form = vi.fn();
    host.mock.context.mailbox.displayNewMessageForm = form;
    await newMessageWith(host.office, draft);
    expect(form).toHaveBeenCalledWith({ toRecipients: [{ emailAddress: 'anna@nordkueche.de', displayName: 'Anna Berg' }], subject: draft.subject, htmlBody: html });
  });
});

describe('insertDraft', () => {
  const compose = (type: string, subject: string) => {
    const setSelectedDataAsync = vi.fn(succeed(undefined));
    const setAsync = vi.fn(succeed(undefined));
    const host = mockOffice({
      item: {
        itemType: 'message',
        subject: { getAsync: succeed(subject), setAsync },
        to: { getAsync: succeed([]) },
        cc: { getAsync: succeed([]) },
        body: { getAsync: succeed(''), getTypeAsync: succeed(type), setSelectedDataAsync },
      },
    });
    return { host, setSelectedDataAsync, setAsync };
  };

  it('inserts HTML into an HTML body and fills an empty subject', async () => {
    const { host, setSelectedDataAsync, setAsync } = compose('html', ' ');
    await insertDraft(host.office, draft);
    expect(setSelectedDataAsync).toHaveBeenCalledWith(html, { coercionType: 'html' }, expect.any(Function));
    expect(setAsync).toHaveBeenCalledWith(draft.subject, expect.any(Function));
  });

  it('inserts plain text into a plain-text body and leaves a written subject alone', async () => {
    const { host, setSelectedDataAsync, setAsync } = compose('text', 'Re: samples');
    await insertDraft(host.office, draft);
    expect(setSelectedDataAsync).toHaveBeenCalledWith(draft.body, { coercionType: 'text' }, expect.any(Function));
    expect(setAsync).not.toHaveBeenCalled();
  });

  it('refuses when no message is being written', async () => {
    const host = mockOffice({ item: { itemType: 'message', subject: 'read mode', displayReplyForm: () => {} } });
    await expect(insertDraft(host.office, draft)).rejects.toThrow('inserting needs a message being written');
  });
});
