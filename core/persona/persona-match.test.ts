import { describe, expect, it } from 'vitest';
import { DIMENSION_KEYS } from './dimensions.ts';
import { buildPersonaIndex } from './persona-index.ts';
import { matchPersona } from './persona-match.ts';
import type { PersonaProfile } from './persona-profile.ts';
import { entry, profile, testConfig } from './test-fixtures.ts';

/** Intl puts a no-break space between a currency code and its amount; expectations write a plain one. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** A config weighing only the given dimensions. */
function weighing(weights: Record<string, number>) {
  return testConfig({ weights: { ...Object.fromEntries(DIMENSION_KEYS.map((k) => [k, 0])), ...weights } });
}

/** Similarity of `theirs` to `query` in a book of `theirs` plus `others`, on plain shared-dimension Gower. */
function similarity(weights: Record<string, number>, query: Partial<PersonaProfile>, theirs: Partial<PersonaProfile>, others: Partial<PersonaProfile>[] = []) {
  const index = buildPersonaIndex([entry(0, theirs), ...others.map((o, i) => entry(i + 1, o))], weighing(weights));
  const match = matchPersona(index, profile(query), { k: 10, minOverlap: 0, missingAs: null });
  return match.similar.find((s) => s.customerId === 'c0')?.similarity ?? null;
}

type Row = [name: string, weights: Record<string, number>, query: Partial<PersonaProfile>, theirs: Partial<PersonaProfile>, others: Partial<PersonaProfile>[], expected: number];

describe('matchPersona: distance per dimension', () => {
  it.each<Row>([
    ['equal categories', { buyerType: 1 }, { buyerType: 'distributor' }, { buyerType: 'distributor' }, [], 1],
    ['two intermediaries of different types, half alike', { buyerType: 1 }, { buyerType: 'distributor' }, { buyerType: 'importer' }, [], 0.5],
    ['an intermediary and an end customer', { buyerType: 1 }, { buyerType: 'distributor' }, { buyerType: 'retailer' }, [], 0],
    ['unequal incoterms', { incoterm: 1 }, { incoterm: 'FOB' }, { incoterm: 'CIF' }, [], 0],
    ['turnover two bands of four apart', { turnoverBand: 1 }, { turnoverBand: '<1M' }, { turnoverBand: '10-50M' }, [], 0.5],
    ['loyalty one level of two apart', { loyalty: 1 }, { loyalty: 'high' }, { loyalty: 'medium' }, [], 0.5],
    // The book spans 1,000 to 100,000: two decades; 10,000 against 1,000 is one.
    ['order size a decade apart on a two-decade book', { orderSize: 1 }, { orderSize: 10_000 }, { orderSize: 1_000 }, [{ orderSize: 100_000 }], 0.5],
    ['a query order size beyond the book, clamped', { orderSize: 1 }, { orderSize: 10_000_000 }, { orderSize: 100_000 }, [{ orderSize: 1_000 }], 1],
    ['staff on a log scale', { staff: 1 }, { staff: 100 }, { staff: 10 }, [{ staff: 1_000 }], 0.5],
    ['categories by Jaccard over keys and their categories', { categories: 1 }, { catalogueKeys: ['kettle'], categories: ['small_appliances'] }, { catalogueKeys: ['kettle', 'blender'], categories: ['small_appliances'] }, [], 0.667],
    ['valued factors by Jaccard', { valuedFactors: 1 }, { valuedFactors: ['price', 'quality'] }, { valuedFactors: ['quality', 'certificates'] }, [], 0.333],
    ['a country the book does not have', { country: 1 }, { country: 'FJ' }, { country: 'DE' }, [], 0],
    ['mixed types, weighted', { buyerType: 3, region: 1 }, { buyerType: 'distributor', region: 'Europe' }, { buyerType: 'importer', region: 'Europe' }, [], 0.625],
    ['only the dimensions known on both sides (customer side missing)', { buyerType: 3, region: 1 }, { buyerType: 'distributor', region: 'Europe' }, { region: 'Europe' }, [], 1],
    ['only the dimensions known on both sides (query side missing)', { buyerType: 3, region: 1 }, { region: 'East Asia' }, { buyerType: 'distributor', region: 'East Asia' }, [], 1],
  ])('scores %s', (_, weights, query, theirs, others, expected) => {
    expect(similarity(weights, query, theirs, others)).toBe(expected);
  });

  it('compares nobody on a dimension the config weighs 0', () => {
    expect(similarity({ region: 1, buyerType: 0 }, { buyerType: 'distributor' }, { buyerType: 'distributor' })).toBeNull();
  });

  it('compares sets spread over several words (a catalogue of more than 32 members)', () => {
    const base = testConfig();
    const catalogue = Array.from({ length: 40 }, (_, i) => ({ key: `item-${i}`, category: `group-${i % 20}`, en: [`item ${i}`], zh: [] }));
    const config = { ...base, catalogue, judgement: { ...base.judgement, personaWeights: { ...Object.fromEntries(DIMENSION_KEYS.map((k) => [k, 0])), categories: 1 } } };
    const index = buildPersonaIndex([entry(0, { catalogueKeys: ['item-39', 'item-1'], categories: ['group-19', 'group-1'] })], config);
    const match = matchPersona(index, profile({ catalogueKeys: ['item-39'], categories: ['group-19'] }), { missingAs: null });
    expect(index.setColumns[0]!.words).toBe(2);
    expect(match.similar[0]!.similarity).toBe(0.5);
  });
});

