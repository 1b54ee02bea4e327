/**
 * Contact records that are about the relationship rather than one order: how the customer was
 * won, samples of new models, greetings and holiday notices, price notices, satisfaction checks,
 * calls, chats, fair meetings and visits, a change of buyer, and the silence after churn.
 */
import type { BookContext } from './book-context.ts';
import { productsFor, PRODUCTS } from './catalogue.ts';
import { contactOn, type ContactBook } from './contacts.ts';
import type { Greeting } from './countries.ts';
import { dayOf, diwali, eidAlFitr, lunarNewYear, monthOf, nextWorkday, previousWorkday, ramadanStarts, yearOf, type Day } from './dates.ts';
import { MAIL } from './mail-templates.ts';
import type { OrderHistory } from './orders.ts';
import type { QuoteNumbers } from './order-mails.ts';
import type { Persona } from './persona.ts';
import type { Timeline } from './timeline.ts';

/** First contact and the steps to the first order (or to nothing, for a prospect). */
export function acquisition(ctx: BookContext, persona: Persona, contacts: ContactBook, history: OrderHistory, timeline: Timeline, quotes: QuoteNumbers): void {
  const rng = persona.rng;
  const d0 = persona.firstContact;
  if (d0 < ctx.start) return;
  const buyer = contactOn(contacts, 'buyer', d0);
  if (!buyer) return;
  const text = timeline.text(buyer);
  const product = persona.basket[0] ?? rng.pick(PRODUCTS);
  const won = history.orders.length > 0;
  const fairSeason = [4, 5, 10, 11].includes(monthOf(d0));
  const mode = rng.weighted([['inquiry', 45], ['alibaba', 15], ['fair', fairSeason ? 30 : 0], ['cold', 20]] as const);
  let replyDay = d0;
  if (mode === 'fair') {
    timeline.meeting(d0, 'fair', 'received', 'inquiry', buyer, `Canton Fair – met ${buyer.person.full}`, `Visited our booth; interested in ${product.name.toLowerCase()}; asked for a quotation and samples.`);
  } else if (mode === 'cold') {
    timeline.email(d0, 'sent', 'message', buyer, MAIL.coldIntro(text));
    replyDay = d0 + rng.int(2, 12);
    timeline.email(replyDay, 'received', 'inquiry', buyer, MAIL.firstInquiry(text, product, 'en', false));
  } else {
    timeline.email(d0, 'received', 'inquiry', buyer, MAIL.firstInquiry(text, product, buyer.contact.language ?? 'en', mode === 'alibaba'));
  }
  const number = quotes.next();
  const quoteDay = nextWorkday(replyDay + rng.int(1, 3));
  const decided = quoteDay < ctx.today - 30;
  const unitPrice = Math.round(((product.price[0] + product.price[1]) / 2 / persona.rate) * 100) / 100;
  timeline.email(quoteDay, 'sent', 'quote', buyer, MAIL.quote(text, number, product, unitPrice, quoteDay + 30), {
    outcome: won ? 'won' : decided && rng.chance(0.6) ? 'lost' : 'open',
    thread: number,
  });
  if (rng.chance(won ? 0.6 : 0.35)) {
    const sent = nextWorkday(quoteDay + rng.int(5, 15));
    const awb = String(rng.int(1_000_000_000, 9_999_999_999));
    const feedback = sent + rng.int(8, 20);
    const good = won || rng.chance(0.3);
    timeline.email(sent, 'sent', 'sample', buyer, MAIL.sample(text, product, awb), { outcome: feedback < ctx.today ? (good ? 'won' : 'lost') : 'open' });
    timeline.email(feedback, 'received', 'message', buyer, MAIL.sampleFeedback(text, product, good));
  }
  if (!won && rng.chance(0.5)) timeline.email(quoteDay + rng.int(10, 40), 'sent', 'message', buyer, MAIL.followUp(text, yearOf(quoteDay)));
}

/** Samples of models the customer does not buy yet, as often as it is open to new products. */
export function newProductSamples(ctx: BookContext, persona: Persona, contacts: ContactBook, responsiveness: string | null | undefined, timeline: Timeline): void {
  if (persona.prospect) return;
  const rng = persona.rng;
  const odds = responsiveness === 'high' ? 0.6 : responsiveness === 'medium' ? 0.3 : 0.1;
  const candidates = productsFor(persona.focus).filter((p) => !persona.basket.includes(p));
  for (let year = yearOf(ctx.start); year <= yearOf(ctx.today); year++) {
    if (candidates.length === 0 || !rng.chance(odds)) continue;
    const day = nextWorkday(dayOf(year, 1, 1) + rng.int(20, 340));
    const buyer = contactOn(contacts, 'buyer', day);
    if (!buyer) continue;
    const text = timeline.text(buyer);
    const product = rng.pick(candidates);
    const feedback = day + rng.int(10, 25);
    const gone = persona.churnDay !== null && day > persona.churnDay;
    const good = !gone && rng.chance(responsiveness === 'high' ? 0.55 : 0.35);
    timeline.email(day, 'sent', 'sample', buyer, MAIL.sample(text, product, String(rng.int(1_000_000_000, 9_999_999_999))), { outcome: feedback < ctx.today ? (good ? 'won' : 'lost') : 'open' });
    if (rng.chance(0.65)) timeline.email(feedback, 'received', 'message', buyer, MAIL.sampleFeedback(text, product, good));
  }
}

