/**
 * A holiday of a customer's, placed on the calendar: what the holiday calendar hands the
 * touchpoint planner and the sidebar.
 */
import type { CountryCode, IsoDate } from './primitives.ts';

export interface HolidayOccasion {
  /** Stable key of the holiday (`christmas`, `lunar_new_year`, `eid_al_fitr`, `national_day`…); templates are keyed by it. */
  key: string;
  /** Name to show, in English (`Lunar New Year`). */
  name: string;
  date: IsoDate;
  country: CountryCode;
  /** Worth a greeting for this customer (not every public holiday is). */
  greet: boolean;
  /** First day an e-mail greeting is worth sending (a few days ahead). */
  emailFrom: IsoDate;
  /** First day a card or gift should be sent to arrive in time (weeks ahead). */
  giftFrom: IsoDate;
}
