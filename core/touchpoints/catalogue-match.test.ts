import { describe, expect, it } from 'vitest';
import { appliesTo, catalogueTermOf } from './catalogue-match.ts';
import { testConfig } from './test-records.ts';

const { catalogue } = testConfig();

describe('catalogueTermOf', () => {
  it.each([
    ['EK-1701 Electric kettle 1.7 L, stainless steel', 'kettle'],
    ['SK-2500 Stovetop whistling kettle 2.5 L', 'kettle'],
    // The longest term wins: "stainless steel pot" (cookware) over anything shorter.
    ['CW-SP24 Stainless steel pot 24 cm with glass lid', 'cookware'],
    ['AO-1200 Air fryer oven 12 L, rotisserie', 'air-fryer'],
    ['SM-0750 Sandwich maker 750 W', 'toaster'],
    ['CT-KS6B Kitchen knife set 6 pcs with block', 'cutlery'],
    ['FJ-1500 Thermos jug 1.5 L', 'vacuum-flask'],
    ['电热水壶 1.7L', 'kettle'],
    ['Ceramic teapot', undefined],
  ])('%s → %s', (product, key) => {
    expect(catalogueTermOf(product, catalogue)?.key).toBe(key);
  });

  it('matches whole words only', () => {
    // "wok" inside "woks" or "wokwear" is not the word.
    expect(catalogueTermOf('Wokwear apron', catalogue)).toBeUndefined();
  });
});

describe('appliesTo', () => {
  it.each([
    [[], 'Ceramic teapot', true],
    [['kettle'], 'EK-1701 Electric kettle', true],
    [['kitchenware'], 'CW-WK32 Stainless steel wok 32 cm', true],
    [['kitchenware'], 'BL-1500 Countertop blender', false],
    [['kettle'], 'Ceramic teapot', false],
  ])('%j covers %s: %s', (applies, product, covered) => {
    expect(appliesTo(applies, product, catalogue)).toBe(covered);
  });
});
