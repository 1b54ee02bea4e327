import { describe, expect, it } from 'vitest';
import { findInternationalPhones, readSignature } from './signature-facts.ts';

describe('readSignature', () => {
  it('reads name, company, phones, e-mail, website and address', () => {
    const facts = readSignature(
      [
        'Best regards,',
        'Hans Müller',
        'Purchasing Manager',
        'Küchenwelt GmbH',
        'Tel: +49 40 1234567 | Mob: 0049 171 7654321',
        'Email: h.mueller@kuechenwelt.de',
        'Add: Hauptstraße 5, 20095 Hamburg, Germany',
        'www.kuechenwelt.de',
      ].join('\n'),
    );
    expect(facts).toEqual({
      name: 'Hans Müller',
      company: 'Küchenwelt GmbH',
      phones: [
        { number: '+49401234567', country: 'DE' },
        { number: '+491717654321', country: 'DE' },
      ],
      email: 'h.mueller@kuechenwelt.de',
      website: 'www.kuechenwelt.de',
      address: 'Hauptstraße 5, 20095 Hamburg, Germany',
    });
  });

  it('reads a Chinese signature', () => {
    const facts = readSignature('此致\n敬礼\n张伟\n宁波美家贸易有限公司\n电话：+86 574 8765 4321\n地址：浙江省宁波市江北区');
    expect(facts).toMatchObject({ name: '张伟', company: '宁波美家贸易有限公司', address: '浙江省宁波市江北区', phones: [{ number: '+8657487654321', country: 'CN' }] });
  });

  it('takes the name from the sign-off line', () => {
    expect(readSignature('Kind regards, Priya Nair\nNair Home Retail Pvt Ltd').name).toBe('Priya Nair');
  });

  it('reads labelled company and website lines', () => {
    const facts = readSignature('Regards\nJohn\nCompany: Acme Imports\nWeb: https://acme-imports.com.au/');
    expect(facts.company).toBe('Acme Imports');
    expect(facts.website).toBe('https://acme-imports.com.au/');
  });

  it('gives nulls for a bare sign-off', () => {
    expect(readSignature('Thanks')).toEqual({ name: null, company: null, phones: [], email: null, website: null, address: null });
  });
});

describe('findInternationalPhones', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['Tel: +1 416 555 0199', [['+14165550199', 'CA']]],
    ['Tel: +1 212 555 0199', [['+12125550199', 'US']]],
    ['WhatsApp: +971 50 123 4567', [['+971501234567', 'AE']]],
    ['Tel: 0086-574-8765-4321', [['+8657487654321', 'CN']]],
    ['Mob: +49 (0) 171 1234567', [['+491711234567', 'DE']]],
    ['Tel +34 912 345 678 / Fax +34 912 345 678', [['+34912345678', 'ES']]],
  ])('reads %s', (text, phones) => {
    expect(findInternationalPhones(text).map((p) => [p.number, p.country])).toEqual(phones);
  });

  it.each(['Order 2026-11-25', 'Tel: 574 8765 4321 (no country code)', 'Model 1234567890'])('reads no international number in %s', (text) => {
    expect(findInternationalPhones(text)).toEqual([]);
  });
});
