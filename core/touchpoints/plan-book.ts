/**
 * A whole book's touchpoints in one ranked list, for `GET /api/today`.
 */
import type { TouchpointConfig } from '../config.ts';
import { rankBookTouchpoints, type BookTouchpoint } from '../reminder-touchpoints.ts';
import { planTouchpoints, type PlanInput } from './plan-touchpoints.ts';

/** One customer of the book: what `planTouchpoints` reads besides the config and the date. */
export type BookEntry = Omit<PlanInput, 'config' | 'today' | 'horizonDays'>;

export interface PlanBookOptions {
  /** Days ahead to list. Default 14. */
  horizonDays?: number;
  /** Most suggestions kept per customer (its highest ranked), so one busy account does not fill the list. Default all. */
  perCustomer?: number;
  /** Most suggestions returned. Default all. */
  limit?: number;
}

/**
 * Plans every customer of a book and ranks the suggestions together: priority, then due date,
 * then customer code.
 */
export function planBook(entries: readonly BookEntry[], config: TouchpointConfig, today: string, options: PlanBookOptions = {}): BookTouchpoint[] {
  const items = entries.flatMap((entry) => {
    const { id, code, name } = entry.record.customer;
    const planned = planTouchpoints({ ...entry, config, today, horizonDays: options.horizonDays });
    return planned.slice(0, options.perCustomer ?? planned.length).map((touchpoint) => ({ customer: { id, code, name }, touchpoint }));
  });
  const ranked = rankBookTouchpoints(items);
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
