/**
 * The mails around each order (inquiry, quotation, PO, PI, production news, shipping advice,
 * payment or reminders, complaints) and the quotations lost between orders.
 */
import type { BookContext } from './book-context.ts';
import { contactOn, type ContactBook } from './contacts.ts';
import { nextWorkday, type Day } from './dates.ts';
import { MAIL } from './mail-templates.ts';
import { destinationPort } from './ports.ts';
import type { OrderFacts, OrderHistory } from './orders.ts';
import type { Persona } from './persona.ts';
import type { Timeline } from './timeline.ts';

function containers(usd: number): string {
  if (usd < 9_000) return 'LCL';
  if (usd < 20_000) return '1x20GP';
  if (usd < 38_000) return '1x40HQ';
  return `${Math.max(2, Math.round(usd / 30_000))}x40HQ`;
}

/**
 * Quote numbers per customer (`QT-DE0012-07`). Quotes are drawn out of time order (lost ones
 * after the orders), so `next` hands out a placeholder and `Timeline.finish` numbers them by date.
 */
export class QuoteNumbers {
  #n = 0;
  readonly #code: string;
  constructor(code: string) {
    this.#code = code.replace(/-/g, '');
  }
  next(): string {
    this.#n += 1;
    return `QT-${this.#code}-${QUOTE_MARK}${this.#n}${QUOTE_MARK}`;
  }
}

/** Brackets a provisional quote serial inside texts until it is renumbered. */
export const QUOTE_MARK = '\u0001';

/** Mails around every order and lost quotations between them. */
export function orderMails(ctx: BookContext, persona: Persona, contacts: ContactBook, history: OrderHistory, timeline: Timeline, quotes: QuoteNumbers): void {
  const rng = persona.rng;
  const lastDay = ctx.today - 1;
  const poBase = rng.chance(0.5) ? rng.int(4_500_000, 4_599_999) : rng.int(100, 900);
  history.orders.forEach((facts, i) => {
    const { order, ordered } = facts;
    const acquired = i === 0 && persona.firstContact >= ctx.start;
    const buyer = contactOn(contacts, 'buyer', ordered);
    if (!buyer) return;
    const text = timeline.text(buyer);
    const thread = order.contractNo;
    if (!acquired && rng.chance(0.65)) {
      const asked = ordered - rng.int(8, 25);
      const qty = order.lines[0]?.quantity ?? 1000;
      timeline.email(asked, 'received', 'inquiry', buyer, MAIL.repeatInquiry(text, facts.products, qty, ordered + rng.int(60, 90)), { thread });
      const product = facts.products[0];
      if (product) {
        const quoteDay = nextWorkday(asked + rng.int(1, 3));
        timeline.email(quoteDay, 'sent', 'quote', buyer, MAIL.quote(text, quotes.next(), product, order.lines[0]?.unitPrice ?? 0, quoteDay + 30), { outcome: 'won', thread });
      }
    }
    const poNumber = poBase > 1000 ? String(poBase + i * rng.int(3, 40)) : `PO-${order.orderedAt.slice(0, 4)}-${String(poBase + i).padStart(3, '0')}`;
    const withPo = rng.chance(0.5);
    if (withPo) timeline.email(ordered, 'received', 'message', buyer, MAIL.purchaseOrder(text, poNumber, order.lines.length), { thread });
    const plannedShip = ordered + 35;
    timeline.email(withPo ? nextWorkday(ordered + 1) : ordered, 'sent', 'message', buyer, MAIL.proforma(text, order.contractNo, order.amount, facts.shipped ?? plannedShip), { thread });

    if (order.status === 'cancelled') {
      timeline.email(ordered + rng.int(3, 12), 'received', 'message', buyer, {
        subject: `Cancel ${order.contractNo}`,
        excerpt: `Hi ${text.rep}, sorry, our customer withdrew the order, so we have to cancel ${order.contractNo}. Please stop production. ${text.first}`,
      }, { thread });
      return;
    }
    if (facts.shipped === null) {
      const update = ordered + rng.int(18, 26);
      if (update <= lastDay && rng.chance(0.6)) timeline.email(update, 'sent', 'message', buyer, MAIL.production(text, order.contractNo, update + rng.int(5, 12)), { thread });
      return;
    }
    const logistics = contactOn(contacts, 'logistics', facts.shipped);
    const shipText = { ...timeline.text(logistics ?? buyer), city: destinationPort(persona.country.code, persona.city[0], persona.zone) };
    timeline.email(facts.shipped, 'sent', 'message', logistics, MAIL.shippingAdvice(
      shipText, order.contractNo, facts.shipped, facts.arrives ?? facts.shipped + 30, containers(facts.usd), order.amount * 0.7, facts.due ?? facts.shipped + 30,
    ), { thread });

    const accounts = contactOn(contacts, 'accounts', facts.due ?? ordered);
    const due = facts.due ?? facts.shipped + persona.paymentTermDays;
    if (facts.paid !== null && rng.chance(0.55)) timeline.email(facts.paid, 'received', 'message', accounts, MAIL.payment(timeline.text(accounts ?? buyer), order.contractNo, order.amount * 0.7), { thread });
    const settled = facts.paid ?? ctx.today;
    if (settled - due > 7) timeline.email(nextWorkday(due + 7), 'sent', 'message', accounts, MAIL.paymentReminder(timeline.text(accounts ?? buyer), order.contractNo, order.amount * 0.7, due, false), { thread });
    if (settled - due > 30) timeline.email(nextWorkday(due + 30), 'sent', 'message', accounts, MAIL.paymentReminder(timeline.text(accounts ?? buyer), order.contractNo, order.amount * 0.7, due, true), { thread, cc: managersOf(ctx, timeline) });

    complaint(ctx, persona, contacts, facts, timeline);
  });
  lostQuotes(ctx, persona, contacts, history, timeline, quotes);
}

