/**
 * A contact record: one e-mail, call, visit or meeting in a customer's history.
 * Logged e-mails carry their RFC Message-ID; one message is stored once per customer, whoever logs it.
 */
import { z } from 'zod';
import { Id, IsoDateTime } from './primitives.ts';

export const Channel = z.enum(['email', 'call', 'visit', 'fair', 'chat', 'other']);
export type Channel = z.infer<typeof Channel>;

export const Direction = z.enum(['received', 'sent']);
export type Direction = z.infer<typeof Direction>;

/** What the exchange was about; drives follow-ups and churn signals. */
export const InteractionKind = z.enum(['message', 'inquiry', 'quote', 'sample', 'complaint', 'greeting', 'price_notice', 'satisfaction_check']);
export type InteractionKind = z.infer<typeof InteractionKind>;

/** Outcome of a quote, a sample or a complaint, once known. */
export const Outcome = z.enum(['open', 'won', 'lost', 'resolved']);
export type Outcome = z.infer<typeof Outcome>;

export const InteractionSource = z.enum(['outlook', 'gmail', 'api', 'import', 'demo']);
export type InteractionSource = z.infer<typeof InteractionSource>;

/** A participant as logged: parsed, lower-cased address plus display name. */
export const Participant = z.object({ name: z.string().max(200).default(''), address: z.string().max(320) });
export type Participant = z.infer<typeof Participant>;

export const Participants = z.object({
  from: Participant.nullish(),
  to: z.array(Participant).default([]),
  cc: z.array(Participant).default([]),
});
export type Participants = z.infer<typeof Participants>;

/** Longest excerpt of a body kept in history; the mail itself stays in the mailbox. */
export const EXCERPT_MAX = 2000;

/** RFC 5322 Message-ID, kept with its angle brackets (`<abc@host>`). */
export const MessageId = z
  .string()
  .trim()
  .min(3)
  .max(998)
  .transform((id) => (id.startsWith('<') ? id : `<${id}>`));

export const Interaction = z.object({
  id: Id,
  customerId: Id,
  contactId: Id.nullish(),
  channel: Channel,
  direction: Direction,
  kind: InteractionKind,
  outcome: Outcome.nullish(),
  subject: z.string().max(998).nullish(),
  excerpt: z.string().max(EXCERPT_MAX).nullish(),
  participants: Participants,
  attachmentNames: z.array(z.string().max(255)).default([]),
  occurredAt: IsoDateTime,
  messageId: MessageId.nullish(),
  conversationId: z.string().max(512).nullish(),
  source: InteractionSource,
  note: z.string().max(4000).nullish(),
  loggedBy: Id,
  loggedAt: IsoDateTime,
});
export type Interaction = z.infer<typeof Interaction>;
