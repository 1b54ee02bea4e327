/**
 * Quotes and samples still waiting for the customer's word: a follow-up a few days after
 * the quote (or the last nudge), and after a sample has had time to arrive and be tried.
 */
import type { Interaction } from '../interaction.ts';
import { addDays, daysBetween } from '../local-time.ts';
import { dateOfInstant } from './calendar.ts';
import type { PlanContext } from './plan-context.ts';
import { PRIORITY, tierBoost } from './priority.ts';
import type { PlannedTouchpoint } from './touchpoint-reason.ts';

/** Days after a quote (or the last nudge about it) to follow up. */
export const QUOTE_FOLLOW_UP_DAYS = 5;
/** Days after a sample ships (or the last nudge) to ask how it tested: courier time plus a week to try it. */
export const SAMPLE_FOLLOW_UP_DAYS = 14;
/** A quote is let go this many days after it was sent with no word (quotes are valid about 30 days). */
export const QUOTE_GIVE_UP_DAYS = 60;
export const SAMPLE_GIVE_UP_DAYS = 90;

const RULES = {
  quote: { kind: 'follow_up_quote', every: QUOTE_FOLLOW_UP_DAYS, giveUp: QUOTE_GIVE_UP_DAYS, priority: PRIORITY.followUpQuote },
  sample: { kind: 'follow_up_sample', every: SAMPLE_FOLLOW_UP_DAYS, giveUp: SAMPLE_GIVE_UP_DAYS, priority: PRIORITY.followUpSample },
} as const;

/** Same thread, or for an item with no thread the same person (when both are known). */
function related(item: Interaction, other: Interaction): boolean {
  if (item.conversationId) return other.conversationId === item.conversationId;
  return !item.contactId || !other.contactId || other.contactId === item.contactId;
}

/**
 * A suggestion per quote or sample we sent that is still open: no outcome recorded, no answer
 * from the customer since, no order placed since, and not older than the give-up time.
 */
export function followUpTouchpoints(ctx: PlanContext): PlannedTouchpoint[] {
  const { interactions, orders } = ctx.record;
  const zone = ctx.config.company.timeZone;
  const out: PlannedTouchpoint[] = [];
  for (const item of interactions) {
    if (item.direction !== 'sent' || (item.kind !== 'quote' && item.kind !== 'sample')) continue;
    if (item.outcome && item.outcome !== 'open') continue;
    const rule = RULES[item.kind];
    const sentOn = dateOfInstant(item.occurredAt, zone);
    if (daysBetween(sentOn, ctx.today) > rule.giveUp) continue;
    const later = interactions.filter((i) => i.occurredAt > item.occurredAt && related(item, i));
    // Their answer puts the ball in our court: the reply rule takes it from there.
    if (later.some((i) => i.direction === 'received')) continue;
    if (orders.some((o) => o.status !== 'cancelled' && o.orderedAt >= sentOn)) continue;
    const nudges = later.filter((i) => i.direction === 'sent' && i.kind !== 'greeting');
    const lastNudge = nudges.reduce<string | null>((m, i) => (m === null || i.occurredAt > m ? i.occurredAt : m), null);
    const from = lastNudge ? dateOfInstant(lastNudge, zone) : sentOn;
    out.push({
      kind: rule.kind,
      due: addDays(from, rule.every),
      priority: rule.priority + tierBoost(ctx.tier),
      reason: { code: 'follow_up', what: item.kind, subject: item.subject ?? null, sentOn, followUps: nudges.length },
      action: 'draft_follow_up',
      detail: {
        template: rule.kind,
        interactionId: item.id,
        sentOn,
        followUps: nudges.length,
        ...(item.conversationId ? { conversationId: item.conversationId } : {}),
        ...(item.contactId ? { contactId: item.contactId } : {}),
        ...(item.subject ? { subject: item.subject } : {}),
      },
    });
  }
  return out;
}
