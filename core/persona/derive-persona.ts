/**
 * A known customer's persona: the trade record speaks for payment, loyalty, products, terms
 * and order size; the customer record for what only a person knows (buyer type, scale, the
 * factors they weigh); nothing is guessed where neither says.
 */
import { rateOf, toBase, type TouchpointConfig } from '../config.ts';
import type { Customer, Level } from '../customer.ts';
import type { CustomerRecord } from '../customer-record.ts';
import type { Interaction } from '../interaction.ts';
import { addDays, daysBetween } from '../local-time.ts';
import type { Incoterm, Order } from '../order.ts';
import { catalogueMatcher, categoriesOf } from './catalogue-match.ts';
import { buyerClassOf, type PaymentTimeliness, type PersonaProfile } from './persona-profile.ts';
import { worldRegionOf } from './world-region.ts';

/** How far back "recent" reaches: the last two years. */
export const RECENT_DAYS = 730;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Days each payment came after its due date over the window (negative = early); an unpaid
 * order past its due date counts as late by today. Orders not yet due say nothing.
 */
function paymentTimeliness(orders: Order[], since: string, today: string): PaymentTimeliness | null {
  const lateness: number[] = [];
  for (const o of orders) {
    if (!o.paymentDue || o.paymentDue <= since || o.paymentDue > today) continue;
    if (o.paidAt) lateness.push(daysBetween(o.paymentDue, o.paidAt));
    else if (o.status !== 'paid' && o.paymentDue < today) lateness.push(daysBetween(o.paymentDue, today));
  }
  const m = median(lateness);
  if (m === null) return null;
  return m <= 0 ? 'prompt' : m <= 7 ? 'ok' : m <= 40 ? 'late' : 'very_late';
}

const STAGE_POINTS = { vendor: 0, preferred: 0.25, partner: 1, strategic: 1.5 } as const;

/**
 * Does the customer stay, or leave over price? From a middle score of 1: points for a deeper
 * stage and a long relationship, taken away for quotes lost (on price, mostly) and for ordering
 * that has lapsed. 2 or more is high, below 0.75 low. Null when there is no trade to judge.
 */
function loyalty(customer: Customer, orders: Order[], interactions: Interaction[], since: string, today: string): Level | null {
  const quotes = interactions.filter((i) => i.kind === 'quote' && i.occurredAt.slice(0, 10) > since && (i.outcome === 'won' || i.outcome === 'lost'));
  if (orders.length === 0 && quotes.length === 0) return null;
  let points = 1 + STAGE_POINTS[customer.stage];
  if (daysBetween(customer.createdAt.slice(0, 10), today) >= 5 * 365) points += 0.5;
  if (quotes.length >= 2) {
    const lost = quotes.filter((q) => q.outcome === 'lost').length / quotes.length;
    points -= lost >= 0.45 ? 1 : lost >= 0.3 ? 0.5 : 0;
  }
  const dates = orders.map((o) => o.orderedAt).sort();
  const gaps = dates.slice(1).map((d, i) => daysBetween(dates[i]!, d));
  const last = dates.at(-1);
  if (last && daysBetween(last, today) > Math.max(365, 3 * (median(gaps) ?? 120))) points -= 1.5;
  if (orders.length === 0) points -= 1;
  return points >= 2 ? 'high' : points >= 0.75 ? 'medium' : 'low';
}

/** How often samples of new models we sent turned into business, once at least two were decided. */
function sampleResponse(interactions: Interaction[], since: string): Level | null {
  let won = 0;
  let decided = 0;
  for (const i of interactions) {
    if (i.kind !== 'sample' || i.direction !== 'sent' || i.occurredAt.slice(0, 10) <= since) continue;
    if (i.outcome === 'won') won++;
    if (i.outcome === 'won' || i.outcome === 'lost') decided++;
  }
  if (decided < 2) return null;
  return won / decided >= 0.5 ? 'high' : won / decided >= 0.25 ? 'medium' : 'low';
}

/** Most frequent incoterm; a tie goes to the one used last. */
function incotermHabit(orders: Order[]): Incoterm | null {
  const count = new Map<Incoterm, { n: number; last: string }>();
  for (const o of orders) {
    if (!o.incoterm) continue;
    const seen = count.get(o.incoterm);
    if (seen) {
      seen.n++;
      if (o.orderedAt > seen.last) seen.last = o.orderedAt;
    } else count.set(o.incoterm, { n: 1, last: o.orderedAt });
  }
  let best: Incoterm | null = null;
  let top = { n: 0, last: '' };
  for (const [term, c] of count) {
    if (c.n > top.n || (c.n === top.n && c.last > top.last)) {
      best = term;
      top = c;
    }
  }
  return best;
}

/** Median order value in the base currency; orders in a currency the config has no rate for are left out. */
function orderSize(orders: Order[], config: Pick<TouchpointConfig, 'company'>): number | null {
  const values: number[] = [];
  for (const o of orders) if (rateOf(config, o.currency) !== undefined) values.push(toBase(config, o.amount, o.currency));
  const m = median(values);
  return m === null ? null : Math.round(m);
}

/**
 * Derives a customer's persona as of `today` (`YYYY-MM-DD`). Recent means the last two years;
 * products and incoterm fall back to older orders when there are none recent, order size does not.
 * Cancelled orders and orders dated after `today` are ignored.
 */
export function derivePersona(record: CustomerRecord, config: Pick<TouchpointConfig, 'company' | 'catalogue'>, today: string): PersonaProfile {
  const { customer } = record;
  const since = addDays(today, -RECENT_DAYS);
  const live = record.orders.filter((o) => o.status !== 'cancelled' && o.orderedAt <= today);
  const recent = live.filter((o) => o.orderedAt > since);
  const telling = recent.length ? recent : live;

  const match = catalogueMatcher(config.catalogue);
  const keys = new Set<string>();
  for (const o of telling) for (const line of o.lines) for (const key of match(line.product)) keys.add(key);
  const catalogueKeys = config.catalogue.map((c) => c.key).filter((k) => keys.has(k));

  return {
    buyerType: customer.buyerType ?? null,
    buyerClass: buyerClassOf(customer.buyerType),
    brandRelation: customer.brandRelation ?? null,
    staff: customer.staff ?? null,
    turnoverBand: customer.turnoverBand ?? null,
    paymentTimeliness: paymentTimeliness(live, since, today),
    deliverySensitivity: customer.deliverySensitivity ?? null,
    loyalty: loyalty(customer, live, record.interactions, since, today),
    newProductResponsiveness: customer.newProductResponsiveness ?? sampleResponse(record.interactions, since),
    valuedFactors: [...new Set(customer.valuedFactors)],
    catalogueKeys,
    categories: categoriesOf(catalogueKeys, config.catalogue),
    incoterm: incotermHabit(telling),
    orderSize: orderSize(recent, config),
    country: customer.country,
    region: worldRegionOf(customer.country),
  };
}
