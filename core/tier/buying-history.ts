/**
 * A customer's record reduced to what the tier rules read, dates as day numbers: live orders
 * in time order with their base-currency value and payment dates, cancelled order dates, and
 * the events that can set off a break in buying (a price notice, a lost quote).
 */
import { toBase, type TouchpointConfig } from '../config.ts';
import type { CustomerRecord } from '../customer-record.ts';
import { dayNumber } from './day-number.ts';
import type { BreakTrigger } from './tier-assessment.ts';

export interface LiveOrder {
  day: number;
  /** Contract value in the base currency, in cents (sums stay exact). */
  cents: number;
  due: number | null;
  /** Day paid; null when unpaid or paid on a date nobody recorded (see `paidUndated`). */
  paid: number | null;
  /** Marked paid with no payment date: counted on time, since nothing says otherwise. */
  paidUndated: boolean;
}

export interface TriggerEvent {
  day: number;
  kind: BreakTrigger;
}

export interface BuyingHistory {
  /** Orders that were not cancelled, oldest first. */
  orders: LiveOrder[];
  /** Order days of the cancelled orders, oldest first. */
  cancelled: number[];
  /** Price notices and lost quotes, oldest first. */
  triggers: TriggerEvent[];
}

/** The record as the tier rules read it. Orders in other currencies convert with the config's rates. */
export function buyingHistory(record: CustomerRecord, config: Pick<TouchpointConfig, 'company'>): BuyingHistory {
  const orders: LiveOrder[] = [];
  const cancelled: number[] = [];
  for (const o of record.orders) {
    const day = dayNumber(o.orderedAt);
    if (o.status === 'cancelled') {
      cancelled.push(day);
      continue;
    }
    orders.push({
      day,
      cents: Math.round(toBase(config, o.amount, o.currency) * 100),
      due: o.paymentDue ? dayNumber(o.paymentDue) : null,
      paid: o.paidAt ? dayNumber(o.paidAt) : null,
      paidUndated: !o.paidAt && o.status === 'paid',
    });
  }
  const triggers: TriggerEvent[] = [];
  for (const i of record.interactions) {
    if (i.kind === 'price_notice') triggers.push({ day: dayNumber(i.occurredAt), kind: 'price_notice' });
    else if (i.kind === 'quote' && i.outcome === 'lost') triggers.push({ day: dayNumber(i.occurredAt), kind: 'lost_quote' });
  }
  // The store hands orders newest first: turning them round is cheaper than sorting.
  if (isDescending(orders)) orders.reverse();
  else orders.sort((a, b) => a.day - b.day);
  cancelled.sort((a, b) => a - b);
  triggers.sort((a, b) => a.day - b.day);
  return { orders, cancelled, triggers };
}

function isDescending(orders: readonly LiveOrder[]): boolean {
  for (let i = 1; i < orders.length; i++) if (orders[i]!.day > orders[i - 1]!.day) return false;
  return true;
}
