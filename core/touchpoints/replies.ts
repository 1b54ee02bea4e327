/**
 * Inbound messages nobody has answered: due when the reply SLA (`judgement.replySlaHours`)
 * runs out, ranked higher once it has.
 */
import type { Interaction, InteractionKind } from '../interaction.ts';
import { addDays } from '../local-time.ts';
import { dateOfInstant } from './calendar.ts';
import type { PlanContext } from './plan-context.ts';
import { PRIORITY, tierBoost } from './priority.ts';
import type { PlannedTouchpoint } from './touchpoint-reason.ts';

/** Messages older than this are history, not a reply to write. */
export const REPLY_LOOKBACK_DAYS = 30;

/** Kinds of inbound message that ask for an answer (greetings and survey replies do not). */
const NEEDS_REPLY: ReadonlySet<InteractionKind> = new Set(['message', 'inquiry', 'complaint', 'quote', 'sample']);

function needsReply(i: Interaction): boolean {
  if (i.direction !== 'received' || !NEEDS_REPLY.has(i.kind)) return false;
  // Calls and visits are answered as they happen; an inquiry taken at a fair still wants its quote.
  return i.channel === 'email' || i.channel === 'chat' || i.channel === 'other' || (i.channel === 'fair' && i.kind === 'inquiry');
}

/**
 * True when something of ours came after `inbound` in reply: a sent message in the same
 * thread, or, for a message with no thread, anything we sent the same person; or a call or
 * visit with them.
 */
export function isAnswered(inbound: Interaction, all: readonly Interaction[]): boolean {
  const samePerson = (i: Interaction) => !inbound.contactId || !i.contactId || i.contactId === inbound.contactId;
  return all.some((i) => {
    if (i.occurredAt <= inbound.occurredAt) return false;
    if ((i.channel === 'call' || i.channel === 'visit') && samePerson(i)) return true;
    if (i.direction !== 'sent') return false;
    return inbound.conversationId ? i.conversationId === inbound.conversationId : samePerson(i);
  });
}

/** One suggestion per thread (or per person, for messages without a thread) whose last inbound message is unanswered. */
export function replyTouchpoints(ctx: PlanContext): PlannedTouchpoint[] {
  const { interactions } = ctx.record;
  const { replySlaHours } = ctx.config.judgement;
  const since = addDays(ctx.today, -REPLY_LOOKBACK_DAYS);
  const latest = new Map<string, Interaction>();
  for (const i of interactions) {
    if (!needsReply(i) || i.occurredAt.slice(0, 10) < since || isAnswered(i, interactions)) continue;
    const key = i.conversationId ? `thread:${i.conversationId}` : `person:${i.contactId ?? ''}`;
    const seen = latest.get(key);
    if (!seen || i.occurredAt > seen.occurredAt) latest.set(key, i);
  }
  const names = new Map(ctx.record.contacts.map((c) => [c.id, c.name]));
  const zone = ctx.config.company.timeZone;
  return [...latest.values()].map((i): PlannedTouchpoint => {
    const due = dateOfInstant(new Date(Date.parse(i.occurredAt) + replySlaHours * 3_600_000).toISOString(), zone);
    const late = due < ctx.today;
    return {
      kind: 'reply',
      due,
      // A buyer asking to buy or complaining waits less gladly than one sending news.
      priority: (late ? PRIORITY.replyLate : PRIORITY.reply) + (i.kind === 'inquiry' || i.kind === 'complaint' ? 5 : 0) + tierBoost(ctx.tier),
      reason: {
        code: 'reply',
        kind: i.kind,
        from: (i.contactId && names.get(i.contactId)) || null,
        since: dateOfInstant(i.occurredAt, zone),
        subject: i.subject ?? null,
        late,
        slaHours: replySlaHours,
      },
      action: 'reply',
      detail: {
        interactionId: i.id,
        interactionKind: i.kind,
        receivedAt: i.occurredAt,
        slaHours: replySlaHours,
        ...(i.conversationId ? { conversationId: i.conversationId } : {}),
        ...(i.contactId ? { contactId: i.contactId } : {}),
        ...(i.subject ? { subject: i.subject } : {}),
      },
    };
  });
}
