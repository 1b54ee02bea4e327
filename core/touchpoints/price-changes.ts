/**
 * Price-change notices: an announced increase told to each customer early, A customers first,
 * each with its own new prices under the tier's share of the increase (A bears half, B 70 %,
 * C and below all of it, per `judgement.priceIncreaseShare`).
 */
import type { PriceChange } from '../config.ts';
import type { Tier } from '../customer.ts';
import { addDays, daysBetween } from '../local-time.ts';
import { appliesTo } from './catalogue-match.ts';
import { roundMoney } from './money.ts';
import { companyDateOf, type PlanContext } from './plan-context.ts';
import { PRIORITY, tierBoost } from './priority.ts';
import type { NewPrice, PlannedTouchpoint } from './touchpoint-reason.ts';

export type { NewPrice };

/** Products bought within this many days count as the products the customer buys. */
export const BOUGHT_WITHIN_DAYS = 730;

/**
 * When a tier's notice is due: A on the announcement day, B a quarter of the way to the
 * effective date, C and D halfway, so every customer hears well before it takes effect.
 */
export function noticeDueOn(change: Pick<PriceChange, 'announcedOn' | 'effectiveOn'>, tier: Tier | null): string {
  const span = daysBetween(change.announcedOn, change.effectiveOn);
  const share = tier === 'A' ? 0 : tier === 'B' ? 0.25 : 0.5;
  return addDays(change.announcedOn, Math.floor(span * share));
}

/** The latest unit price of each product the customer bought in the last two years that the change covers. */
export function newPrices(ctx: Pick<PlanContext, 'record' | 'config' | 'today'>, change: PriceChange, share: number): NewPrice[] {
  const since = addDays(ctx.today, -BOUGHT_WITHIN_DAYS);
  const latest = new Map<string, { orderedAt: string; currency: string; unitPrice: number }>();
  for (const order of ctx.record.orders) {
    if (order.status === 'cancelled' || order.orderedAt < since || order.orderedAt > ctx.today) continue;
    for (const line of order.lines) {
      const seen = latest.get(line.product);
      if (!seen || order.orderedAt > seen.orderedAt) latest.set(line.product, { orderedAt: order.orderedAt, currency: order.currency, unitPrice: line.unitPrice });
    }
  }
  return [...latest.entries()]
    .filter(([product]) => appliesTo(change.applies, product, ctx.config.catalogue))
    .sort((a, b) => b[1].orderedAt.localeCompare(a[1].orderedAt) || a[0].localeCompare(b[0]))
    .map(([product, { currency, unitPrice }]) => ({
      product,
      currency,
      oldPrice: unitPrice,
      newPrice: roundMoney(unitPrice * (1 + change.increase * share), currency),
    }));
}

/**
 * Notices for every announced price change not yet in effect that covers a product the
 * customer buys, unless a `price_notice` was logged for the customer since the announcement.
 * Listed from the announcement on, whatever the horizon; a notice not yet due ranks lower.
 */
export function priceChangeNotices(ctx: PlanContext): PlannedTouchpoint[] {
  const share = ctx.config.judgement.priceIncreaseShare[ctx.tier ?? 'D'];
  return ctx.config.judgement.priceChanges.flatMap((change): PlannedTouchpoint[] => {
    if (ctx.today < change.announcedOn || ctx.today >= change.effectiveOn) return [];
    const told = ctx.record.interactions.some((i) => i.kind === 'price_notice' && companyDateOf(ctx, i) >= change.announcedOn);
    if (told) return [];
    const prices = newPrices(ctx, change, share);
    if (prices.length === 0) return [];
    const due = noticeDueOn(change, ctx.tier);
    const ahead = Math.max(0, daysBetween(ctx.today, due));
    const detail: PlannedTouchpoint['detail'] = {
      template: 'price_change_notice',
      priceChange: change.key,
      effectiveOn: change.effectiveOn,
      increase: change.increase,
      share,
      customerIncrease: Number((change.increase * share).toFixed(4)),
      products: prices.length,
    };
    prices.forEach((p, i) => {
      detail[`product${i + 1}`] = p.product;
      detail[`currency${i + 1}`] = p.currency;
      detail[`oldPrice${i + 1}`] = p.oldPrice;
      detail[`newPrice${i + 1}`] = p.newPrice;
    });
    return [
      {
        kind: 'price_change',
        due,
        // A notice weeks from due ranks below today's work; it climbs as its day nears.
        priority: PRIORITY.priceChange + tierBoost(ctx.tier) - Math.min(15, Math.ceil(ahead / 3)),
        reason: { code: 'price_change', effectiveOn: change.effectiveOn, increase: change.increase, share, prices },
        action: 'draft_follow_up',
        detail,
      },
    ];
  });
}
