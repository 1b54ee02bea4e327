/**
 * A customer's whole contact history: order mails, relationship mails, meetings, and for a few
 * customers an inquiry from the last days that nobody has answered yet.
 */
import type { BookContext } from './book-context.ts';
import type { ContactBook } from './contacts.ts';
import { contactOn } from './contacts.ts';
import type { DemoCustomer, DemoInteraction } from './demo-book.ts';
import { MAIL } from './mail-templates.ts';
import { orderMails, QuoteNumbers } from './order-mails.ts';
import type { OrderHistory } from './orders.ts';
import type { Persona } from './persona.ts';
import { acquisition, buyerChange, churnSilence, greetings, meetings, newProductSamples, notices } from './relationship-mails.ts';
import { Timeline } from './timeline.ts';

/** Contact records of one customer, oldest first. */
export function interactionHistory(ctx: BookContext, persona: Persona, customer: DemoCustomer, contacts: ContactBook, history: OrderHistory): DemoInteraction[] {
  const rng = persona.rng;
  const timeline = new Timeline(ctx, persona, customer.name);
  const quotes = new QuoteNumbers(customer.code);
  acquisition(ctx, persona, contacts, history, timeline, quotes);
  orderMails(ctx, persona, contacts, history, timeline, quotes);
  newProductSamples(ctx, persona, contacts, customer.newProductResponsiveness, timeline);
  greetings(ctx, persona, contacts, history, timeline);
  notices(ctx, persona, contacts, history, timeline);
  meetings(ctx, persona, contacts, timeline);
  buyerChange(persona, contacts, timeline);
  churnSilence(ctx, persona, contacts, timeline);

  // A fresh inquiry nobody has answered: nothing of ours may follow it.
  if (persona.prospect && persona.firstContact >= ctx.today - 6) {
    timeline.drop((day, record) => day >= persona.firstContact && record.direction === 'sent');
  } else if (persona.churnDay === null && rng.chance(0.02)) {
    const day = ctx.today - rng.int(1, 4);
    const buyer = contactOn(contacts, 'buyer', day);
    const product = rng.pick(persona.basket);
    if (buyer) {
      timeline.drop((d, record) => d >= day && record.direction === 'sent');
      timeline.email(day, 'received', 'inquiry', buyer, MAIL.repeatInquiry(timeline.text(buyer), [product], product.carton * rng.int(50, 300), day + 80));
    }
  }
  return timeline.finish();
}