describe('matchPersona: ranking', () => {
  const book = [
    entry(1, { buyerType: 'distributor', region: 'Latin America' }),
    entry(2, { buyerType: 'retailer', region: 'Europe' }),
  ];
  const query = profile({ buyerType: 'distributor', region: 'Europe' });

  it.each([
    ['buyer type weighs more', { buyerType: 3, region: 1 }, ['c1', 'c2']],
    ['region weighs more', { buyerType: 1, region: 3 }, ['c2', 'c1']],
  ])('follows the config weights: %s', (_, weights, order) => {
    const match = matchPersona(buildPersonaIndex(book, weighing(weights)), query);
    expect(match.similar.map((s) => s.customerId)).toEqual(order);
  });

  it('puts the earlier of two identical customers first', () => {
    const twins = [entry(7, { buyerType: 'importer' }), entry(3, { buyerType: 'importer' })];
    const match = matchPersona(buildPersonaIndex(twins, weighing({ buyerType: 1 })), profile({ buyerType: 'importer' }));
    expect(match.similar.map((s) => s.customerId)).toEqual(['c7', 'c3']);
  });

  it('on equal similarity, puts the customer that shares more dimensions first', () => {
    const index = buildPersonaIndex([entry(1, { region: 'Europe' }), entry(2, { region: 'Europe', buyerType: 'importer' })], weighing({ buyerType: 1, region: 1 }));
    const match = matchPersona(index, profile({ region: 'Europe', buyerType: 'importer' }), { minOverlap: 0, missingAs: null });
    expect(match.similar.map((s) => [s.customerId, s.similarity])).toEqual([['c2', 1], ['c1', 1]]);
  });

  it('shrinks toward one half for what the customer does not know, so the better-known customer comes first', () => {
    const index = buildPersonaIndex([entry(1, { region: 'Europe' }), entry(2, { region: 'Europe', buyerType: 'wholesaler' })], weighing({ buyerType: 3, region: 1 }));
    const match = matchPersona(index, profile({ region: 'Europe', buyerType: 'distributor' }), { minOverlap: 0 });
    // c2: (3 × 0.5 + 1) / 4 alike on both; c1: region alike (1 of 4) and buyer type unknown, counted 0.5.
    expect(match.similar.map((s) => [s.customerId, s.similarity])).toEqual([['c2', 0.625], ['c1', 0.625]]);
    const plain = matchPersona(index, profile({ region: 'Europe', buyerType: 'distributor' }), { minOverlap: 0, missingAs: null });
    expect(plain.similar.map((s) => [s.customerId, s.similarity])).toEqual([['c1', 1], ['c2', 0.625]]);
  });

  it('leaves out customers sharing less than `minOverlap` of the query weight', () => {
    const index = buildPersonaIndex([entry(1, { region: 'Europe' }), entry(2, { region: 'Europe', buyerType: 'retailer' })], weighing({ buyerType: 3, region: 1 }));
    const match = matchPersona(index, profile({ region: 'Europe', buyerType: 'distributor' }));
    expect(match.similar.map((s) => s.customerId)).toEqual(['c2']);
  });

  it('returns at most k, and leaves out the excluded customer', () => {
    const many = Array.from({ length: 8 }, (_, i) => entry(i, { buyerType: 'importer' }));
    const index = buildPersonaIndex(many, weighing({ buyerType: 1 }));
    const match = matchPersona(index, profile({ buyerType: 'importer' }), { k: 3, excludeCustomerId: 'c0' });
    expect(match.similar.map((s) => s.customerId)).toEqual(['c1', 'c2', 'c3']);
  });

  it('finds nobody for a query that knows nothing', () => {
    const index = buildPersonaIndex([entry(1, { buyerType: 'importer' })], weighing({ buyerType: 1 }));
    expect(matchPersona(index, profile()).similar).toEqual([]);
  });
});

