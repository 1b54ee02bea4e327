import { describe, expect, it } from 'vitest';
import { DIMENSION_KEYS } from './dimensions.ts';
import { buildPersonaIndex } from './persona-index.ts';
import { entry, testConfig } from './test-fixtures.ts';

const config = testConfig();

describe('buildPersonaIndex', () => {
  it('builds an empty index from an empty book', () => {
    const index = buildPersonaIndex([], config);
    expect(index.size).toBe(0);
    expect(index.entries).toEqual([]);
    expect(index.codeColumns.every((c) => c.codes.length === 0)).toBe(true);
    expect(index.numericColumns.every((c) => c.values.length === 0 && c.range === 1)).toBe(true);
  });

  it('stores unknown values as -1 codes, NaN numbers and empty sets', () => {
    const index = buildPersonaIndex([entry(0, { buyerType: 'importer', orderSize: 5_000, valuedFactors: ['price'] }), entry(1, {})], config);
    const buyerType = index.codeColumns.find((c) => c.dimension.key === 'buyerType')!;
    const orderSize = index.numericColumns.find((c) => c.dimension.key === 'orderSize')!;
    const factors = index.setColumns.find((c) => c.dimension.key === 'valuedFactors')!;
    expect([...buyerType.codes]).toEqual([buyerType.codeOf.get('importer'), -1]);
    expect(Number.isNaN(orderSize.values[1]!)).toBe(true);
    expect([...factors.bits]).toEqual([1 << factors.bitOf.get('price')!, 0]);
  });

  it('scales numbers on a log scale over the book, 0 at the smallest and 1 at the largest', () => {
    const index = buildPersonaIndex([entry(0, { staff: 10 }), entry(1, { staff: 1_000 }), entry(2, { staff: 100 })], config);
    const staff = index.numericColumns.find((c) => c.dimension.key === 'staff')!;
    expect([staff.min, staff.range]).toEqual([1, 2]);
    expect([...staff.values]).toEqual([0, 1, 0.5]);
  });

  it('codes countries by a dictionary of the book’s own countries', () => {
    const index = buildPersonaIndex([entry(0, { country: 'VN' }), entry(1, { country: 'DE' }), entry(2, { country: 'VN' })], config);
    const country = index.codeColumns.find((c) => c.dimension.key === 'country')!;
    expect(country.values).toEqual(['DE', 'VN']);
    expect([...country.codes]).toEqual([1, 0, 1]);
  });

  it('leaves out dimensions the config weighs 0, and ranks tiers A = 0 … D = 3', () => {
    const weights = { ...Object.fromEntries(DIMENSION_KEYS.map((k) => [k, 0])), region: 1, staff: 2 };
    const index = buildPersonaIndex([entry(0, {}, 'A'), entry(1, {}, 'D'), entry(2, {}, null)], testConfig({ weights }));
    const keys = [...index.codeColumns, ...index.numericColumns, ...index.setColumns].map((c) => [c.dimension.key, c.weight]);
    expect(keys).toEqual([['region', 1], ['staff', 2]]);
    expect([...index.tierRank]).toEqual([0, 3, -1]);
  });
});
