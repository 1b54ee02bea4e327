/**
 * The view model of `GET /api/today`: what the caller should do across their book, most
 * important first. Both surfaces render it when no message is open.
 */
import { z } from 'zod';
import { Touchpoint } from './customer-context.ts';
import { Id, IsoDate } from './primitives.ts';

export const TodayItem = z.object({
  customer: z.object({ id: Id, code: z.string(), name: z.string() }),
  touchpoint: Touchpoint,
});
export type TodayItem = z.infer<typeof TodayItem>;

export const TodayView = z.object({
  /** Today in the company's time zone. */
  date: IsoDate,
  /** The last day the list looks ahead to. */
  until: IsoDate,
  items: z.array(TodayItem),
});
export type TodayView = z.infer<typeof TodayView>;
