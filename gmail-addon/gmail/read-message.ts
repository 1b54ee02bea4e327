/**
 * The open Gmail message as core's `MailMessage`, the shape the Outlook adapter produces too:
 * the whole message (`format: 'full'`) when the user granted reading it, else its headers
 * (`format: 'metadata'`). Header values go in as the mail has them; core's
 * address rules parse mailboxes and decode RFC 2047 words, here and for Outlook alike.
 */
import type { gmail_v1 } from 'googleapis/build/src/apis/gmail/index.js';
import { decodeEncodedWords, MailMessage } from '../../core/index.ts';
import { gmailFailure, type GmailCall } from './gmail-client.ts';
import { headerOf, messageBody } from './mime-parts.ts';

/** The headers asked for on open: what sender resolution, trust checks and logging read. */
export const METADATA_HEADERS = ['From', 'Sender', 'To', 'Cc', 'Reply-To', 'Subject', 'Message-ID', 'Date'];

export type ReadDepth = 'headers' | 'body';

/**
 * Reads message `id`. `headers` asks Gmail for metadata only; `body` for the whole message.
 * @throws GmailUnavailable when Gmail is slow, refuses or fails.
 */
export async function readMessage(gmail: GmailCall, id: string, depth: ReadDepth): Promise<MailMessage> {
  let data: gmail_v1.Schema$Message;
  try {
    const res =
      depth === 'headers'
        ? await gmail.api.users.messages.get({ userId: 'me', id, format: 'metadata', metadataHeaders: METADATA_HEADERS }, gmail.options())
        : await gmail.api.users.messages.get({ userId: 'me', id, format: 'full' }, gmail.options());
    data = res.data;
  } catch (error) {
    throw gmailFailure(error);
  }
  return mailMessageOf(data, depth === 'body');
}

const cut = (value: string | null, max: number) => (value === null ? null : value.slice(0, max));
const header = (m: gmail_v1.Schema$Message, name: string) => headerOf(m.payload?.headers, name);

/** A Gmail API message as core's message shape. */
export function mailMessageOf(m: gmail_v1.Schema$Message, withBody: boolean): MailMessage {
  const subject = header(m, 'Subject');
  const internal = Number(m.internalDate);
  const body = withBody ? messageBody(m.payload) : null;
  // Unlike Outlook, Gmail knows which mails the user sent: its SENT label says so.
  const sent = m.labelIds?.includes('SENT') ?? false;
  const messageId = header(m, 'Message-ID')?.trim() ?? '';
  // Hostile or broken headers are cut to what the schema takes rather than failing the card.
  return MailMessage.parse({
    from: cut(header(m, 'From'), 2000) ?? '',
    sender: cut(header(m, 'Sender'), 2000),
    to: cut(header(m, 'To'), 20000),
    cc: cut(header(m, 'Cc'), 20000),
    replyTo: cut(header(m, 'Reply-To'), 20000),
    subject: subject === null ? null : decodeEncodedWords(subject).slice(0, 998),
    messageId: messageId.length >= 3 && messageId.length <= 998 ? messageId : null,
    conversationId: m.threadId ?? null,
    receivedAt: Number.isFinite(internal) && internal > 0 ? new Date(internal).toISOString() : null,
    bodyText: body?.text ?? null,
    bodyHtml: body?.html ?? null,
    attachmentNames: body?.attachmentNames ?? [],
    direction: sent ? 'sent' : null,
  });
}
