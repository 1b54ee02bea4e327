import { describe, expect, it } from 'vitest';
import { derivePersona } from './derive-persona.ts';
import { interaction, order, record, testConfig } from './test-fixtures.ts';

const config = testConfig();
const TODAY = '2026-11-25';

describe('derivePersona', () => {
  it('takes what only a person knows from the customer record', () => {
    const p = derivePersona(
      record({
        customer: {
          buyerType: 'importer',
          brandRelation: 'owner',
          staff: 40,
          turnoverBand: '10-50M',
          deliverySensitivity: 'high',
          newProductResponsiveness: 'low',
          valuedFactors: ['quality', 'certificates', 'quality'],
          country: 'AE',
        },
      }),
      config,
      TODAY,
    );
    expect(p).toMatchObject({
      buyerType: 'importer',
      buyerClass: 'intermediary',
      brandRelation: 'owner',
      staff: 40,
      turnoverBand: '10-50M',
      deliverySensitivity: 'high',
      newProductResponsiveness: 'low',
      valuedFactors: ['quality', 'certificates'],
      country: 'AE',
      region: 'Middle East',
    });
  });

  it('leaves every derived dimension unknown for a customer with no history', () => {
    const p = derivePersona(record({ customer: { stage: 'vendor' } }), config, TODAY);
    expect(p).toMatchObject({
      buyerType: null,
      buyerClass: null,
      paymentTimeliness: null,
      loyalty: null,
      newProductResponsiveness: null,
      catalogueKeys: [],
      categories: [],
      incoterm: null,
      orderSize: null,
    });
  });

  it('takes the median recent order in the base currency, leaving out old, cancelled, future and unconvertible orders', () => {
    const orders = [
      order({ amount: 10_000, orderedAt: '2026-01-10' }),
      order({ amount: 20_000, currency: 'EUR', orderedAt: '2025-09-01' }),
      order({ amount: 30_000, orderedAt: '2025-03-01' }),
      order({ amount: 1_000_000, orderedAt: '2023-06-01' }),
      order({ amount: 500_000, orderedAt: '2026-02-01', status: 'cancelled' }),
      order({ amount: 700_000, orderedAt: '2026-12-01' }),
      order({ amount: 900_000, currency: 'XYZ', orderedAt: '2026-03-01' }),
    ];
    expect(derivePersona(record({ orders }), config, TODAY).orderSize).toBe(21_600);
  });

  it('averages the middle two orders of an even count', () => {
    const orders = [order({ amount: 10_000 }), order({ amount: 20_000 })];
    expect(derivePersona(record({ orders }), config, TODAY).orderSize).toBe(15_000);
  });

  it('takes the most frequent incoterm, the one used last on a tie', () => {
    const orders = [
      order({ incoterm: 'FOB', orderedAt: '2025-01-10' }),
      order({ incoterm: 'CIF', orderedAt: '2025-05-10' }),
      order({ incoterm: 'FOB', orderedAt: '2025-09-10' }),
      order({ incoterm: 'CIF', orderedAt: '2026-02-10' }),
      order({ incoterm: null, orderedAt: '2026-03-10' }),
    ];
    expect(derivePersona(record({ orders }), config, TODAY).incoterm).toBe('CIF');
  });

  it('reads catalogue keys and categories from recent order lines', () => {
    const orders = [
      order({ lines: [{ product: 'AF-4500 Air fryer 4.5 L', quantity: 200, unit: 'pcs', unitPrice: 20 }] }),
      order({ lines: [{ product: 'CT-24SS Cutlery set 24 pcs', quantity: 600, unit: 'sets', unitPrice: 7 }, { product: 'Spare parts', quantity: 1, unit: 'pcs', unitPrice: 50 }] }),
      order({ orderedAt: '2023-01-10', lines: [{ product: 'Rice cooker 1.8 L', quantity: 400, unit: 'pcs', unitPrice: 12 }] }),
    ];
    const p = derivePersona(record({ orders }), config, TODAY);
    expect(p.catalogueKeys).toEqual(['air-fryer', 'cutlery']);
    expect(p.categories).toEqual(['small_appliances', 'kitchenware']);
  });

  it('falls back to older orders for products and terms when none are recent, but not for order size', () => {
    const orders = [order({ orderedAt: '2023-01-10', incoterm: 'EXW', lines: [{ product: 'Rice cooker 1.8 L', quantity: 400, unit: 'pcs', unitPrice: 12 }] })];
    const p = derivePersona(record({ orders }), config, TODAY);
    expect(p).toMatchObject({ catalogueKeys: ['rice-cooker'], incoterm: 'EXW', orderSize: null });
  });

  it.each([
    ['paid early', [{ paymentDue: '2026-05-01', paidAt: '2026-04-25' }], 'prompt'],
    ['paid within a week', [{ paymentDue: '2026-05-01', paidAt: '2026-05-05' }], 'ok'],
    ['paid three weeks late', [{ paymentDue: '2026-05-01', paidAt: '2026-05-21' }], 'late'],
    ['paid two months late', [{ paymentDue: '2026-05-01', paidAt: '2026-07-01' }], 'very_late'],
    ['unpaid 50 days past due', [{ paymentDue: '2026-10-06', paidAt: null, status: 'shipped' }], 'very_late'],
    ['median of early, late and very late', [
      { paymentDue: '2026-01-01', paidAt: '2025-12-25' },
      { paymentDue: '2026-03-01', paidAt: '2026-03-20' },
      { paymentDue: '2026-05-01', paidAt: '2026-08-01' },
    ], 'late'],
    ['not yet due', [{ paymentDue: '2026-12-20', paidAt: null, status: 'shipped' }], null],
    ['due before the window', [{ paymentDue: '2024-01-01', paidAt: '2024-05-01' }], null],
    ['marked paid with no date', [{ paymentDue: '2026-05-01', paidAt: null, status: 'paid' }], null],
  ] as const)('rates payment %s as %s', (_, payments, level) => {
    const orders = payments.map((p) => order({ ...p }));
    expect(derivePersona(record({ orders }), config, TODAY).paymentTimeliness).toBe(level);
  });

  const monthly = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => order({ orderedAt: `2026-${String(from + i).padStart(2, '0')}-05` }));
  const quote = (outcome: 'won' | 'lost') => interaction({ kind: 'quote', outcome, occurredAt: '2026-04-01T08:00:00.000Z' });

  it.each([
    ['a strategic partner of six years', { stage: 'strategic', createdAt: '2020-06-01T00:00:00.000Z' }, monthly(1, 10), [], 'high'],
    ['a preferred supplier of one year', { stage: 'preferred', createdAt: '2025-10-01T00:00:00.000Z' }, monthly(1, 10), [], 'medium'],
    ['a new buyer who takes most quotes elsewhere', { stage: 'vendor', createdAt: '2026-01-01T00:00:00.000Z' }, monthly(2, 2), [quote('lost'), quote('lost'), quote('won')], 'low'],
    [
      'a partner whose orders stopped two years ago',
      { stage: 'partner', createdAt: '2019-01-01T00:00:00.000Z' },
      ['2024-01-10', '2024-03-10', '2024-05-10'].map((orderedAt) => order({ orderedAt })),
      [],
      'medium',
    ],
    ['a prospect who lost interest', { stage: 'vendor', createdAt: '2026-01-01T00:00:00.000Z' }, [], [quote('lost'), quote('lost')], 'low'],
    ['someone with no trade at all', { stage: 'vendor' }, [], [], null],
  ] as const)('rates the loyalty of %s as %s', (_, customer, orders, interactions, level) => {
    expect(derivePersona(record({ customer, orders: [...orders], interactions: [...interactions] }), config, TODAY).loyalty).toBe(level);
  });

  it('reads openness to new products from samples when the record says nothing', () => {
    const sample = (outcome: 'won' | 'lost' | 'open') => interaction({ kind: 'sample', direction: 'sent', outcome });
    const open = derivePersona(record({ interactions: [sample('won'), sample('won'), sample('lost')] }), config, TODAY);
    const tooFew = derivePersona(record({ interactions: [sample('won'), sample('open')] }), config, TODAY);
    const recorded = derivePersona(record({ customer: { newProductResponsiveness: 'low' }, interactions: [sample('won'), sample('won')] }), config, TODAY);
    expect([open.newProductResponsiveness, tooFew.newProductResponsiveness, recorded.newProductResponsiveness]).toEqual(['high', null, 'low']);
  });
});