function greetingDays(greeting: Greeting, year: number): Day[] {
  switch (greeting) {
    case 'christmas': return [dayOf(year, 12, 22)];
    case 'new_year': return [dayOf(year, 1, 1)];
    case 'eid': return ramadanStarts(year).map(eidAlFitr);
    case 'diwali': return [diwali(year)];
    case 'lunar_new_year': return [lunarNewYear(year)];
  }
}

/** Holiday greetings both ways, and our Chinese New Year closing notice. */
export function greetings(ctx: BookContext, persona: Persona, contacts: ContactBook, history: OrderHistory, timeline: Timeline): void {
  const rng = persona.rng;
  const odds = persona.prospect ? 0.25 : persona.value > 200_000 ? 0.95 : 0.6;
  const ordering = history.orders.length > 0;
  for (let year = yearOf(ctx.start); year <= yearOf(ctx.today); year++) {
    for (const greeting of persona.country.greetings) {
      for (const holiday of greetingDays(greeting, year)) {
        if (!rng.chance(odds)) continue;
        const day = previousWorkday(holiday - rng.int(1, 3));
        const buyer = contactOn(contacts, 'buyer', day);
        if (buyer) timeline.email(day, 'sent', 'greeting', buyer, MAIL.greeting(timeline.text(buyer), greeting, greeting === 'new_year' ? year : yearOf(day)));
      }
    }
    const lny = lunarNewYear(year);
    const tenure = lny - persona.firstContact;
    const buyer = contactOn(contacts, 'buyer', lny - 3);
    if (!buyer) continue;
    if (ordering && rng.chance(0.5)) timeline.email(previousWorkday(dayOf(year, 1, 6) + rng.int(0, 6)), 'sent', 'message', buyer, MAIL.holidayNotice(timeline.text(buyer), lny - 10, lny + 12));
    if (tenure > 700 && rng.chance(0.25)) timeline.email(lny - rng.int(1, 4), 'received', 'greeting', buyer, MAIL.greetingReceived(timeline.text(buyer), true));
    if (tenure > 700 && persona.country.greetings.includes('christmas') && rng.chance(0.2)) timeline.email(dayOf(year, 12, 18) + rng.int(0, 4), 'received', 'greeting', buyer, MAIL.greetingReceived(timeline.text(buyer), false));
  }
}

/** Yearly price notice before 1 March, and a year-end satisfaction check. */
export function notices(ctx: BookContext, persona: Persona, contacts: ContactBook, history: OrderHistory, timeline: Timeline): void {
  if (persona.prospect || history.orders.length === 0) return;
  const rng = persona.rng;
  for (let year = yearOf(ctx.start); year <= yearOf(ctx.today); year++) {
    const noticeDay = nextWorkday(dayOf(year, 1, 12) + rng.int(0, 30));
    const buyer = contactOn(contacts, 'buyer', noticeDay);
    if (buyer && (persona.stage !== 'vendor' || persona.value > 100_000) && rng.chance(0.7)) {
      timeline.email(noticeDay, 'sent', 'price_notice', buyer, MAIL.priceNotice(timeline.text(buyer), year));
    }
    if (rng.chance(0.22)) {
      const day = nextWorkday(dayOf(year, 11, 5) + rng.int(0, 40));
      const who = contactOn(contacts, 'buyer', day);
      if (!who) continue;
      timeline.email(day, 'sent', 'satisfaction_check', who, MAIL.satisfaction(timeline.text(who), year));
      if (rng.chance(0.6)) timeline.email(day + rng.int(2, 10), 'received', 'satisfaction_check', who, MAIL.satisfactionReply(timeline.text(who), year), { outcome: 'resolved' });
    }
  }
}

