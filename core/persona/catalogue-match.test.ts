import { describe, expect, it } from 'vitest';
import { catalogueKeysIn, categoriesOf } from './catalogue-match.ts';
import { testConfig } from './test-fixtures.ts';

const { catalogue } = testConfig();

describe('catalogueKeysIn', () => {
  it.each([
    ['EK-1701 Electric kettle 1.7 L, stainless steel', ['kettle']],
    ['ELECTRIC KETTLES and Toasters', ['kettle', 'toaster']],
    ['Dual-basket air fryer 9 L', ['air-fryer']],
    ['We need airfryers and a knife set', ['air-fryer', 'cutlery']],
    ['Insulated tumblers 900 ml', ['vacuum-flask']],
    ['询价：电热水壶 5000 个，空气炸锅 2000 个', ['kettle', 'air-fryer']],
    ['Thermoses for a hotel chain', ['vacuum-flask']],
    // Whole words only: a kettlebell is no kettle, a "woken" no wok.
    ['Kettlebells 16 kg', []],
    ['we have woken up', []],
    ['Garden furniture', []],
    ['', []],
  ])('reads %j as %j', (text, keys) => {
    expect(catalogueKeysIn(text, catalogue)).toEqual(keys);
  });

  it('lists keys in catalogue order whatever the order in the text', () => {
    expect(catalogueKeysIn('vacuum flask, blender, kettle', catalogue)).toEqual(['kettle', 'blender', 'vacuum-flask']);
  });

  it('takes the longer term first, so one product counts once', () => {
    expect(catalogueKeysIn('stainless steel pot 24 cm', catalogue)).toEqual(['cookware']);
  });

  it('answers a repeated text the same way (cached per catalogue)', () => {
    const first = catalogueKeysIn('Rice cooker 1.8 L', catalogue);
    expect(catalogueKeysIn('Rice cooker 1.8 L', catalogue)).toEqual(first);
    expect(first).toEqual(['rice-cooker']);
  });
});

describe('categoriesOf', () => {
  it.each([
    [['kettle', 'blender'], ['small_appliances']],
    [['cutlery', 'kettle'], ['small_appliances', 'kitchenware']],
    [['unknown'], []],
    [[], []],
  ])('gives the categories of %j', (keys, categories) => {
    expect(categoriesOf(keys, catalogue)).toEqual(categories);
  });
});
