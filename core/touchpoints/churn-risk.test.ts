import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../customer-record.ts';
import { addDays } from '../local-time.ts';
import { CHURN_FLAG_AT, churnRisk, type ChurnFactorKey } from './churn-risk.ts';
import { interaction, order, orderEvery, record, testConfig } from './test-records.ts';
import { churnSignText } from './touchpoint-reasons.ts';

const config = testConfig();
const today = '2026-11-25';

/** A healthy buyer: an order every 30 days for two years up to last week, and mail both ways. */
function healthy(): CustomerRecord {
  return record({
    orders: orderEvery(addDays(today, -7 - 30 * 24), 30, 25),
    interactions: [interaction(addDays(today, -10), 'received', 'message'), interaction(addDays(today, -9), 'sent', 'message')],
  });
}

const scores = (r: CustomerRecord) => Object.fromEntries(churnRisk(r, config, today).factors.map((f) => [f.key, f.score]));

describe('churnRisk', () => {
  it('sees nothing in a healthy buyer', () => {
    const risk = churnRisk(healthy(), config, today);
    expect(risk.index).toBe(0);
    expect(risk.flagged).toBe(false);
    expect(risk.factors.map((f) => f.key).sort()).toEqual(['amounts', 'complaints', 'gap', 'lost_quotes', 'silence']);
  });

  it('has no index for a customer that never ordered', () => {
    expect(churnRisk(record({ interactions: [interaction('2026-11-01', 'received', 'inquiry')] }), config, today)).toEqual({ index: 0, flagged: false, factors: [] });
  });

  it('judges a one-order customer against a year', () => {
    const recent = churnRisk(record({ orders: [order(addDays(today, -200))] }), config, today);
    const gap = recent.factors.find((f) => f.key === 'gap')!;
    expect(gap).toMatchObject({ score: 0, reason: { code: 'gap_single_order', days: 200 } });
    expect(churnSignText(gap.reason)).toBe('one order so far, 200 days ago');
    const old = churnRisk(record({ orders: [order(addDays(today, -1000))] }), config, today);
    expect(old.factors.find((f) => f.key === 'gap')!.score).toBeGreaterThan(0.5);
  });

  // Each factor alone, everything else as healthy as it gets.
  it.each<[ChurnFactorKey, () => CustomerRecord]>([
    [
      'gap',
      // Monthly orders within the last year only (no year before to compare purchases with), then 150 days of nothing.
      () => record({ orders: orderEvery(addDays(today, -330), 30, 7) }),
    ],
    [
      'amounts',
      () => {
        const r = healthy();
        r.orders = r.orders.map((o) => (o.orderedAt > addDays(today, -365) ? { ...o, amount: 4_000 } : o));
        return r;
      },
    ],
    [
      'complaints',
      () => {
        const r = healthy();
        r.interactions.push(interaction(addDays(today, -40), 'received', 'complaint', { outcome: 'open' }), interaction(addDays(today, -100), 'received', 'complaint', { outcome: 'open' }));
        return r;
      },
    ],
    [
      'lost_quotes',
      () => {
        const r = healthy();
        r.interactions.push(interaction(addDays(today, -60), 'sent', 'quote', { outcome: 'lost' }), interaction(addDays(today, -120), 'sent', 'quote', { outcome: 'lost' }));
        return r;
      },
    ],
    [
      'silence',
      () => {
        const r = healthy();
        r.interactions = [
          interaction(addDays(today, -300), 'received', 'message'),
          interaction(addDays(today, -200), 'sent', 'message'),
          interaction(addDays(today, -100), 'sent', 'message'),
        ];
        return r;
      },
    ],
  ])('%s alone raises the index, and only that factor scores', (key, build) => {
    const r = build();
    const s = scores(r);
    expect(s[key]).toBeGreaterThan(0.4);
    for (const [other, score] of Object.entries(s)) if (other !== key) expect(score, other).toBe(0);
    const risk = churnRisk(r, config, today);
    expect(risk.index).toBeGreaterThan(0.15);
    expect(risk.factors[0]!.key).toBe(key);
  });

  it('explains each factor with its figures', () => {
    const r = record({ orders: orderEvery(addDays(today, -330), 30, 7) });
    r.interactions.push(
      interaction(addDays(today, -40), 'received', 'complaint', { outcome: 'open' }),
      interaction(addDays(today, -90), 'received', 'complaint', { outcome: 'resolved' }),
      interaction(addDays(today, -60), 'sent', 'quote', { outcome: 'lost' }),
      interaction(addDays(today, -70), 'sent', 'quote', { outcome: 'won' }),
    );
    const byKey = Object.fromEntries(churnRisk(r, config, today).factors.map((f) => [f.key, f]));
    expect(byKey.gap).toMatchObject({ value: 5, reason: { code: 'gap', days: 150, ratio: 5, usualDays: 30 } });
    expect(byKey.complaints).toMatchObject({ value: 2, score: 0.75, reason: { code: 'complaints', count: 2, open: 1 } });
    expect(byKey.lost_quotes).toMatchObject({ value: 1, score: 0.25, reason: { code: 'lost_quotes', lost: 1, decided: 2 } });
    expect(churnSignText(byKey.gap!.reason)).toBe('no order for 150 days, 5.0× the usual 30');
    expect(churnSignText(byKey.complaints!.reason)).toBe('2 complaints in 12 months (1 open)');
    expect(churnSignText(byKey.lost_quotes!.reason)).toBe('1 of 2 decided quotes lost in 12 months');
  });

  it('ignores complaints and lost quotes older than a year', () => {
    const r = healthy();
    r.interactions.push(interaction(addDays(today, -400), 'received', 'complaint', { outcome: 'open' }), interaction(addDays(today, -380), 'sent', 'quote', { outcome: 'lost' }));
    expect(churnRisk(r, config, today).index).toBe(0);
  });

  it('flags a customer gone quiet with several signs', () => {
    const r = record({
      orders: orderEvery(addDays(today, -900), 40, 16),
      interactions: [
        interaction(addDays(today, -330), 'received', 'complaint', { outcome: 'open' }),
        interaction(addDays(today, -250), 'sent', 'quote', { outcome: 'lost' }),
        interaction(addDays(today, -200), 'sent', 'message'),
        interaction(addDays(today, -100), 'sent', 'message'),
      ],
    });
    const risk = churnRisk(r, config, today);
    expect(risk.index).toBeGreaterThanOrEqual(CHURN_FLAG_AT);
    expect(risk.flagged).toBe(true);
  });

  it('compares purchases in the base currency, so a switch of currency is no fall', () => {
    const r = healthy();
    // Last year in EUR at the config's 1.08 USD: the same value as 10,000 USD.
    r.orders = r.orders.map((o) => (o.orderedAt > addDays(today, -365) ? { ...o, amount: 9_259.26, currency: 'EUR' } : o));
    const amounts = (x: CustomerRecord) => churnRisk(x, config, today).factors.find((f) => f.key === 'amounts')!;
    // Twelve orders this year against thirteen the year before, whatever the currency.
    expect(amounts(r).value).toBe(amounts(healthy()).value);
    expect(amounts(r).value).toBeCloseTo(12 / 13 - 1, 2);
    expect(amounts(r).score).toBe(0);
  });

  it('counts an order in a currency without a rate as nothing rather than failing', () => {
    const r = healthy();
    r.orders.push(order(addDays(today, -3), { currency: 'XAF' }));
    expect(() => churnRisk(r, config, today)).not.toThrow();
  });
});
