import { describe, expect, it } from 'vitest';
import { personaFit } from './persona-fit.ts';
import { profile, testConfig } from './test-fixtures.ts';

const weights = { buyerType: 3, turnoverBand: 2, region: 1.5, valuedFactors: 1.5, orderSize: 2, staff: 1 };
const target = {
  buyerType: ['distributor', 'importer', 'brand_owner'],
  turnoverBand: ['10-50M', '50-250M'],
  region: ['Europe', 'North America', 'Middle East'],
  valuedFactors: ['quality', 'certificates'],
};
const config = testConfig({ weights, target });

describe('personaFit', () => {
  it('ranks a small buyer close to the target above a big one far from it', () => {
    const small = profile({ buyerType: 'distributor', buyerClass: 'intermediary', turnoverBand: '1-10M', staff: 12, orderSize: 15_000, region: 'Europe', valuedFactors: ['quality', 'certificates'] });
    const big = profile({ buyerType: 'retailer', buyerClass: 'end_customer', turnoverBand: '>250M', staff: 5_000, orderSize: 2_000_000, region: 'South Asia', valuedFactors: ['price'] });
    // (3 + 2 × 0.75 + 1.5 + 1.5) / 8 and (0 + 2 × 0.75 + 0 + 0) / 8: one band from the target earns 3/4.
    expect(personaFit(small, config)).toBe(0.938);
    expect(personaFit(big, config)).toBe(0.188);
  });

  it('scores an unknown dimension one half', () => {
    // (3 × 0.5 + 2 × 0.5 + 1.5 × 1 + 1.5 × 0.5) / 8
    expect(personaFit(profile({ region: 'Europe' }), config)).toBe(0.594);
  });

  it('has no fit when the profile knows none of the targeted dimensions', () => {
    expect(personaFit(profile({ staff: 40, country: 'DE' }), config)).toBeNull();
  });

  it.each([
    [['quality'], 0.5],
    [['quality', 'certificates', 'price'], 1],
    [['price'], 0],
  ])('scores valued factors %j by the share of the targeted ones present: %d', (valuedFactors, fit) => {
    const only = testConfig({ weights, target: { valuedFactors: ['quality', 'certificates'] } });
    expect(personaFit(profile({ valuedFactors: valuedFactors as never }), only)).toBe(fit);
  });

  it.each([
    [50_000, 1],
    [5_000, 0.5],
    [500_000, 0.5],
    [500, 0],
  ])('scores an order size of %d against a target of 50,000 as %d (half per decade)', (orderSize, fit) => {
    const numeric = testConfig({ weights, target: { orderSize: 50_000 } });
    expect(personaFit(profile({ orderSize }), numeric)).toBe(fit);
  });

  it('takes a buyer-class target', () => {
    const byClass = testConfig({ weights, target: { buyerClass: 'intermediary' } });
    expect([personaFit(profile({ buyerClass: 'intermediary' }), byClass), personaFit(profile({ buyerClass: 'end_customer' }), byClass)]).toEqual([1, 0]);
  });

  it('leaves out target keys that name no dimension, values a dimension cannot hold, and dimensions weighed 0', () => {
    const odd = testConfig({ weights: { ...weights, buyerType: 0 }, target: { turnover: '10-50M', turnoverBand: 'huge', staff: 'many', buyerType: 'retailer', region: 'Europe' } });
    expect(personaFit(profile({ region: 'Europe', turnoverBand: '<1M', staff: 10, buyerType: 'distributor' }), odd)).toBe(1);
  });
});
