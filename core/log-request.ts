/**
 * What a surface sends to log something into a customer's history, and how an e-mail becomes
 * an interaction record: participants parsed, a short excerpt, the Message-ID as the key.
 */
import { z } from 'zod';
import { parseAddressList, parseMailbox } from './address/index.ts';
import { Channel, Direction, EXCERPT_MAX, InteractionKind, InteractionSource, Outcome, type Interaction } from './interaction.ts';
import { MailMessage } from './message.ts';
import { Id, IsoDateTime } from './primitives.ts';
import { senderCandidates } from './sender-resolution.ts';

const Common = {
  customerId: Id,
  contactId: Id.nullish(),
  kind: InteractionKind.default('message'),
  outcome: Outcome.nullish(),
  note: z.string().trim().max(4000).nullish(),
  source: InteractionSource.exclude(['demo', 'import']).default('api'),
};

/** Log an e-mail: the message as the mail client has it. */
export const LogEmailRequest = z.object({ channel: z.literal('email'), message: MailMessage, ...Common });

/** Log a call, visit, fair meeting or chat by hand. */
export const LogActivityRequest = z.object({
  channel: Channel.exclude(['email']),
  direction: Direction.default('sent'),
  subject: z.string().trim().min(1, 'say what it was about').max(998),
  occurredAt: IsoDateTime,
  ...Common,
});

/** Body of `POST /api/interactions`. */
export const LogInteractionRequest = z.discriminatedUnion('channel', [LogEmailRequest, LogActivityRequest]);
export type LogInteractionRequest = z.infer<typeof LogInteractionRequest>;

/** 64-bit FNV-1a of a string, as hex: a stable key, not a secret. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * The key that makes logging idempotent: the RFC Message-ID, or for the rare mail without one
 * a stable id from its sender, date and subject, so two colleagues logging it still meet.
 */
export function messageKey(message: Pick<MailMessage, 'messageId' | 'from' | 'receivedAt' | 'subject'>): string {
  if (message.messageId) return message.messageId;
  const from = parseMailbox(message.from)?.address ?? '';
  return `<tp-${fnv1a64(`${from}\n${message.receivedAt ?? ''}\n${message.subject ?? ''}`)}@synthetic.touchpoint>`;
}

/** The first part of a body, whitespace folded, cut at `EXCERPT_MAX` characters. */
export function excerptOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const folded = text.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  if (!folded) return null;
  return folded.length <= EXCERPT_MAX ? folded : `${folded.slice(0, EXCERPT_MAX - 1)}…`;
}

export type InteractionDraft = Omit<Interaction, 'id' | 'loggedBy' | 'loggedAt'>;

/** Turns a log request into the record to store. `now` stands in for a missing date. */
export function interactionFromRequest(request: LogInteractionRequest, ownDomains: string[], now: string): InteractionDraft {
  const common = {
    customerId: request.customerId,
    contactId: request.contactId ?? null,
    kind: request.kind,
    outcome: request.outcome ?? null,
    note: request.note ?? null,
    source: request.source,
  };
  if (request.channel !== 'email') {
    return {
      ...common,
      channel: request.channel,
      direction: request.direction,
      subject: request.subject,
      excerpt: null,
      participants: { from: null, to: [], cc: [] },
      attachmentNames: [],
      occurredAt: request.occurredAt,
      messageId: null,
      conversationId: null,
    };
  }
  const { message } = request;
  const from = parseMailbox(message.from);
  return {
    ...common,
    channel: 'email',
    direction: senderCandidates(message, ownDomains).direction,
    subject: message.subject ?? null,
    excerpt: excerptOf(message.bodyText),
    participants: {
      from: from ? { name: from.name, address: from.address } : null,
      to: parseAddressList(message.to ?? []).map(({ name, address }) => ({ name, address })),
      cc: parseAddressList(message.cc ?? []).map(({ name, address }) => ({ name, address })),
    },
    attachmentNames: message.attachmentNames,
    occurredAt: message.receivedAt ?? now,
    messageId: messageKey(message),
    conversationId: message.conversationId ?? null,
  };
}