function managersOf(ctx: BookContext, timeline: Timeline) {
  return ctx.team.users.filter((u) => u.role === 'manager' && u.team === timeline.owner.team).slice(0, 1);
}

function complaint(ctx: BookContext, persona: Persona, contacts: ContactBook, facts: OrderFacts, timeline: Timeline): void {
  const rng = persona.rng;
  if (facts.arrives === null || !rng.chance(persona.complaintRate)) return;
  const day = facts.arrives + rng.int(4, 20);
  const product = facts.products[0];
  const who = contactOn(contacts, rng.chance(0.5) ? 'quality' : 'buyer', day);
  if (!product || !who || day >= ctx.today) return;
  const text = timeline.text(who);
  const resolved = day < ctx.today - 25;
  timeline.email(day, 'received', 'complaint', who, MAIL.complaint(text, facts.order.contractNo, product), { outcome: resolved ? 'resolved' : 'open', thread: `${facts.order.contractNo}-claim` });
  const reply = nextWorkday(day + rng.int(1, 3));
  if (resolved || rng.chance(0.5)) timeline.email(reply, 'sent', 'message', who, MAIL.complaintReply(text, facts.order.contractNo), { thread: `${facts.order.contractNo}-claim` });
}

function lostQuotes(ctx: BookContext, persona: Persona, contacts: ContactBook, history: OrderHistory, timeline: Timeline, quotes: QuoteNumbers): void {
  const rng = persona.rng;
  const days = history.orders.map((o) => o.ordered);
  const end = persona.churnDay ?? ctx.today;
  const bounds: [Day, Day][] = [];
  for (let i = 1; i < days.length; i++) bounds.push([days[i - 1] ?? 0, days[i] ?? 0]);
  const last = days[days.length - 1];
  if (last !== undefined && end - last > 30) bounds.push([last, end]);
  for (const [from, to] of bounds) {
    const gap = to - from;
    const odds = Math.min(0.9, persona.lostQuoteRate * (gap / persona.interval) * (persona.churnDay !== null && to === end ? 2.5 : 1));
    if (gap < 20 || !rng.chance(odds)) continue;
    const asked = from + rng.int(8, gap - 8);
    const buyer = contactOn(contacts, 'buyer', asked);
    const product = rng.pick(persona.basket);
    if (!buyer) continue;
    const text = timeline.text(buyer);
    const number = quotes.next();
    timeline.email(asked, 'received', 'inquiry', buyer, MAIL.repeatInquiry(text, [product], product.carton * rng.int(50, 400), asked + 75), { thread: number });
    const quoteDay = nextWorkday(asked + rng.int(1, 3));
    const price = Math.round(((product.price[0] + product.price[1]) / 2 / persona.rate) * 100) / 100;
    const decided = quoteDay < ctx.today - 20;
    timeline.email(quoteDay, 'sent', 'quote', buyer, MAIL.quote(text, number, product, price, quoteDay + 30), { outcome: decided ? 'lost' : 'open', thread: number });
    if (decided && rng.chance(0.6)) timeline.email(quoteDay + rng.int(3, 15), 'received', 'message', buyer, MAIL.quoteLost(text, number), { thread: number });
  }
}
