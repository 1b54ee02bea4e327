/**
 * The evaluation behind `npm run eval`, on smaller books, as a guard: a change that makes the
 * judgement measurably worse than its baseline fails here, not only in a printed figure.
 */
import { describe, expect, it } from 'vitest';
import { evaluateHolidays } from '../bench/eval/holidays.ts';
import { evaluateLookalike } from '../bench/eval/lookalike.ts';
import { evaluatePersona } from '../bench/eval/persona.ts';
import { evaluateReorder } from '../bench/eval/reorder.ts';
import { evaluateTier } from '../bench/eval/tier.ts';

describe('judgement evaluation', () => {
  it('forecasts reorders better than the last interval does, backwards and forwards', () => {
    const r = evaluateReorder({ customers: 400, seed: 11 });
    expect(r.backtest.count).toBeGreaterThan(100);
    expect(r.backtest.forecastMae).toBeLessThan(r.backtest.naiveMae);
    expect(r.forward.forecastMae).toBeLessThan(r.forward.naiveMae);
    expect(r.churn.auc).toBeGreaterThan(0.9);
  });

  it('agrees with the hidden manager’s tier on a book it was not tuned on', () => {
    const t = evaluateTier({ customers: 400, seed: 11 });
    expect(t.exact).toBeGreaterThan(0.65);
    expect(t.withinOne).toBeGreaterThan(0.97);
  });

  it('finds look-alike domains without crying wolf', () => {
    const l = evaluateLookalike(11);
    expect(l.precision).toBeGreaterThan(0.95);
    expect(l.recall).toBeGreaterThan(0.95);
  });

  it('matches held-out customers to their own kind better than chance', () => {
    const p = evaluatePersona({ customers: 600, seed: 11 });
    expect(p.inquiry.top1).toBeGreaterThan(p.chance.top1);
    expect(p.full.top5).toBeGreaterThan(p.chance.top5);
  });

  it('puts every published holiday date of the fixture on its day', () => {
    const h = evaluateHolidays();
    expect(h.checked).toBeGreaterThan(300);
    expect(h.exact).toBe(h.checked);
  });
});
