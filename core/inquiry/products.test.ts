import { describe, expect, it } from 'vitest';
import { testConfig } from './fixtures/index.ts';
import { findProducts } from './products.ts';

const keysIn = (text: string) => findProducts(text, testConfig.catalogue).map((p) => p.catalogueKey ?? `(${p.category})`);

describe('findProducts', () => {
  it.each<[string, string, string[]]>([
    ['a catalogue term', 'We need a kettle.', ['kettle']],
    ['the longer term over the shorter', 'Electric Kettle 1.7L', ['kettle']],
    ['plurals', 'quote for blenders, air fryers and kitchen knives', ['blender', 'air-fryer', 'cutlery']],
    ['hyphen and joined spellings', 'air-fryer or airfryers', ['air-fryer']],
    ['any case', 'RICE COOKER and Vacuum Flask', ['rice-cooker', 'vacuum-flask']],
    ['a term broken over a line', 'we want the rice\ncooker', ['rice-cooker']],
    ['Chinese terms inside running text', '我们需要电饭煲和空气炸锅', ['rice-cooker', 'air-fryer']],
    ['the longest Chinese term', '请报价电热水壶', ['kettle']],
    ['Chinese next to Latin', '500台电饭煲CE认证', ['rice-cooker']],
    ['generic ranges with their category', 'We import home appliances and kitchenware.', ['(home_appliances)', '(kitchenware)']],
    ['Chinese generic ranges', '我们是做小家电和厨具的', ['(small_appliances)', '(kitchenware)']],
    ['each entry once, in order of mention', 'thermos, kettle, more thermoses and another kettle', ['vacuum-flask', 'kettle']],
    ['a catalogue term before a generic one that shares a word', 'cookware set, and other cookware', ['cookware', '(kitchenware)']],
  ])('finds %s', (_case, text, keys) => {
    expect(keysIn(text)).toEqual(keys);
  });

  it.each([
    ['a term inside a word', 'we awoke to blenderized food'],
    ['two words across a sentence break', 'we sell rice. Cooker parts too'],
    ['a greeting', 'hello'],
  ])('finds nothing in %s', (_case, text) => {
    expect(keysIn(text)).toEqual([]);
  });

  it('reports the spelling the catalogue uses and the entry category', () => {
    expect(findProducts('Need 2 toasters', testConfig.catalogue)).toEqual([{ term: 'toaster', catalogueKey: 'toaster', category: 'small_appliances' }]);
  });
});
