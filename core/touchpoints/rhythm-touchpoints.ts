/**
 * Suggestions from the customer's buying rhythm: a check-in before an expected reorder (or
 * once it is overdue), and a churn warning with its factors when the index is high.
 */
import { addDays } from '../local-time.ts';
import type { ChurnRisk } from './churn-risk.ts';
import type { PlanContext } from './plan-context.ts';
import { PRIORITY, tierBoost } from './priority.ts';
import type { ReorderForecast } from './reorder-forecast.ts';
import type { PlannedTouchpoint } from './touchpoint-reason.ts';

/** Days before the expected reorder to check in: buyers ask for prices a week or three before they order. */
export const REORDER_LEAD_DAYS = 10;
/** Below this confidence a reorder date is a guess, not worth a suggestion. */
export const MIN_REORDER_CONFIDENCE = 0.2;

/**
 * The reorder check-in, due ten days before the expected order. An overdue reorder is left to
 * the churn warning when the customer is flagged: it is one of its factors.
 */
export function reorderTouchpoint(ctx: PlanContext, forecast: ReorderForecast | null, churn: ChurnRisk): PlannedTouchpoint[] {
  if (!forecast || forecast.confidence < MIN_REORDER_CONFIDENCE) return [];
  if (forecast.overdue && churn.flagged) return [];
  const { basis } = forecast;
  return [
    {
      kind: 'reorder',
      due: addDays(forecast.expectedOn, -REORDER_LEAD_DAYS),
      priority: (forecast.overdue ? PRIORITY.reorderOverdue : PRIORITY.reorder) + tierBoost(ctx.tier),
      reason: {
        code: 'reorder',
        expectedOn: forecast.expectedOn,
        overdue: forecast.overdue,
        daysOverdue: forecast.daysOverdue,
        typicalGapDays: basis.typicalGapDays,
        lastOrderOn: basis.lastOrderOn,
        confidence: forecast.confidence,
        peakMonths: basis.seasonal ? basis.peakMonths : [],
      },
      action: 'draft_follow_up',
      detail: {
        template: 'reorder_check_in',
        expectedOn: forecast.expectedOn,
        likelyOn: forecast.likelyOn,
        confidence: forecast.confidence,
        overdue: forecast.overdue,
        daysOverdue: forecast.daysOverdue,
        typicalGapDays: basis.typicalGapDays,
        lastOrderOn: basis.lastOrderOn,
        seasonal: basis.seasonal,
      },
    },
  ];
}

const DETAIL_NAMES = { gap: 'gapRatio', amounts: 'amountChange', complaints: 'complaints', lost_quotes: 'lostQuotes', silence: 'silentDays' } as const;

/** The churn warning when the index is at or above the flag: due today, every factor in `detail`, the ones that count in the reason. */
export function churnTouchpoint(ctx: PlanContext, churn: ChurnRisk): PlannedTouchpoint[] {
  if (!churn.flagged) return [];
  const detail: PlannedTouchpoint['detail'] = { churnIndex: churn.index };
  for (const f of churn.factors) {
    detail[DETAIL_NAMES[f.key]] = f.value;
    detail[`${DETAIL_NAMES[f.key]}Score`] = f.score;
  }
  const signs = churn.factors.filter((f) => f.score > 0).map((f) => f.reason);
  return [
    {
      kind: 'churn_risk',
      due: ctx.today,
      priority: PRIORITY.churnRisk + Math.round(40 * (churn.index - 0.5)) + tierBoost(ctx.tier),
      reason: { code: 'churn', index: churn.index, signs },
      action: 'remind',
      detail,
    },
  ];
}
