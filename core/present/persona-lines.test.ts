import { describe, expect, it } from 'vitest';
import type { PersonaSummary } from '../customer-context.ts';
import { interfaceTranslator } from '../i18n/interface-messages.ts';
import { personaLines } from './persona-lines.ts';

const persona: PersonaSummary = {
  buyerType: 'distributor',
  brandRelation: 'user',
  valuedFactors: ['price', 'certificates'],
  newProductResponsiveness: 'high',
  deliverySensitivity: null,
  traits: { buyerClass: 'intermediary', staff: '85', country: 'Germany', region: 'Europe', incoterm: 'FOB' },
};

describe('personaLines', () => {
  it('lists the known dimensions in reading order, without what the header shows', () => {
    expect(personaLines(persona, interfaceTranslator('en')).map((l) => [l.label, l.value])).toEqual([
      ['Buyer type', "distributor · sells others' brands"],
      ['Resells or uses', 'intermediary'],
      ['Staff', '85'],
      ['Usual Incoterm', 'FOB'],
      ['Weighs', 'price, certificates'],
      ['Takes to new products', 'high'],
    ]);
  });

  it('labels in Chinese from the interface strings alone (the pane bundles no others)', () => {
    const lines = personaLines(persona, interfaceTranslator('zh'));
    expect(lines[0]).toEqual({ key: 'buyerType', label: '客户类型', value: '分销商 · 销售他人品牌' });
    expect(lines.find((l) => l.key === 'valuedFactors')?.value).toBe('价格、认证');
    expect(lines.find((l) => l.key === 'staff')?.label).toBe('员工人数');
  });

  it('says nothing of a customer nobody described yet', () => {
    expect(personaLines({ buyerType: null, brandRelation: null, valuedFactors: [], newProductResponsiveness: null, deliverySensitivity: null, traits: {} }, interfaceTranslator('en'))).toEqual([]);
  });
});
