import { describe, expect, it } from 'vitest';
import { buildContactNameIndex, nameKey } from './contact-name-index.ts';

describe('nameKey', () => {
  it.each<[string, string | null]>([
    ['Hans Müller', 'hans muller'],
    ['Müller, Hans', 'hans muller'],
    ['MÜLLER Hans', 'hans muller'],
    ['Mr. Hans Muller', 'hans muller'],
    ['Hans Müller | Acme GmbH', 'hans muller'],
    ['Hans Müller - Acme GmbH', 'hans muller'],
    ['Hans Müller (Acme)', 'hans muller'],
    ["'Zhang Wei'", 'wei zhang'],
    ['Wei ZHANG', 'wei zhang'],
    ['张伟', '张伟'],
    ['Anne-Marie Dupont', 'anne dupont marie'],
    ['Ｊｏｈｎ Ｓｍｉｔｈ', 'john smith'],
    ['Sales', null],
    ['Anna', null],
    ['伟', null],
    ['Dr.', null],
    ['', null],
  ])('keys %j as %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('ContactNameIndex', () => {
  const index = buildContactNameIndex([
    { customerId: 'c-acme', customerName: 'Acme GmbH', contact: { id: 'k1', name: 'Hans Müller', emails: ['Hans.Mueller@acme.de', 'h.mueller@gmx.de'] } },
    { customerId: 'c-lin', customerName: 'Lin Trading', contact: { id: 'k2', name: 'Zhang Wei', emails: ['zw@lintrading.cn'], active: false } },
    { customerId: 'c-north', customerName: 'Northern Imports', contact: { id: 'k3', name: 'Wei Zhang', emails: ['wei@north.example'] } },
    { customerId: 'c-acme', customerName: 'Acme GmbH', contact: { id: 'k4', name: 'Sales', emails: ['sales@acme.de'] } },
  ]);

  it('finds contacts by any spelling of their name, every namesake included', () => {
    expect(index.named('Müller, Hans').map((h) => h.contactId)).toEqual(['k1']);
    expect(index.named('"ZHANG Wei"').map((h) => [h.contactId, h.active])).toEqual([
      ['k2', false],
      ['k3', true],
    ]);
    expect(index.named('Hans Meier')).toEqual([]);
    expect(index.named('Sales')).toEqual([]);
  });

  it('keeps the addresses of a contact in comparable form', () => {
    expect(index.named('Hans Müller')[0]?.addresses).toEqual(['hans.mueller@acme.de', 'h.mueller@gmx.de']);
  });

  it('tells which customers an address belongs to, names too short to index included', () => {
    expect(index.customersAt('SALES@ACME.DE')).toEqual(['c-acme']);
    expect(index.customersAt('h.mueller@GMX.de')).toEqual(['c-acme']);
    expect(index.customersAt('someone@acme.de')).toEqual([]);
  });
});
