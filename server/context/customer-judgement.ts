/**
 * The judgement on one customer, composed from core: tier with reasons, persona, local time,
 * holidays and ranked touchpoints. Shared by the sidebar context and Today, so both say the same.
 * Judged on data, worded last in the rep's language.
 */
import {
  dateIn,
  type CustomerRecord,
  type HolidayOccasion,
  type HolidaySummary,
  type LocalTime,
  type PersonaSummary,
  type Reminder,
  type TierSummary,
  type Touchpoint,
  type TouchpointConfig,
} from '../../core/index.ts';
import type { UiLocale } from '../../core/i18n/index.ts';
import { customerLocalTime, holidayOccasions, holidaySummaries } from '../../core/holidays/index.ts';
import { derivePersona, personaSummary } from '../../core/persona/index.ts';
import { assessTier } from '../../core/tier/index.ts';
import { planTouchpoints } from '../../core/touchpoints/index.ts';
import type { BookIndex } from './book-index.ts';

export interface CustomerJudgement {
  tier: TierSummary;
  persona: PersonaSummary;
  localTime: LocalTime | null;
  occasions: HolidayOccasion[];
  holidays: HolidaySummary[];
  touchpoints: Touchpoint[];
}

/** The customer's holidays over the configured horizon, from the company's `today`. */
export function occasionsOf(record: CustomerRecord, config: TouchpointConfig, today: string): HolidayOccasion[] {
  return holidayOccasions({ customer: record.customer, from: today, days: config.judgement.holidayHorizonDays, lead: config.judgement.greetingLeadDays });
}

/** Everything the sidebar judges about one customer at `now`, worded in `locale` (English by default). */
export function judgeCustomer(
  record: CustomerRecord,
  book: BookIndex,
  config: TouchpointConfig,
  now: Date,
  reminders: Reminder[],
  locale: UiLocale = 'en',
): CustomerJudgement {
  const today = dateIn(now, config.company.timeZone);
  const tier = assessTier({ record, book: book.revenue, config, today, locale }).summary;
  const occasions = occasionsOf(record, config, today);
  return {
    tier,
    persona: personaSummary(derivePersona(record, config, today), config, record.customer, locale),
    localTime: customerLocalTime(now, record.customer, { locale }),
    occasions,
    holidays: holidaySummaries(occasions, today, locale),
    touchpoints: planTouchpoints({ record, tier: tier.tier, holidays: occasions, config, today, reminders, locale }),
  };
}