describe('matchPersona: what comes back', () => {
  const config = testConfig();

  it('says why, in words, strongest first, and drops the region when the country is the same', () => {
    const index = buildPersonaIndex(
      [entry(1, { buyerType: 'distributor', country: 'DE', region: 'Europe', catalogueKeys: ['kettle', 'toaster'], categories: ['small_appliances'], orderSize: 41_000, incoterm: 'CIF' }, 'B')],
      config,
    );
    const query = profile({ buyerType: 'distributor', country: 'DE', region: 'Europe', catalogueKeys: ['kettle'], categories: ['small_appliances'], orderSize: 30_000, incoterm: 'FOB' });
    const [first] = matchPersona(index, query).similar;
    expect(first).toMatchObject({ customerId: 'c1', code: 'C-1', name: 'Customer 1', tier: 'B' });
    // Weight × how alike: buyer type 3 × 1, order size 2 × 0.86, categories 2 × 2/3, country 1 × 1.
    expect(first!.because.map(plain)).toEqual(['distributor', 'orders ≈ USD 41k', 'buys kettle', 'Germany']);
    // The same match in Chinese: the same order, the catalogue's Chinese word for the product, the questions too.
    const zh = matchPersona(index, query, { locale: 'zh' });
    expect(zh.similar[0]!.because.map(plain)).toEqual(['分销商', '单笔订单约 USD 4.1万', '采购：电热水壶', '德国']);
    expect(zh.questions.map((q) => q.dimension)).toEqual(matchPersona(index, query).questions.map((q) => q.dimension));
    expect(zh.questions[0]!.question).toMatch(/？$/);
  });

  it('names the buyer class when the types differ within it', () => {
    const index = buildPersonaIndex([entry(1, { buyerType: 'importer', region: 'Europe' })], config);
    expect(matchPersona(index, profile({ buyerType: 'wholesaler', region: 'Europe' })).similar[0]!.because).toEqual(['intermediary', 'Europe']);
  });

  it('predicts the tier range from the neighbours and the fit from the target', () => {
    const index = buildPersonaIndex(
      [entry(1, { buyerType: 'importer', region: 'Europe' }, 'A'), entry(2, { buyerType: 'importer', region: 'Europe' }, 'B'), entry(3, { buyerType: 'importer', region: 'Europe' }, 'B')],
      config,
    );
    const match = matchPersona(index, profile({ buyerType: 'importer', region: 'Europe' }));
    expect(match.predictedTier).toMatchObject({ likely: 'B', high: 'A', low: 'B' });
    expect(match.fit).not.toBeNull();
  });

  it('answers from an empty book with no neighbours, no range, the fit, and the questions by weight', () => {
    const index = buildPersonaIndex([], config);
    const match = matchPersona(index, profile({ region: 'Europe', catalogueKeys: ['kettle'], categories: ['small_appliances'] }), { maxQuestions: 3 });
    expect(index.size).toBe(0);
    expect(match.similar).toEqual([]);
    expect(match.predictedTier).toBeNull();
    expect(match.fit).toBe(0.594);
    // The example config weighs buyer type 3, then turnover band and order size 2 (in dimension order).
    expect(match.questions.map((q) => q.dimension)).toEqual(['buyerType', 'orderSize', 'turnoverBand']);
  });
});
