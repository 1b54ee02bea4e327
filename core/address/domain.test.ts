import { describe, expect, it } from 'vitest';
import { DomainName, EmailAddress } from '../primitives.ts';
import { hostAndParents, isDomainName, isSameOrSubdomain, registrableDomain, toAsciiAddress, toAsciiDomain, toUnicodeDomain } from './domain.ts';

describe('toAsciiDomain', () => {
  it.each([
    ['acme.de', 'acme.de'],
    ['ACME.De', 'acme.de'],
    ['  acme.de.  ', 'acme.de'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['BÜCHER.DE', 'xn--bcher-kva.de'],
    ['xn--BCHER-kva.de', 'xn--bcher-kva.de'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['例子。中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['ｂｕｃｈｅｒ．ｄｅ', 'bucher.de'],
    ['münchen.com.cn', 'xn--mnchen-3ya.com.cn'],
  ])('turns %s into %s', (input, ascii) => {
    expect(toAsciiDomain(input)).toBe(ascii);
  });

  it('makes a unicode domain and its punycode spelling equal', () => {
    expect(toAsciiDomain('Bücher.de')).toBe(toAsciiDomain('XN--BCHER-KVA.DE'));
    expect(toUnicodeDomain(toAsciiDomain('bücher.de'))).toBe('bücher.de');
  });

  it('never throws on garbage', () => {
    expect(() => toAsciiDomain('\u0000<>@@ ..')).not.toThrow();
    expect(isDomainName(toAsciiDomain('a b.com'))).toBe(false);
  });
});

describe('toAsciiAddress', () => {
  it.each([
    ['Info@Bücher.DE', 'Info@xn--bcher-kva.de'],
    ['"a@b"@例子.中国', '"a@b"@xn--fsqu00a.xn--fiqs8s'],
    ['no-at-sign', 'no-at-sign'],
  ])('turns %s into %s', (input, ascii) => {
    expect(toAsciiAddress(input)).toBe(ascii);
  });
});

describe('registrableDomain', () => {
  it.each<[string, string | null]>([
    ['acme.de', 'acme.de'],
    ['sales.acme.co.uk', 'acme.co.uk'],
    ['mail.foo.com.cn', 'foo.com.cn'],
    ['shop.foo.com.au', 'foo.com.au'],
    ['a.b.c.acme.com', 'acme.com'],
    ['j@Sales.Acme.CO.UK', 'acme.co.uk'],
    ['tanaka@mail.acme.co.jp', 'acme.co.jp'],
    ['info@bücher.de', 'xn--bcher-kva.de'],
    ['用户@例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['sales.acme.uk.com', 'acme.uk.com'],
    ['co.uk', null],
    ['com.cn', null],
    ['192.168.0.1', null],
    ['j@[10.0.0.1]', null],
    ['localhost', null],
    ['garbage', null],
    ['', null],
    ['a..b.com', null],
    ['-acme.com', null],
  ])('gives %s → %s', (input, registrable) => {
    expect(registrableDomain(input)).toBe(registrable);
  });
});

describe('isSameOrSubdomain', () => {
  it.each<[string, string, boolean]>([
    ['acme.com', 'acme.com', true],
    ['sales.acme.com', 'acme.com', true],
    ['eu.sales.acme.com', 'acme.com', true],
    ['Sales.ACME.com.', 'acme.com', true],
    ['shop.bücher.de', 'xn--bcher-kva.de', true],
    ['notacme.com', 'acme.com', false],
    ['acme.com', 'sales.acme.com', false],
    ['acme.com.evil.io', 'acme.com', false],
    ['acme.com', '', false],
  ])('says %s under %s is %s', (host, domain, expected) => {
    expect(isSameOrSubdomain(host, domain)).toBe(expected);
  });
});

describe('hostAndParents', () => {
  it.each<[string, string[]]>([
    ['a.b.acme.co.uk', ['a.b.acme.co.uk', 'b.acme.co.uk', 'acme.co.uk']],
    ['acme.com', ['acme.com']],
    ['j@vip.163.com', ['vip.163.com', '163.com']],
    ['localhost', ['localhost']],
    ['', []],
  ])('walks %s up to its registrable domain', (input, chain) => {
    expect(hostAndParents(input)).toEqual(chain);
  });
});

describe('DomainName and EmailAddress schemas', () => {
  it.each([
    [' Bücher.DE. ', 'xn--bcher-kva.de'],
    ['Sales.Acme.co.uk', 'sales.acme.co.uk'],
  ])('store the domain %s as %s', (input, stored) => {
    expect(DomainName.parse(input)).toBe(stored);
  });

  it.each(['192.168.0.1', 'localhost', 'a b.com', ''])('reject %j as a domain', (input) => {
    expect(DomainName.safeParse(input).success).toBe(false);
  });

  it.each([
    [' Info@Bücher.DE ', 'info@xn--bcher-kva.de'],
    ['John.Doe@ACME.de', 'john.doe@acme.de'],
    ['用户@例子.中国', '用户@xn--fsqu00a.xn--fiqs8s'],
  ])('store the address %s as %s', (input, stored) => {
    expect(EmailAddress.parse(input)).toBe(stored);
  });

  it.each(['j@localhost', 'j@10.0.0.1', 'not an address', 'a@b@', '<j@acme.de>'])('reject %j as an address', (input) => {
    expect(EmailAddress.safeParse(input).success).toBe(false);
  });
});
