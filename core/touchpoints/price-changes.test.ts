import { describe, expect, it } from 'vitest';
import type { PriceChange } from '../config.ts';
import type { Tier } from '../customer.ts';
import { planBook } from './plan-book.ts';
import type { PlanContext } from './plan-context.ts';
import { noticeDueOn, priceChangeNotices } from './price-changes.ts';
import { customer, interaction, order, plain, record, testConfig, worded } from './test-records.ts';

const change: PriceChange = { key: '2027-steel', announcedOn: '2026-12-01', effectiveOn: '2027-03-01', increase: 0.08, applies: ['kettle', 'kitchenware'] };
const config = testConfig([change]);

const kettle = { product: 'EK-1701 Electric kettle 1.7 L, stainless steel', unitPrice: 7.2 };
const blender = { product: 'BL-1500 Countertop blender 1.5 L, 800 W', unitPrice: 15 };
const flask = { product: 'VF-0500 Vacuum flask 500 ml, 304 stainless steel', unitPrice: 2.95 };

function ctx(tier: Tier | null, today = '2026-12-01', orders = [order('2026-10-01', { lines: [kettle, blender] })], interactions = [] as ReturnType<typeof interaction>[]): PlanContext {
  return { record: record({ orders, interactions }), tier, config, today, until: '2026-12-15' };
}

describe('noticeDueOn', () => {
  it('tells A first, then B, then C and D, all before the change takes effect', () => {
    const a = noticeDueOn(change, 'A');
    const b = noticeDueOn(change, 'B');
    const c = noticeDueOn(change, 'C');
    expect(a).toBe('2026-12-01');
    expect(a < b && b < c && c < change.effectiveOn).toBe(true);
    expect(noticeDueOn(change, 'D')).toBe(c);
    expect(noticeDueOn(change, null)).toBe(c);
  });
});

describe('priceChangeNotices', () => {
  it.each([
    // tier, new kettle price, wording
    ['A', '7.49', '+4%, half of the 8% increase'],
    ['B', '7.60', '+5.6%, 70% of the 8% increase'],
    ['C', '7.78', '+8%, the full 8% increase'],
    ['D', '7.78', '+8%, the full 8% increase'],
  ] as const)('gives a %s customer its own new price: %s', (tier, price, words) => {
    const [notice, ...rest] = worded(priceChangeNotices(ctx(tier)), '2026-12-01');
    expect(rest).toEqual([]);
    expect(plain(notice!.reason)).toContain(`EK-1701 Electric kettle 1.7 L: USD 7.20 → USD ${price} (${words})`);
    // The blender is not in the change.
    expect(notice!.reason).not.toContain('BL-1500');
    expect(notice).toMatchObject({
      kind: 'price_change',
      due: noticeDueOn(change, tier),
      action: 'draft_follow_up',
      detail: { template: 'price_change_notice', priceChange: '2027-steel', products: 1, product1: kettle.product, oldPrice1: 7.2, newPrice1: Number(price), currency1: 'USD' },
    });
  });

  it('prices each product from its latest order line, in that order’s currency', () => {
    const orders = [
      order('2025-06-01', { lines: [{ ...kettle, unitPrice: 6.9 }] }),
      order('2026-09-01', { currency: 'EUR', lines: [{ ...kettle, unitPrice: 6.5 }] }),
      order('2026-10-01', { currency: 'JPY', lines: [{ ...flask, unitPrice: 450 }] }),
    ];
    const [notice] = worded(priceChangeNotices(ctx('A', '2026-12-01', orders)), '2026-12-01');
    expect(notice!.detail).toMatchObject({ products: 2, product1: flask.product, currency1: 'JPY', oldPrice1: 450, newPrice1: 468, product2: kettle.product, currency2: 'EUR', oldPrice2: 6.5, newPrice2: 6.76 });
    expect(plain(notice!.reason)).toContain('VF-0500 Vacuum flask 500 ml: JPY 450 → JPY 468');
  });

  it.each([
    ['before the announcement', '2026-11-30'],
    ['once it has taken effect', '2027-03-01'],
  ])('suggests nothing %s', (_, today) => {
    expect(priceChangeNotices(ctx('A', today))).toEqual([]);
  });

  it('suggests nothing to a customer that buys nothing the change covers', () => {
    expect(priceChangeNotices(ctx('A', '2026-12-01', [order('2026-10-01', { lines: [blender] })]))).toEqual([]);
    expect(priceChangeNotices(ctx('A', '2026-12-01', []))).toEqual([]);
  });

  it('is not suggested again once a price notice was logged after the announcement', () => {
    const before = interaction('2026-11-20', 'sent', 'price_notice');
    const after = interaction('2026-12-02', 'sent', 'price_notice');
    expect(priceChangeNotices(ctx('B', '2026-12-10', undefined, [before]))).toHaveLength(1);
    expect(priceChangeNotices(ctx('B', '2026-12-10', undefined, [after]))).toEqual([]);
  });

  it('covers every product when the change lists nothing', () => {
    const all = testConfig([{ ...change, applies: [] }]);
    const [notice] = priceChangeNotices({ ...ctx('C'), config: all });
    expect(notice!.detail.products).toBe(2);
  });

  it('says so when the company bears the whole increase', () => {
    const shielded = testConfig([change]);
    shielded.judgement.priceIncreaseShare.A = 0;
    const [notice] = worded(priceChangeNotices({ ...ctx('A'), config: shielded }), '2026-12-01');
    expect(plain(notice!.reason)).toContain('EK-1701 Electric kettle 1.7 L: USD 7.20 unchanged (we bear the 8% increase)');
  });

  it('ranks A’s notice before B’s before C’s across a book on the announcement day', () => {
    const entry = (id: string, code: string, tier: Tier) => ({
      record: record({ customer: customer({ id, code }), orders: [order('2026-10-01', { customerId: id, lines: [kettle] })] }),
      tier,
      holidays: [],
    });
    // Codes in the reverse order, so only the tier can put A first.
    const book = planBook([entry('c', 'AA-0001', 'C'), entry('b', 'BB-0001', 'B'), entry('a', 'CC-0001', 'A')], config, '2026-12-01');
    const notices = book.filter((i) => i.touchpoint.kind === 'price_change');
    expect(notices.map((i) => i.customer.id)).toEqual(['a', 'b', 'c']);
    expect(notices.map((i) => i.touchpoint.detail.newPrice1)).toEqual([7.49, 7.6, 7.78]);
  });
});

describe('price notices logged early in the company’s morning', () => {
  it('count for the announcement day though still the day before in UTC', () => {
    // 07:30 in Shanghai on 1 December is 23:30 UTC on 30 November.
    const early = interaction('2026-11-30T23:30:00.000Z', 'sent', 'price_notice');
    const ctx = { record: record({ orders: [order('2026-10-01', { lines: [kettle] })], interactions: [early] }), tier: 'A' as const, config, today: '2026-12-02', until: '2026-12-16' };
    expect(priceChangeNotices(ctx)).toEqual([]);
  });
});
