import { describe, expect, it } from 'vitest';
import { PersonaSummary } from '../customer-context.ts';
import { derivePersona } from './derive-persona.ts';
import { personaSummary } from './persona-summary.ts';
import { customer, order, profile, record, testConfig } from './test-fixtures.ts';

const config = testConfig();

describe('personaSummary', () => {
  it('renders a derived persona as the sidebar block, with readable traits', () => {
    const rec = record({
      customer: { buyerType: 'distributor', brandRelation: 'user', staff: 85, turnoverBand: '10-50M', valuedFactors: ['quality'], founded: 1998, languages: ['de', 'en'] },
      orders: [
        order({ amount: 42_000, incoterm: 'FOB', paymentDue: '2026-07-15', paidAt: '2026-07-10', lines: [{ product: 'Electric kettle 1.7 L', quantity: 5000, unit: 'pcs', unitPrice: 8.4 }] }),
        order({ amount: 42_000, incoterm: 'FOB', paymentDue: '2026-07-15', paidAt: '2026-07-10', lines: [{ product: 'Countertop blender 1.5 L', quantity: 2500, unit: 'pcs', unitPrice: 16.8 }] }),
      ],
    });
    const summary = personaSummary(derivePersona(rec, config, '2026-11-25'), config, rec.customer);
    expect(PersonaSummary.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({ buyerType: 'distributor', brandRelation: 'user', valuedFactors: ['quality'], newProductResponsiveness: null, deliverySensitivity: null });
    expect(Object.fromEntries(Object.entries(summary.traits).map(([k, v]) => [k, v.replace(/\u00a0/g, ' ')]))).toEqual({
      buyerClass: 'intermediary',
      staff: '85',
      turnover: '10-50M USD',
      typicalOrder: '≈ USD 42k',
      incoterm: 'FOB',
      categories: 'kettle, blender',
      payment: 'prompt',
      loyalty: 'medium',
      country: 'Germany',
      region: 'Europe',
      founded: '1998',
      credit: 'good',
      languages: 'German, English',
    });
  });

  it('leaves unknown traits out, and recorded-only ones when no customer is given', () => {
    const summary = personaSummary(profile({ region: 'Oceania' }), config);
    expect(Object.fromEntries(Object.entries(summary.traits).map(([k, v]) => [k, v.replace(/\u00a0/g, ' ')]))).toEqual({ region: 'Oceania' });
    expect(personaSummary(profile(), config, customer({ credit: 'unknown', languages: [] })).traits).toEqual({});
  });
});
