import { describe, expect, it } from 'vitest';
import type { InquirySender, InquirySignals } from '../inquiry-context.ts';
import { inquiryPersona } from './inquiry-persona.ts';
import { testConfig } from './test-fixtures.ts';

const config = testConfig();

function signals(fields: Partial<InquirySignals> = {}): InquirySignals {
  return {
    products: [],
    quantities: [],
    incoterm: null,
    targetPrice: null,
    buyerTypeHints: [],
    certificates: [],
    sampleRequested: false,
    urgent: false,
    countryGuesses: [],
    language: null,
    ...fields,
  };
}

function sender(domain: string, fields: Partial<InquirySender> = {}): InquirySender {
  return { name: 'Buyer', address: `buyer@${domain}`, domain, registrableDomain: domain, freeMail: false, marketplace: null, ...fields };
}

describe('inquiryPersona', () => {
  it('knows nothing from an empty inquiry', () => {
    const p = inquiryPersona(signals(), config);
    expect(Object.values(p).every((v) => v === null || (Array.isArray(v) && v.length === 0))).toBe(true);
  });

  it('takes the first buyer-type hint and its class', () => {
    const p = inquiryPersona(signals({ buyerTypeHints: ['wholesaler', 'retailer'] }), config);
    expect([p.buyerType, p.buyerClass]).toEqual(['wholesaler', 'intermediary']);
  });

  it('takes the most confident country guess and its region', () => {
    const p = inquiryPersona(
      signals({ countryGuesses: [{ country: 'DE', source: 'tld', confidence: 0.4 }, { country: 'SA', source: 'signature', confidence: 0.9 }] }),
      config,
      sender('handel.de'),
    );
    expect([p.country, p.region]).toEqual(['SA', 'Middle East']);
  });

  it.each([
    ['a country-code domain', sender('kochhaus.de'), 'DE'],
    ['a .co.uk domain', sender('homeware.co.uk'), 'GB'],
    ['a vanity .io domain', sender('gadgets.io'), null],
    ['a generic .com domain', sender('kitchen.com'), null],
    ['free mail', sender('gmail.de', { freeMail: true }), null],
    ['a marketplace relay', sender('alibaba.de', { marketplace: 'Alibaba.com' }), null],
    ['no sender', undefined, null],
  ])('with no country guess, reads the country from %s', (_, from, country) => {
    expect(inquiryPersona(signals(), config, from).country).toBe(country);
  });

  it('turns products into catalogue keys and categories, matching terms the reader left unkeyed', () => {
    const p = inquiryPersona(
      signals({ products: [{ term: 'cutlery', catalogueKey: 'cutlery' }, { term: 'Glass electric kettles', catalogueKey: null }, { term: 'garden hose', catalogueKey: null }] }),
      config,
    );
    expect([p.catalogueKeys, p.categories]).toEqual([['kettle', 'cutlery'], ['small_appliances', 'kitchenware']]);
  });

  it.each([
    ['pieces at a USD price', [{ value: 5000, unit: 'pcs', text: '5000 pcs' }], { amount: 7, currency: 'USD' }, 35_000],
    ['the largest piece quantity', [{ value: 500, unit: 'sets', text: '500 sets' }, { value: 2000, unit: 'units', text: '2000 units' }], { amount: 10, currency: 'USD' }, 20_000],
    ['a EUR price, in the base currency', [{ value: 1000, unit: 'PCS', text: '1000 PCS' }], { amount: 10, currency: 'EUR' }, 10_800],
    ['containers, whose content is unknown', [{ value: 2, unit: '40HQ', text: '2 x 40HQ' }], { amount: 7, currency: 'USD' }, null],
    ['no target price', [{ value: 5000, unit: 'pcs', text: '5000 pcs' }], null, null],
    ['a currency without a rate', [{ value: 5000, unit: 'pcs', text: '5000 pcs' }], { amount: 7, currency: 'XYZ' }, null],
  ])('estimates order size from %s', (_, quantities, targetPrice, size) => {
    expect(inquiryPersona(signals({ quantities, targetPrice }), config).orderSize).toBe(size);
  });

  it('reads certificates and price talk as valued factors, urgency as delivery sensitivity', () => {
    const p = inquiryPersona(signals({ certificates: ['CE', 'GS'], targetPrice: { amount: 5, currency: 'USD' }, urgent: true, incoterm: 'CIF' }), config);
    expect(p).toMatchObject({ valuedFactors: ['certificates', 'price'], deliverySensitivity: 'high', incoterm: 'CIF' });
  });

  it('leaves delivery sensitivity unknown, not low, when the inquiry is not urgent', () => {
    expect(inquiryPersona(signals({ urgent: false }), config).deliverySensitivity).toBeNull();
  });
});
