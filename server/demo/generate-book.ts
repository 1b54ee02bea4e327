/**
 * @module
 * A deterministic, believable customer book of a Chinese exporter of small kitchen appliances
 * and stainless kitchenware: users, customers, contacts, orders, contact records, reminders,
 * and hidden ground truth. Pure: no clock, no `Math.random`; every date is derived from `today`.
 * Customers are generated one at a time (`streamBook`), so 100,000 need no more than a loop.
 */
import { bookContext } from './book-context.ts';
import { contactBook } from './contacts.ts';
import type { DemoBook, DemoCustomerBundle, DemoUser, GenerateBookOptions } from './demo-book.ts';
import { interactionHistory } from './interactions.ts';
import { orderHistory } from './orders.ts';
import { drawPersona } from './persona.ts';
import { openReminders } from './reminders.ts';
import { customerTruth } from './truth.ts';

/** The shapes of the book (`DemoBook`, `DemoCustomer`, …). */
export type * from './demo-book.ts';

/**
 * The users of the book (reps, managers, one admin) without generating customers.
 * @throws when `today` is not a date or `reps` is below 1.
 */
export function demoUsers(options: GenerateBookOptions): DemoUser[] {
  return bookContext(options).team.users;
}

/**
 * Generates the book customer by customer. Users come from `demoUsers` with the same options.
 * @throws when `today` is not a date, `reps` is below 1 or `years` is not positive.
 * @example
 * for (const { customer, orders } of streamBook({ seed: 1, customers: 100_000, today: '2025-06-30', ownDomain: 'lumen-home.example' })) …
 */
export function* streamBook(options: GenerateBookOptions): Generator<DemoCustomerBundle> {
  const ctx = bookContext(options);
  for (let index = 0; index < options.customers; index++) {
    const { persona, customer } = drawPersona(ctx, index);
    const contacts = contactBook(ctx, persona);
    const history = orderHistory(ctx, persona);
    const interactions = interactionHistory(ctx, persona, customer, contacts, history);
    const reminders = openReminders(ctx, persona, history, interactions);
    yield {
      customer,
      contacts: contacts.contacts.map((c) => c.contact),
      orders: history.orders.map((o) => o.order),
      interactions,
      reminders,
      truth: customerTruth(persona, history),
    };
  }
}

/**
 * The whole book in memory: same seed and options, byte-identical output.
 * @throws when `today` is not a date, `reps` is below 1 or `years` is not positive.
 * @example
 * const book = generateBook({ seed: 7, customers: 300, today: '2025-06-30', ownDomain: 'lumen-home.example', reps: 4 });
 */
export function generateBook(options: GenerateBookOptions): DemoBook {
  const book: DemoBook = { users: demoUsers(options), customers: [], contacts: [], orders: [], interactions: [], reminders: [], truth: {} };
  for (const bundle of streamBook(options)) {
    book.customers.push(bundle.customer);
    for (const c of bundle.contacts) book.contacts.push(c);
    for (const o of bundle.orders) book.orders.push(o);
    for (const i of bundle.interactions) book.interactions.push(i);
    for (const r of bundle.reminders) book.reminders.push(r);
    book.truth[bundle.customer.key] = bundle.truth;
  }
  return book;
}
