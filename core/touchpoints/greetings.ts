/**
 * Holiday greetings from the customer's coming holidays: an e-mail greeting from a few days
 * before, and for A and B customers a card or gift sent weeks ahead so it arrives in time.
 */
import type { HolidayOccasion } from '../holiday-occasion.ts';
import { addDays } from '../local-time.ts';
import { companyDateOf, mainContactId, type PlanContext } from './plan-context.ts';
import { PRIORITY, tierBoost } from './priority.ts';
import type { PlannedTouchpoint } from './touchpoint-reason.ts';

/** A greeting we sent this many days before a holiday counts as the greeting for it. */
export const GREETED_WITHIN_DAYS = 30;

/** True when a greeting was sent to the customer (to `contactId`, when given and known) in the `withinDays` days up to the date. */
export function alreadyGreeted(ctx: Pick<PlanContext, 'record' | 'config'>, holidayDate: string, withinDays = GREETED_WITHIN_DAYS, contactId?: string): boolean {
  const from = addDays(holidayDate, -withinDays);
  return ctx.record.interactions.some((i) => {
    if (i.kind !== 'greeting' || i.direction !== 'sent' || (contactId && i.contactId && i.contactId !== contactId)) return false;
    const day = companyDateOf(ctx, i);
    return day >= from && day <= holidayDate;
  });
}

/** Greeting suggestions for the occasions worth a greeting that are still ahead. */
export function holidayTouchpoints(ctx: PlanContext, holidays: readonly HolidayOccasion[]): PlannedTouchpoint[] {
  const contactId = mainContactId(ctx);
  const gifts = ctx.tier === 'A' || ctx.tier === 'B';
  const out: PlannedTouchpoint[] = [];
  for (const h of holidays) {
    if (!h.greet || h.date < ctx.today || alreadyGreeted(ctx, h.date)) continue;
    const base = { occasion: h.key, template: h.key, holidayDate: h.date, ...(contactId ? { contactId } : {}) };
    const holiday = { key: h.key, name: h.name, country: h.country, date: h.date };
    // A gift is worth suggesting only while it can still arrive: until the e-mail greeting takes over.
    if (gifts && ctx.today < h.emailFrom) {
      out.push({
        kind: 'holiday_greeting',
        due: h.giftFrom,
        priority: PRIORITY.gift + tierBoost(ctx.tier),
        reason: { code: 'holiday_gift', holiday, sendBy: h.giftFrom },
        action: 'remind',
        detail: { ...base, channel: 'gift' },
      });
    }
    out.push({
      kind: 'holiday_greeting',
      due: h.emailFrom,
      priority: PRIORITY.greeting + tierBoost(ctx.tier),
      reason: { code: 'holiday_greeting', holiday },
      action: 'draft_greeting',
      detail: { ...base, channel: 'email' },
    });
  }
  return out;
}
