/**
 * Open reminders a rep would have on a customer today: chase open quotes, overdue balances and
 * open complaints, expect a reorder, greet before a holiday, call a key account. Some are
 * overdue, some due this week, a few snoozed.
 */
import type { ReminderKind } from '../../core/reminder.ts';
import type { BookContext } from './book-context.ts';
import { isoDate, isoInstant, parseDay, type Day } from './dates.ts';
import type { DemoInteraction, DemoReminder } from './demo-book.ts';
import { money } from './mail-templates.ts';
import type { OrderHistory } from './orders.ts';
import type { Persona } from './persona.ts';

const dayOfInstant = (iso: string): Day => parseDay(iso.slice(0, 10));

/** Open and snoozed reminders of one customer. */
export function openReminders(ctx: BookContext, persona: Persona, history: OrderHistory, interactions: readonly DemoInteraction[]): DemoReminder[] {
  const rng = persona.rng;
  const drafts: { kind: ReminderKind; due: Day; note: string }[] = [];
  if (persona.churnDay !== null && rng.chance(0.7)) return [];

  for (const record of interactions) {
    if (record.kind !== 'quote' && record.kind !== 'complaint') continue;
    const day = dayOfInstant(record.occurredAt);
    if (record.kind === 'quote' && record.direction === 'sent' && record.outcome === 'open' && day >= ctx.today - 30 && rng.chance(0.6)) {
      drafts.push({ kind: 'follow_up', due: day + rng.int(5, 10), note: `Follow up ${record.subject ?? 'quotation'}` });
    }
    if (record.kind === 'complaint' && record.outcome === 'open' && rng.chance(0.8)) {
      drafts.push({ kind: 'follow_up', due: day + rng.int(2, 5), note: `Answer complaint: ${record.subject ?? ''}`.trim() });
    }
  }
  for (const facts of history.orders) {
    if (facts.order.status === 'shipped' && facts.due !== null && facts.due < ctx.today && rng.chance(0.7)) {
      drafts.push({ kind: 'payment', due: facts.due + rng.int(3, 10), note: `Chase balance of ${facts.order.contractNo} (${money(facts.order.currency, facts.order.amount)}), due ${facts.order.paymentDue}` });
    }
  }
  const last = history.orders[history.orders.length - 1];
  if (last && persona.churnDay === null) {
    const expected = last.ordered + Math.round(persona.interval);
    if (expected >= ctx.today - 30 && expected <= ctx.today + 14 && rng.chance(0.4)) {
      drafts.push({ kind: 'reorder', due: expected - 7, note: `Usual reorder time; last order ${last.order.contractNo} on ${last.order.orderedAt}` });
    }
  }
  if (persona.value >= 300_000 && !persona.prospect && rng.chance(0.3)) drafts.push({ kind: 'call', due: ctx.today + rng.int(0, 10), note: 'Monthly call: forecast and open orders' });
  if (!persona.prospect && rng.chance(0.04)) drafts.push({ kind: 'satisfaction_check', due: ctx.today + rng.int(-5, 20), note: 'Ask for feedback on the last shipment' });
  if (!persona.prospect && rng.chance(0.05)) drafts.push({ kind: 'greeting', due: ctx.today + rng.int(0, 7), note: 'Send greetings before the holiday' });

  const manager = ctx.team.users.find((u) => u.role === 'manager' && u.team === ctx.team.users.find((x) => x.key === persona.ownerKey)?.team);
  return drafts.map((draft, i) => {
    const snoozed = draft.due < ctx.today + 2 && rng.chance(0.1);
    const created = Math.min(draft.due, ctx.today - 1) - rng.int(0, 14);
    return {
      key: `${persona.key}-r${i + 1}`,
      customerKey: persona.key,
      kind: draft.kind,
      due: isoDate(draft.due),
      status: snoozed ? 'snoozed' : 'open',
      snoozedUntil: snoozed ? isoDate(ctx.today + rng.int(1, 7)) : null,
      note: draft.note.slice(0, 2000),
      assignedToKey: persona.ownerKey,
      createdByKey: manager && rng.chance(0.1) ? manager.key : persona.ownerKey,
      createdAt: isoInstant(created, rng.int(60, 600)),
    };
  });
}
