/**
 * @module
 * Customer tiers: A/B/C/D from revenue against the book, frequency, recency, payment
 * timeliness and loyalty, with the numbers behind each tier, the manual override, and drift.
 */
export { assessTier, DRIFT_LOOKBACK_DAYS, tierStanding, type AssessTierInput } from './assess-tier.ts';
export { buildBookRevenue, revenueStanding, twelveMonthRevenue, TWELVE_MONTHS_DAYS, type BookRevenue, type RevenueStanding } from './book-revenue.ts';
export { PAYMENT_GRACE_DAYS } from './payment-timeliness.ts';
export { tierOfScore } from './tier-factors.ts';
export { tierReasonText } from './tier-reasons.ts';
export { overrideTierSummary } from './tier-override.ts';
export {
  BreakTrigger,
  FactorValues,
  FrequencyFactor,
  LoyaltyBreak,
  LoyaltyFactor,
  PaymentFactor,
  RecencyFactor,
  RevenueFactor,
  TierAssessment,
  TierFactors,
  TierReason,
  TierStanding,
} from './tier-assessment.ts';
