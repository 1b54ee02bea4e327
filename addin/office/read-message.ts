/**
 * The open Office item as core's `MailMessage`: the one input the server's context and log
 * routes take. Read and compose items are read differently (plain values vs `getAsync`).
 */
import type { MailMessage } from '../../core/message.ts';
import { headerValue } from './header-value.ts';
import { officeCall } from './office-call.ts';
import type { AttachmentDetails, ComposeItem, EmailAddressDetails, Mailbox, OfficeApi, OfficeCallback, ReadItem, SharedProperties } from './office-types.ts';
import { isCompose } from './item-snapshot.ts';

export interface ReadOptions {
  /**
   * Read the body as text (`body.getAsync`): for the context of a received mail (inquiry,
   * bank-details check) and for logging. A mail the rep sent goes without it to the context.
   */
  withBody: boolean;
}

/** How long the optional reads (headers, shared-mailbox owner) may take before we go without. */
const OPTIONAL_READ_MS = 2500;

function mailbox(details: EmailAddressDetails): { name: string | null; address: string } {
  return { name: details.displayName || null, address: details.emailAddress };
}

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The mailbox the item is in, when it is a shared or delegate one (else null). */
async function sharedOwner(office: OfficeApi, item: ReadItem): Promise<string | null> {
  if (!item.getSharedPropertiesAsync || !office.context.requirements.isSetSupported('Mailbox', '1.8')) return null;
  try {
    const shared = await officeCall<SharedProperties>('getSharedPropertiesAsync', (cb) => item.getSharedPropertiesAsync!(cb), OPTIONAL_READ_MS);
    return shared.owner || null;
  } catch {
    // Fails by design for an item in the user's own mailbox.
    return null;
  }
}

/** Reply-To from the raw headers; null when unavailable (Sent Items answer an empty string). */
async function replyTo(office: OfficeApi, item: ReadItem): Promise<string | null> {
  if (!item.getAllInternetHeadersAsync || !office.context.requirements.isSetSupported('Mailbox', '1.8')) return null;
  try {
    const raw = await officeCall<string>('getAllInternetHeadersAsync', (cb) => item.getAllInternetHeadersAsync!(cb), OPTIONAL_READ_MS);
    return headerValue(raw, 'reply-to');
  } catch {
    return null;
  }
}

async function readBody(item: { body: { getAsync(coercionType: 'text', callback: OfficeCallback<string>): void } }): Promise<string> {
  return officeCall<string>('body.getAsync', (cb) => item.body.getAsync('text', cb));
}

async function readReceived(office: OfficeApi, box: Mailbox, item: ReadItem, options: ReadOptions): Promise<MailMessage> {
  const [owner, reply, bodyText] = await Promise.all([
    sharedOwner(office, item),
    replyTo(office, item),
    options.withBody ? readBody(item) : Promise.resolve(null),
  ]);
  const from = item.from ?? item.sender;
  if (!from) throw new Error('the open message has no sender Outlook can tell');
  // Office has no folder API: a mail is the rep's own when it comes from them, or from the
  // shared mailbox they are working in. Anything else the server judges by the company's domains.
  const mine = same(from.emailAddress, box.userProfile.emailAddress) || same(from.emailAddress, owner);
  return {
    from: mailbox(from),
    sender: item.sender && !same(item.sender.emailAddress, from.emailAddress) ? mailbox(item.sender) : null,
    to: (item.to ?? []).map(mailbox),
    cc: (item.cc ?? []).map(mailbox),
    replyTo: reply,
    subject: item.subject ?? null,
    messageId: item.internetMessageId || null,
    conversationId: item.conversationId ?? null,
    receivedAt: item.dateTimeCreated ? new Date(item.dateTimeCreated).toISOString() : null,
    bodyText,
    attachmentNames: (item.attachments ?? []).filter((a) => !a.isInline).map((a) => a.name).slice(0, 100),
    direction: mine ? 'sent' : null,
  };
}

async function readCompose(office: OfficeApi, box: Mailbox, item: ComposeItem, options: ReadOptions): Promise<MailMessage> {
  const attachments =
    item.getAttachmentsAsync && office.context.requirements.isSetSupported('Mailbox', '1.8')
      ? officeCall<AttachmentDetails[]>('getAttachmentsAsync', (cb) => item.getAttachmentsAsync!(cb)).catch((): AttachmentDetails[] => [])
      : Promise.resolve<AttachmentDetails[]>([]);
  const from = item.from ? officeCall<EmailAddressDetails>('from.getAsync', (cb) => item.from!.getAsync(cb)).catch(() => null) : Promise.resolve(null);
  const [sender, to, cc, subject, bodyText, files] = await Promise.all([
    from,
    officeCall<EmailAddressDetails[]>('to.getAsync', (cb) => item.to.getAsync(cb)),
    officeCall<EmailAddressDetails[]>('cc.getAsync', (cb) => item.cc.getAsync(cb)),
    officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
    options.withBody ? readBody(item) : Promise.resolve(null),
    attachments,
  ]);
  return {
    from: mailbox(sender ?? { emailAddress: box.userProfile.emailAddress, displayName: box.userProfile.displayName }),
    sender: null,
    to: to.map(mailbox),
    cc: cc.map(mailbox),
    replyTo: null,
    subject: subject || null,
    messageId: null,
    conversationId: item.conversationId ?? null,
    receivedAt: null,
    bodyText,
    attachmentNames: files.filter((a) => !a.isInline).map((a) => a.name).slice(0, 100),
    // Whatever the rep writes is theirs: the server resolves it by its recipients.
    direction: 'sent',
  };
}

/**
 * Reads the open item of `office.context.mailbox` as a `MailMessage`.
 * @throws when no message is open, or Office fails to give a required field.
 */
export async function readMessage(office: OfficeApi, options: ReadOptions): Promise<MailMessage> {
  const box = office.context.mailbox;
  const item = box.item;
  if (!item) throw new Error('no message is open');
  return isCompose(item) ? readCompose(office, box, item, options) : readReceived(office, box, item, options);
}
