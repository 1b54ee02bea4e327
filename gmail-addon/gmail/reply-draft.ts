/**
 * A draft created through the Gmail API (the reading view cannot edit a draft in place): the
 * message is composed as RFC 5322 by nodemailer's MailComposer (encoded-word subjects, UTF-8
 * bodies) and threaded under the open mail with In-Reply-To and References.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { gmailFailure, type GmailCall } from './gmail-client.ts';

export interface DraftContent {
  to: { name: string; address: string } | null;
  subject: string;
  body: string;
  /** The mail being answered: its thread, and its Message-ID for the reply headers. */
  replyTo?: { threadId: string; messageId: string | null } | null;
}

/** The raw RFC 5322 message of a draft. */
export async function draftMime(content: DraftContent): Promise<Buffer> {
  const reply = content.replyTo?.messageId ?? undefined;
  return new MailComposer({
    ...(content.to ? { to: { name: content.to.name, address: content.to.address } } : {}),
    subject: content.subject,
    text: content.body,
    ...(reply ? { inReplyTo: reply, references: [reply] } : {}),
  })
    .compile()
    .build();
}

/**
 * Saves the draft in the user's mailbox. @returns the draft's id and thread, for
 * `openCreatedDraftActionMarkup`.
 * @throws GmailUnavailable
 */
export async function createDraft(gmail: GmailCall, content: DraftContent): Promise<{ draftId: string; threadId: string }> {
  const raw = (await draftMime(content)).toString('base64url');
  try {
    const res = await gmail.api.users.drafts.create(
      { userId: 'me', requestBody: { message: { raw, ...(content.replyTo ? { threadId: content.replyTo.threadId } : {}) } } },
      gmail.options(),
    );
    const draftId = res.data.id;
    const threadId = res.data.message?.threadId ?? content.replyTo?.threadId;
    if (!draftId || !threadId) throw new Error('Gmail created a draft without an id or thread');
    return { draftId, threadId };
  } catch (error) {
    throw gmailFailure(error);
  }
}
