import { describe, expect, it } from 'vitest';
import { registrableDomain, toAsciiDomain } from '../address/index.ts';
import { isShapeKeepingEdit } from './edit-distance.ts';
import { allowedEdits, buildLookalikeIndex, type LookalikeEntry, registrableOfStored } from './lookalike-index.ts';
import { lookalikeDetail } from './trust-reasons.ts';

const company = { kind: 'company' } as const;
const customer = (customerId: string, name: string) => ({ kind: 'customer', customerId, name }) as const;

const BOOK: LookalikeEntry[] = [
  { domain: 'lumen-home.example', owner: company },
  { domain: 'lumenhome.example', owner: company },
  // One customer, two genuine domains that differ only in their ending.
  { domain: 'acme.de', owner: customer('c-acme', 'Acme Haushaltswaren GmbH') },
  { domain: 'acme.com', owner: customer('c-acme', 'Acme Haushaltswaren GmbH') },
  { domain: 'manchester-cookshop.co.uk', owner: customer('c-mcs', 'Manchester Cookshop Ltd') },
  { domain: 'greenleaf.com', owner: customer('c-green', 'Greenleaf Trading') },
  { domain: 'greenleafgroup.com', owner: customer('c-green', 'Greenleaf Trading') },
  { domain: 'sonnenmarkt.de', owner: customer('c-sonne', 'Sonnenmarkt KG') },
  { domain: toAsciiDomain('bücherwelt.de'), owner: customer('c-buch', 'Bücherwelt') },
  { domain: 'sales.harrishousewares.com', owner: customer('c-harris', 'Harris Housewares') },
  { domain: 'omsai.in', owner: customer('c-omsai', 'Om Sai Traders') },
  { domain: 'kbc.cn', owner: customer('c-kbc', 'KBC Kitchen') },
  // Listed against a customer by mistake: nobody owns free mail.
  { domain: 'gmail.com', owner: customer('c-oops', 'Data Entry Slip') },
];
const index = buildLookalikeIndex(BOOK);

describe('buildLookalikeIndex', () => {
  it('files each registrable domain once', () => {
    expect(index.size).toBe(BOOK.length);
    expect(index.ownersOf('x@eu.sales.harrishousewares.com')).toEqual([customer('c-harris', 'Harris Housewares')]);
    expect(index.ownersOf('unknown.example')).toEqual([]);
  });

  it('keeps every owner of a domain listed twice', () => {
    const shared = buildLookalikeIndex([
      { domain: 'shared-host.com', owner: customer('a', 'A') },
      { domain: 'mail.shared-host.com', owner: customer('b', 'B') },
      { domain: 'shared-host.com', owner: customer('a', 'A') },
    ]);
    expect(shared.size).toBe(1);
    expect(shared.ownersOf('shared-host.com').map((o) => (o.kind === 'customer' ? o.customerId : o.kind))).toEqual(['a', 'b']);
  });
});

