/**
 * Putting a drafted text into Outlook: a reply form on the message being read, a new message
 * form, or the message being written (at the cursor).
 */
import { officeCall } from './office-call.ts';
import type { OfficeApi } from './office-types.ts';
import { isCompose } from './item-snapshot.ts';

export interface DraftText {
  subject: string;
  /** Plain text, paragraphs separated by blank lines. */
  body: string;
  to?: { name: string | null; address: string } | null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text as the small HTML Outlook's forms take: escaped, paragraphs and line breaks kept. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
  return escaped
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => `<p>${paragraph.replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/** Opens a reply to the message being read, its body filled. */
export async function replyWith(office: OfficeApi, draft: DraftText): Promise<void> {
  const item = office.context.mailbox.item;
  if (!item || isCompose(item)) throw new Error('a reply needs a message being read');
  const htmlBody = textToHtml(draft.body);
  if (item.displayReplyFormAsync) await officeCall('displayReplyFormAsync', (cb) => item.displayReplyFormAsync!({ htmlBody }, cb));
  else item.displayReplyForm({ htmlBody });
}

/** Opens a new message form addressed to the draft's recipient. */
export async function newMessageWith(office: OfficeApi, draft: DraftText): Promise<void> {
  const box = office.context.mailbox;
  const form = {
    toRecipients: draft.to ? [{ emailAddress: draft.to.address, displayName: draft.to.name ?? draft.to.address }] : [],
    subject: draft.subject,
    htmlBody: textToHtml(draft.body),
  };
  if (box.displayNewMessageFormAsync) await officeCall('displayNewMessageFormAsync', (cb) => box.displayNewMessageFormAsync!(form, cb));
  else box.displayNewMessageForm(form);
}

/**
 * Inserts the draft at the cursor of the message being written (at the top when the body never
 * had focus), as HTML or text to match the body; fills the subject when it is still empty.
 */
export async function insertDraft(office: OfficeApi, draft: DraftText): Promise<void> {
  const item = office.context.mailbox.item;
  if (!item || !isCompose(item)) throw new Error('inserting needs a message being written');
  const [type, subject] = await Promise.all([
    officeCall<string>('body.getTypeAsync', (cb) => item.body.getTypeAsync(cb)),
    officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
  ]);
  // Html into a plain-text body fails with InvalidFormatError.
  const html = type === 'html';
  await officeCall('body.setSelectedDataAsync', (cb) =>
    item.body.setSelectedDataAsync(html ? textToHtml(draft.body) : draft.body, { coercionType: html ? 'html' : 'text' }, cb),
  );
  if (!subject.trim() && draft.subject) await officeCall('subject.setAsync', (cb) => item.subject.setAsync(draft.subject, cb));
}
