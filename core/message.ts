/**
 * The open e-mail as a mail client hands it over: the one input shape both surfaces produce
 * (Office.js item or Gmail message), before any address parsing.
 */
import { z } from 'zod';
import { Direction, MessageId } from './interaction.ts';
import { IsoDateTime } from './primitives.ts';

/** One mailbox: a header value (`"Doe, John" <j@acme.de>`) or an already-split pair from a client API. */
export const MailboxInput = z.union([
  z.string().max(2000),
  z.object({ name: z.string().max(500).nullish(), address: z.string().max(500) }),
]);
export type MailboxInput = z.infer<typeof MailboxInput>;

/** A header value holding a list, or the list a client API returned. */
export const AddressListInput = z.union([z.string().max(20000), z.array(MailboxInput).max(500)]);
export type AddressListInput = z.infer<typeof AddressListInput>;

/** Most body text we accept; longer bodies are cut before reading (a reply chain rarely needs more). */
export const BODY_MAX = 200_000;

export const MailMessage = z.object({
  from: MailboxInput,
  /** The mailbox that actually sent it when it differs from From (delegates, shared mailboxes). */
  sender: MailboxInput.nullish(),
  to: AddressListInput.nullish(),
  cc: AddressListInput.nullish(),
  replyTo: AddressListInput.nullish(),
  subject: z.string().max(998).nullish(),
  messageId: MessageId.nullish(),
  conversationId: z.string().max(512).nullish(),
  receivedAt: IsoDateTime.nullish(),
  bodyText: z.string().transform((s) => s.slice(0, BODY_MAX)).nullish(),
  bodyHtml: z.string().transform((s) => s.slice(0, BODY_MAX)).nullish(),
  attachmentNames: z.array(z.string().max(255)).max(100).default([]),
  /** `sent` when the rep wrote it: it then resolves by its recipients. Guessed from own domains when absent. */
  direction: Direction.nullish(),
});
export type MailMessage = z.infer<typeof MailMessage>;
