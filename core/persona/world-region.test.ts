import { describe, expect, it } from 'vitest';
import { WorldRegion, worldRegionOf } from './world-region.ts';

describe('worldRegionOf', () => {
  it.each([
    ['DE', 'Europe'],
    ['RU', 'Europe'],
    ['US', 'North America'],
    ['CA', 'North America'],
    ['MX', 'Latin America'],
    ['BR', 'Latin America'],
    ['JM', 'Latin America'],
    ['AE', 'Middle East'],
    ['TR', 'Middle East'],
    ['EG', 'Africa'],
    ['NG', 'Africa'],
    ['IN', 'South Asia'],
    ['JP', 'East Asia'],
    ['HK', 'East Asia'],
    ['VN', 'Southeast Asia'],
    ['AU', 'Oceania'],
    ['FJ', 'Oceania'],
    ['KZ', 'Central Asia'],
    // Where trade practice departs from M49, and codes M49 lacks.
    ['CY', 'Europe'],
    ['IR', 'Middle East'],
    ['GE', 'Central Asia'],
    ['TW', 'East Asia'],
    ['XK', 'Europe'],
  ])('places %s in %s', (country, region) => {
    expect(worldRegionOf(country)).toBe(region);
  });

  it.each([['AQ'], ['ZZ'], [''], [null], [undefined]])('has no region for %s', (country) => {
    expect(worldRegionOf(country)).toBeNull();
  });

  it('reads lower-case codes', () => {
    expect(worldRegionOf('de')).toBe('Europe');
  });

  it('reaches every region the target persona may name', () => {
    const reached = new Set(['DE', 'US', 'BR', 'SA', 'KE', 'PK', 'KR', 'TH', 'NZ', 'UZ'].map(worldRegionOf));
    expect([...reached].sort()).toEqual([...WorldRegion.options].sort());
  });
});
