/**
 * A whole book's touchpoints in one ranked list, for `GET /api/today`.
 */
import type { TouchpointConfig } from '../config.ts';
import type { UiLocale } from '../i18n/messages.ts';
import { translator } from '../i18n/messages.ts';
import { rankBookTouchpoints, type BookTouchpoint } from '../reminder-touchpoints.ts';
import { plannedTouchpoints, type PlanInput } from './plan-touchpoints.ts';
import { wordTouchpoint } from './touchpoint-reasons.ts';

/** One customer of the book: what `planTouchpoints` reads besides the config and the date. */
export type BookEntry = Omit<PlanInput, 'config' | 'today' | 'horizonDays' | 'locale'>;

export interface PlanBookOptions {
  /** Days ahead to list. Default 14. */
  horizonDays?: number;
  /** Most suggestions kept per customer (its highest ranked), so one busy account does not fill the list. Default all. */
  perCustomer?: number;
  /** Most suggestions returned. Default all. */
  limit?: number;
  /** The language the reasons are worded in. Default English. */
  locale?: UiLocale;
}

/**
 * Plans every customer of a book and ranks the suggestions together: priority, then due date,
 * then customer code. Only the suggestions kept are worded.
 */
export function planBook(entries: readonly BookEntry[], config: TouchpointConfig, today: string, options: PlanBookOptions = {}): BookTouchpoint[] {
  const items = entries.flatMap((entry) => {
    const { id, code, name } = entry.record.customer;
    const planned = plannedTouchpoints({ ...entry, config, today, horizonDays: options.horizonDays });
    return planned.slice(0, options.perCustomer ?? planned.length).map((touchpoint) => ({ customer: { id, code, name }, touchpoint }));
  });
  const ranked = rankBookTouchpoints(items);
  const kept = options.limit === undefined ? ranked : ranked.slice(0, options.limit);
  const wording = { tr: translator(options.locale ?? 'en'), today };
  return kept.map(({ customer, touchpoint }) => ({ customer, touchpoint: wordTouchpoint(touchpoint, wording) }));
}