describe('LookalikeIndex.find', () => {
  it.each([
    // [case, sender domain, known domain, kind]
    ['one letter missing (own domain)', 'lumen-hom.example', 'lumen-home.example', 'edit'],
    ['rn for m (own domain)', 'lurnen-home.example', 'lumen-home.example', 'homoglyph'],
    ['two letters swapped', 'lumen-hmoe.example', 'lumen-home.example', 'edit'],
    ['a letter doubled', 'sonnennmarkt.de', 'sonnenmarkt.de', 'edit'],
    ['a double letter made single', 'sonenmarkt.de', 'sonnenmarkt.de', 'edit'],
    ['one letter changed', 'greenleat.com', 'greenleaf.com', 'edit'],
    ['digit one for l', 'green1eaf.com', 'greenleaf.com', 'homoglyph'],
    ['vv for w', 'harrishousevvares.com', 'harrishousewares.com', 'homoglyph'],
    ['a letter doubled plus a letter changed in a long name', 'manchesster-cookshap.co.uk', 'manchester-cookshop.co.uk', 'edit'],
    ['another ending', 'acme.co', 'acme.com', 'tld'],
    ['another country ending', 'manchester-cookshop.com', 'manchester-cookshop.co.uk', 'tld'],
    ['the ending spelled into the name', 'acme-com.net', 'acme.com', 'subdomain'],
    ['a hyphen dropped (own domain)', 'lumenhome.co', 'lumenhome.example', 'tld'],
    ['a hyphen added', 'sonnen-markt.de', 'sonnenmarkt.de', 'hyphen'],
    ['a subdomain trick', 'acme.com.pay-portal.net', 'acme.com', 'subdomain'],
    ['a subdomain trick on our own domain', 'lumen-home.example.secure-mail.io', 'lumen-home.example', 'subdomain'],
    ['a word added after the name', 'greenleaf-payments.com', 'greenleaf.com', 'added_word'],
    ['a word glued to the name', 'sonnenmarktgroup.de', 'sonnenmarkt.de', 'added_word'],
    ['a swap in a short name', 'amce.de', 'acme.de', 'edit'],
    ['a doubled letter in a short name', 'acmme.de', 'acme.de', 'edit'],
  ])('warns on %s: %s looks like %s', (_case, seen, like, kind) => {
    const match = index.find(`billing@${seen}`);
    expect(match).toMatchObject({ like, kind });
  });

  it.each([
    ['a Cyrillic о in our own domain', 'lumen-hоme.example', 'lumen-home.example', 'Cyrillic letters'],
    ['Cyrillic а and е in a customer domain', 'аcmе.de', 'acme.de', 'Cyrillic letters'],
    ['a Greek ο in a customer domain', 'sοnnenmarkt.de', 'sonnenmarkt.de', 'Greek letters'],
    ['an accent added', 'sönnenmarkt.de', 'sonnenmarkt.de', 'accented letters'],
    ['an IDN domain with its accent dropped', 'bucherwelt.de', 'bücherwelt.de', "'u' for 'ü'"],
  ])('warns on IDN homoglyphs: %s', (_case, unicode, like, detail) => {
    const ascii = toAsciiDomain(unicode);
    const match = index.find(ascii);
    expect(match).toMatchObject({ domain: unicode, like, kind: 'homoglyph' });
    expect(lookalikeDetail(match!.notes)).toContain(detail);
  });

  it.each([
    ['our own domain', 'lumen-home.example'],
    ['our own second domain', 'lumenhome.example'],
    ['a customer domain', 'acme.de'],
    ['a genuine second domain of the same customer (acme.com beside acme.de)', 'acme.com'],
    ['a genuine second domain with a word added (greenleafgroup.com beside greenleaf.com)', 'greenleafgroup.com'],
    ['a subdomain of a customer domain', 'eu.sales.acme.de'],
    ['a subdomain of our own domain', 'mail.lumen-home.example'],
    ['a customer filed by a subdomain, mailing from its parent', 'harrishousewares.com'],
    ['free mail near another free mail', '126.com'],
    ['free mail listed against a customer by mistake', 'gmail.com'],
    ['free mail one letter from a mistaken listing', 'gmai.com'],
    ['a marketplace', 'notice.alibaba.com'],
    ['a short name two edits from a short customer', 'kbx.cn'],
    ['a short name one letter from a short customer', 'omsa.in'],
    ['a 5-letter name with one letter changed', 'acne.de'],
    ['an unrelated firm sharing a word', 'sonnenschein.de'],
    ['an unrelated firm two edits from a 10-letter name', 'greenfield.com'],
    ['a word in front of a known name', 'kitchen-greenleaf.com'],
    ['a word outside the forger list after a known name', 'sonnenmarkt-kueche.de'],
    ['an IP literal', '[10.0.0.1]'],
    ['garbage', 'not a domain'],
  ])('stays quiet for %s (%s)', (_case, domain) => {
    expect(index.find(domain)).toBeNull();
  });

  it('names the nearest ending when several domains of a customer are in reach', () => {
    expect(index.find('acme.co')?.notes).toEqual([{ code: 'other_ending', seen: 'co', known: 'com' }]);
    expect(lookalikeDetail(index.find('acme.co')!.notes)).toBe('other ending .co for .com');
  });

  it('prefers our own domain to a customer domain at the same distance', () => {
    const both = buildLookalikeIndex([
      { domain: 'brightpeak.com', owner: customer('c1', 'Brightpeak') },
      { domain: 'brightpeak.net', owner: company },
    ]);
    expect(both.find('brightpeek.org')?.owner).toEqual(company);
  });
});

describe('allowedEdits', () => {
  it.each([
    [3, 0],
    [5, 0],
    [6, 1],
    [11, 1],
    [12, 2],
    [30, 2],
  ])('allows a %i-letter name %i edits', (length, edits) => {
    expect(allowedEdits(length)).toBe(edits);
  });
});

describe('isShapeKeepingEdit', () => {
  it.each<[string, string, boolean]>([
    ['acme', 'amce', true],
    ['acme', 'acmme', true],
    ['book', 'bok', true],
    ['acme', 'acne', false],
    ['acme', 'acm', false],
    ['acme', 'mace', false],
  ])('%s → %s keeps the letters: %s', (known, seen, expected) => {
    expect(isShapeKeepingEdit(known, seen)).toBe(expected);
  });
});

describe('registrableOfStored', () => {
  it.each(['acme.de', 'sales.acme.co.uk', 'acme.uk.com', 'xn--bcher-kva.de', 'a.b.c.foo.com.cn', 'ACME.DE', 'bücher.de', 'co.uk', '10.0.0.1', 'localhost'])(
    'agrees with registrableDomain on %s',
    (domain) => {
      expect(registrableOfStored(domain)).toBe(registrableDomain(domain));
    },
  );
});
