/**
 * A customer's trade records: orders on the customer's own rhythm (mean interval, jitter,
 * season, trend, churn), sized to its value, priced from the catalogue at the yearly price
 * level, shipped after production, and paid on the customer's habit.
 */
import type { Incoterm, OrderLine } from '../../core/order.ts';
import type { BookContext } from './book-context.ts';
import { lineText, type Product } from './catalogue.ts';
import { isoDate, monthOf, nextWorkday, yearOf, type Day } from './dates.ts';
import type { DemoOrder } from './demo-book.ts';
import type { Persona } from './persona.ts';
import { hashSeed, type Random } from './random.ts';
import { factoryShutdown, seasonalFactors } from './seasons.ts';

/** An order with its dates as day numbers, for the interactions built around it. */
export interface OrderFacts {
  order: DemoOrder;
  ordered: Day;
  shipped: Day | null;
  due: Day | null;
  paid: Day | null;
  /** When the goods arrive (may be after today). */
  arrives: Day | null;
  products: Product[];
  /** Contract value in USD. */
  usd: number;
}

/** A customer's orders and where its rhythm goes next. */
export interface OrderHistory {
  orders: OrderFacts[];
  /** The next order day the rhythm draws on or after today; null once churned or for prospects. */
  nextOrderDay: Day | null;
}

/** Multipliers on the gap between orders and on order size, `years` before today (negative in the past). */
function trendFactors(persona: Persona, years: number): { interval: number; amount: number } {
  switch (persona.trend) {
    case 'growth': return { interval: Math.exp(-0.12 * years), amount: Math.exp(0.2 * years) };
    case 'decline': return { interval: Math.exp(0.12 * years), amount: Math.exp(-0.12 * years) };
    default: return { interval: 1, amount: 1 };
  }
}

/** Price level of the price year (1 March to end of February) containing `day`: +3.5 % a year. */
function priceLevel(ctx: BookContext, day: Day): number {
  const priceYear = (d: Day) => yearOf(d) - (monthOf(d) < 3 ? 1 : 0);
  return Math.pow(1.035, priceYear(day) - priceYear(ctx.today));
}

const ZERO_DECIMALS = new Set(['JPY', 'KRW']);

/** Unit price in the order currency; stable per customer, product and price year. */
function unitPrice(ctx: BookContext, persona: Persona, product: Product, day: Day): number {
  const offset = (hashSeed(persona.key, product.sku) / 4294967296 - 0.5) * 0.2;
  const position = Math.min(1, Math.max(0, persona.pricePosition + offset));
  const usd = (product.price[0] + position * (product.price[1] - product.price[0])) * priceLevel(ctx, day);
  const local = usd / persona.rate;
  return ZERO_DECIMALS.has(persona.currency) ? Math.round(local) : Math.round(local * 100) / 100;
}

function contractNo(ctx: BookContext, day: Day): string {
  const n = (ctx.contractCounters.get(day) ?? 0) + 1;
  ctx.contractCounters.set(day, n);
  return `PI-${isoDate(day).replaceAll('-', '')}-${String(n).padStart(2, '0')}`;
}

