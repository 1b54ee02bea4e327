/**
 * Dates personal to a customer: contacts' birthdays and the anniversary of the first order.
 * A 29 February date is kept on 28 February in common years.
 */
import { monthDayOf, nextYearly } from './calendar.ts';
import { alreadyGreeted } from './greetings.ts';
import { mainContactId, type PlanContext } from './plan-context.ts';
import { PRIORITY, tierBoost } from './priority.ts';
import { purchaseDates } from './reorder-forecast.ts';
import type { PlannedTouchpoint } from './touchpoint-reason.ts';

/** A greeting sent this many days before a birthday or anniversary counts for it. */
const GREETED_WITHIN_DAYS = 7;

/** The next birthday of each active contact who has one, as a greeting suggestion. */
export function birthdayTouchpoints(ctx: PlanContext): PlannedTouchpoint[] {
  return ctx.record.contacts.flatMap((c): PlannedTouchpoint[] => {
    if (!c.active || !c.birthday) return [];
    const monthDay = monthDayOf(c.birthday);
    const on = nextYearly(monthDay, ctx.today);
    if (alreadyGreeted(ctx, on, GREETED_WITHIN_DAYS, c.id)) return [];
    const moved = monthDay === '02-29' && !on.endsWith('02-29');
    return [
      {
        kind: 'birthday',
        due: on,
        priority: PRIORITY.birthday + tierBoost(ctx.tier),
        reason: { code: 'birthday', name: c.name, title: c.title ?? null, on, bornOnLeapDay: moved },
        action: 'draft_greeting',
        detail: { template: 'birthday', contactId: c.id, contactName: c.name, birthday: c.birthday },
      },
    ];
  });
}

/** The coming anniversary of the customer's first order (one year or more). */
export function anniversaryTouchpoints(ctx: PlanContext): PlannedTouchpoint[] {
  const first = purchaseDates(ctx.record.orders, ctx.today)[0];
  if (!first) return [];
  const on = nextYearly(monthDayOf(first), ctx.today);
  const years = Number(on.slice(0, 4)) - Number(first.slice(0, 4));
  if (years < 1 || alreadyGreeted(ctx, on, GREETED_WITHIN_DAYS)) return [];
  // `first` is the date of an order that was not cancelled: purchaseDates keeps only those.
  const order = ctx.record.orders.filter((o) => o.orderedAt === first && o.status !== 'cancelled').sort((a, b) => a.contractNo.localeCompare(b.contractNo))[0]!;
  const contactId = mainContactId(ctx);
  const round = years % 5 === 0;
  return [
    {
      kind: 'anniversary',
      due: on,
      priority: PRIORITY.anniversary + (round ? 5 : 0) + tierBoost(ctx.tier),
      reason: { code: 'anniversary', years, contractNo: order.contractNo, firstOrderOn: first },
      action: 'draft_greeting',
      detail: { template: 'order_anniversary', years, firstOrderOn: first, orderId: order.id, ...(contactId ? { contactId } : {}) },
    },
  ];
}
