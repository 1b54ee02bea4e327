import { describe, expect, it } from 'vitest';
import { addDays } from '../local-time.ts';
import { churnRisk } from './churn-risk.ts';
import type { PlanContext } from './plan-context.ts';
import { forecastReorder } from './reorder-forecast.ts';
import { churnTouchpoint, reorderTouchpoint } from './rhythm-touchpoints.ts';
import { interaction, orderEvery, record, testConfig, worded } from './test-records.ts';
import { translator } from '../i18n/messages.ts';

const config = testConfig();

function ctx(today: string, orders: ReturnType<typeof orderEvery>, interactions: ReturnType<typeof interaction>[] = []): PlanContext {
  return { record: record({ orders, interactions }), tier: 'B', config, today, until: addDays(today, 14) };
}

function plan(c: PlanContext) {
  const forecast = forecastReorder(c.record.orders, config, c.today);
  const churn = churnRisk(c.record, config, c.today, forecast);
  return { reorder: worded(reorderTouchpoint(c, forecast, churn), c.today), churn: worded(churnTouchpoint(c, churn), c.today) };
}

describe('reorderTouchpoint', () => {
  it('checks in ten days before the expected order', () => {
    const orders = orderEvery('2025-06-02', 45, 12);
    const last = orders[11]!.orderedAt;
    const today = addDays(last, 30);
    const { reorder } = plan(ctx(today, orders));
    const date = (iso: string) => translator('en').date(iso, today);
    expect(reorder).toHaveLength(1);
    expect(reorder[0]).toMatchObject({
      kind: 'reorder',
      due: addDays(last, 35),
      action: 'draft_follow_up',
      detail: { template: 'reorder_check_in', expectedOn: addDays(last, 45), overdue: false, typicalGapDays: 45, lastOrderOn: last },
    });
    expect(reorder[0]!.reason).toContain(`Reorder expected around ${date(addDays(last, 45))} (usually every 45 days, last order ${date(last)}`);
    expect(reorder[0]!.detail.confidence).toBeGreaterThan(0.5);
  });

  it('keeps an overdue reorder while the customer is not flagged as churning', () => {
    const orders = orderEvery('2025-06-02', 45, 12);
    const { reorder, churn } = plan(ctx(addDays(orders[11]!.orderedAt, 55), orders));
    expect(churn).toEqual([]);
    expect(reorder[0]).toMatchObject({ detail: { overdue: true, daysOverdue: 10 } });
    expect(reorder[0]!.reason).toMatch(/^Reorder overdue by 10 days/);
  });

  it('leaves a long-overdue reorder to the churn warning, which shows every factor', () => {
    const orders = orderEvery('2025-01-06', 30, 12);
    const { reorder, churn } = plan(ctx(addDays(orders[11]!.orderedAt, 200), orders));
    expect(reorder).toEqual([]);
    expect(churn).toHaveLength(1);
    expect(churn[0]).toMatchObject({ kind: 'churn_risk', action: 'remind', detail: { gapRatio: 6.67, gapRatioScore: 1, complaints: 0, complaintsScore: 0, lostQuotes: 0 } });
    expect(churn[0]!.reason).toMatch(/^Churn risk 0\.\d\d: no order for 200 days, 6\.7× the usual 30$/);
  });

  it('has no reorder for a customer with a single order', () => {
    expect(plan(ctx('2026-11-25', orderEvery('2026-01-05', 30, 1))).reorder).toEqual([]);
  });
});
