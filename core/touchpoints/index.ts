/**
 * @module
 * The touchpoint planner: what to do next for a customer (and across a book), with the
 * judgement behind it — the reorder forecast, the churn index, payment states and
 * price-change notices. Reasons are data until the plan is worded in the rep's language.
 */
export { planTouchpoints, plannedTouchpoints, compareTouchpoints, HORIZON_DAYS, type PlanInput } from './plan-touchpoints.ts';
export { planBook, type BookEntry, type PlanBookOptions } from './plan-book.ts';
export { forecastReorder, purchaseDates, type ReorderForecast, type ReorderBasis } from './reorder-forecast.ts';
export { churnRisk, CHURN_FLAG_AT, CHURN_WEIGHTS, type ChurnRisk, type ChurnFactor, type ChurnFactorKey, type ChurnReason } from './churn-risk.ts';
export { paymentStates, type PaymentStatus } from './payments.ts';
export { priceChangeNotices, noticeDueOn, newPrices } from './price-changes.ts';
export { PRIORITY, tierBoost } from './priority.ts';
export type { PlanContext } from './plan-context.ts';
export { catalogueTermOf } from './catalogue-match.ts';
export type { HolidayRef, NewPrice, PlannedTouchpoint, TouchpointReason } from './touchpoint-reason.ts';
export { churnSignText, touchpointReasonText, wordTouchpoint, type ReasonWording } from './touchpoint-reasons.ts';