function lines(rng: Random, ctx: BookContext, persona: Persona, day: Day, targetUsd: number): { lines: OrderLine[]; products: Product[] } {
  const count = Math.max(1, Math.min(5, persona.basket.length, Math.round(rng.logNormal(1.8, 0.5))));
  const products = rng.sample(persona.basket, count);
  const weights = products.map(() => 0.4 + rng.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const out: OrderLine[] = products.map((product, i) => {
    const price = unitPrice(ctx, persona, product, day);
    const usdPrice = price * persona.rate;
    const share = (targetUsd * (weights[i] ?? 1)) / total;
    const minimum = Math.ceil(Math.max(product.carton, 600 / usdPrice) / product.carton) * product.carton;
    const quantity = Math.max(minimum, Math.round(share / usdPrice / product.carton) * product.carton);
    return { product: lineText(product), quantity, unit: product.unit, unitPrice: price };
  });
  return { lines: out, products };
}

function paidDay(rng: Random, persona: Persona, due: Day): Day | null {
  let habit = persona.payment;
  if (habit === 'prompt' && rng.chance(0.05)) habit = 'late';
  else if ((habit === 'late' || habit === 'very_late') && rng.chance(0.25)) habit = 'ok';
  switch (habit) {
    case 'prompt': return due - rng.int(0, 15);
    case 'ok': return due + rng.int(-5, 7);
    case 'late': return due + rng.int(8, 45);
    case 'very_late': return rng.chance(0.1) ? null : due + rng.int(25, 120);
  }
}

function otherIncoterm(rng: Random, persona: Persona): Incoterm {
  return rng.chance(0.9) ? persona.incoterm : rng.weighted(persona.archetype.incoterms);
}

/** Orders from the customer's rhythm over the book's years. Prospects get none. */
export function orderHistory(ctx: BookContext, persona: Persona): OrderHistory {
  if (persona.prospect) return { orders: [], nextOrderDay: null };
  const rng = persona.rng;
  const orders: OrderFacts[] = [];
  const lastDay = ctx.today - 1;
  let day = persona.firstOrderFrom > ctx.start ? persona.firstOrderFrom : ctx.start - rng.int(0, Math.round(persona.interval));
  let nextOrderDay: Day | null = null;
  for (;;) {
    const years = (day - ctx.today) / 365;
    if (persona.churnDay !== null && day > persona.churnDay) break;
    const ordered = nextWorkday(day);
    if (ordered > lastDay) {
      nextOrderDay = ordered;
      break;
    }
    const trend = trendFactors(persona, years);
    const season = seasonalFactors(persona.season, ordered);
    if (ordered >= ctx.start) orders.push(makeOrder(rng, ctx, persona, ordered, trend.amount * season.amount, orders.length + 1));
    const sigma = persona.jitter;
    const step = persona.interval * trend.interval * season.interval * Math.exp(sigma * rng.normal() - (sigma * sigma) / 2);
    day += Math.max(12, Math.round(step));
  }
  return { orders, nextOrderDay };
}

function makeOrder(rng: Random, ctx: BookContext, persona: Persona, ordered: Day, factor: number, n: number): OrderFacts {
  const lastDay = ctx.today - 1;
  const target = persona.value * (persona.interval / 365) * factor * rng.logNormal(1, 0.25);
  const { lines: orderLines, products } = lines(rng, ctx, persona, ordered, target);
  let cents = 0;
  for (const line of orderLines) cents += line.quantity * Math.round(line.unitPrice * 100);
  const amount = cents / 100;

  let production = rng.int(25, 45);
  const [shutFrom, shutTo] = factoryShutdown(ordered);
  if (ordered + production > shutFrom && ordered < shutTo) production += shutTo - shutFrom;
  const cancelled = ordered < lastDay - 60 && rng.chance(0.02);
  const shipDay = nextWorkday(ordered + production);
  const shipped = !cancelled && shipDay <= lastDay ? shipDay : null;
  const due = shipped !== null ? shipped + persona.paymentTermDays : null;
  const drawn = due !== null && shipped !== null ? paidDay(rng, persona, due) : null;
  const paidAt = drawn !== null && shipped !== null ? Math.max(drawn, shipped + 3) : null;
  const paid = paidAt !== null && paidAt <= lastDay ? paidAt : null;
  const status: DemoOrder['status'] = cancelled ? 'cancelled' : paid !== null ? 'paid' : shipped !== null ? 'shipped' : 'open';
  const order: DemoOrder = {
    key: `${persona.key}-o${String(n).padStart(2, '0')}`,
    customerKey: persona.key,
    contractNo: contractNo(ctx, ordered),
    orderedAt: isoDate(ordered),
    shippedAt: shipped === null ? null : isoDate(shipped),
    paymentDue: due === null ? null : isoDate(due),
    paidAt: paid === null ? null : isoDate(paid),
    amount,
    currency: persona.currency,
    incoterm: otherIncoterm(rng, persona),
    status,
    lines: orderLines,
  };
  return {
    order, ordered, shipped, due, paid,
    arrives: cancelled ? null : shipDay + rng.int(18, 40),
    products, usd: amount * persona.rate,
  };
}
