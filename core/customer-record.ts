/**
 * What judgement reads about one customer. The server loads it from the store; core never does I/O.
 */
import type { Contact } from './contact.ts';
import type { Customer } from './customer.ts';
import type { Interaction } from './interaction.ts';
import type { Order } from './order.ts';

export interface CustomerRecord {
  customer: Customer;
  /** Every contact, active or not. */
  contacts: Contact[];
  /** Every order of the customer, any status, in no particular order. */
  orders: Order[];
  /** Contact records of at least the last two years, in no particular order. */
  interactions: Interaction[];
}