/** Calls, chats, Canton Fair meetings and visits, as often as the account's size warrants. */
export function meetings(ctx: BookContext, persona: Persona, contacts: ContactBook, timeline: Timeline): void {
  if (persona.prospect) return;
  const rng = persona.rng;
  const from = Math.max(ctx.start, persona.firstContact);
  const until = persona.churnDay ?? ctx.today;
  const callEvery = persona.value >= 250_000 ? rng.int(45, 90) : 0;
  if (callEvery > 0) {
    for (let day = from + rng.int(0, callEvery); day < until; day += callEvery + rng.int(-10, 10)) {
      const buyer = contactOn(contacts, 'buyer', day);
      const topic = rng.pick(['forecast for next quarter', 'delivery schedule', 'new models for next season', 'payment schedule', 'packaging artwork', 'container booking']);
      timeline.meeting(nextWorkday(day), 'call', rng.chance(0.7) ? 'sent' : 'received', 'message', buyer, `Call with ${buyer?.person.given ?? 'buyer'}: ${topic}`, `Discussed ${topic}.`);
    }
  }
  if (rng.chance(0.25)) {
    const app = ['HK', 'SG', 'MY'].includes(persona.country.code) || persona.buyerType === 'trading_company' ? 'WeChat' : 'WhatsApp';
    for (let day = from + rng.int(20, 120); day < until; day += rng.int(90, 200)) {
      const buyer = contactOn(contacts, 'buyer', day);
      const name = buyer?.person.given ?? 'Buyer';
      if (rng.chance(0.6)) {
        const topic = rng.pick(['asked for the updated price list', 'checked the ETA of the last shipment', 'sent photos of a competitor model', 'asked about new colours', 'confirmed the carton marks']);
        timeline.meeting(day, 'chat', 'received', 'message', buyer, `${app}: ${name} ${topic}`, `${name} ${topic}.`);
      } else {
        const topic = rng.pick(['sent the updated price list', 'shared production photos', 'sent the new catalogue', 'confirmed the booking with the forwarder']);
        timeline.meeting(day, 'chat', 'sent', 'message', buyer, `${app}: ${topic}`, `${topic.charAt(0).toUpperCase()}${topic.slice(1)} to ${name}.`);
      }
    }
  }
  if (persona.value >= 50_000) {
    for (let year = yearOf(ctx.start); year <= yearOf(ctx.today); year++) {
      for (const month of [4, 10]) {
        if (!rng.chance(0.3)) continue;
        const day = dayOf(year, month, 15) + rng.int(0, 18);
        const buyer = contactOn(contacts, 'buyer', day);
        timeline.meeting(day, 'fair', 'received', 'message', buyer, `Canton Fair ${month === 4 ? 'spring' : 'autumn'} ${year} – booth meeting`, `Met ${buyer?.person.full ?? 'the buyer'} at our booth; reviewed new ${rng.pick(['air fryers', 'kettles', 'cookware sets', 'blenders', 'vacuum flasks'])}.`);
      }
    }
  }
  if (persona.value >= 500_000) {
    const manager = ctx.team.users.find((u) => u.role === 'manager' && u.team === timeline.owner.team);
    for (let year = yearOf(ctx.start); year <= yearOf(ctx.today); year++) {
      if (!rng.chance(0.6)) continue;
      const day = nextWorkday(dayOf(year, rng.int(3, 11), rng.int(1, 28)));
      const boss = contactOn(contacts, 'boss', day);
      if (rng.chance(0.5)) {
        timeline.meeting(day, 'visit', 'sent', 'message', boss, `Visit to ${persona.city[0]}`, 'Visited their office and warehouse; reviewed sell-through and next season’s range.', { loggedByKey: manager?.key ?? timeline.owner.key });
      } else {
        timeline.meeting(day, 'visit', 'received', 'message', boss, 'Factory visit', `${boss?.person.full ?? 'The customer'} visited our factory and audited the kettle line.`);
      }
    }
  }
}

/** The departing buyer's farewell and the successor's introduction. */
export function buyerChange(persona: Persona, contacts: ContactBook, timeline: Timeline): void {
  if (contacts.replacedOn === null) return;
  const rng = persona.rng;
  const old = contacts.contacts.find((c) => c.activeTo === contacts.replacedOn);
  const successor = contacts.contacts.find((c) => c.activeFrom === contacts.replacedOn && c.role === 'buyer');
  if (!old || !successor) return;
  timeline.email(contacts.replacedOn - rng.int(5, 15), 'received', 'message', old, MAIL.leaving(timeline.text(old), successor.person.full));
  timeline.email(contacts.replacedOn + rng.int(1, 7), 'received', 'message', successor, MAIL.introduction(timeline.text(successor), successor.contact.title ?? 'buyer'));
}

/** After churn the customer goes quiet; the rep's follow-ups go unanswered. */
export function churnSilence(ctx: BookContext, persona: Persona, contacts: ContactBook, timeline: Timeline): void {
  if (persona.churnDay === null) return;
  const rng = persona.rng;
  const silentFrom = persona.churnDay + 40;
  timeline.drop((day, record) => day > silentFrom && record.direction === 'received');
  for (let day = silentFrom + rng.int(30, 90); day < ctx.today; day += rng.int(80, 160)) {
    const buyer = contactOn(contacts, 'buyer', day);
    if (buyer) timeline.email(nextWorkday(day), 'sent', 'message', buyer, MAIL.followUp(timeline.text(buyer), yearOf(day)));
  }
}
