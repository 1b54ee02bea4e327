import { describe, expect, it } from 'vitest';
import { registrableDomain } from './domain.ts';
import { MARKETPLACES, marketplaceOf } from './marketplaces.ts';

describe('marketplaceOf', () => {
  it.each<[string, string, string]>([
    ['alibaba.com', 'alibaba', 'Alibaba.com'],
    ['notice@notice.alibaba.com', 'alibaba', 'Alibaba.com'],
    ['service.alibaba.com', 'alibaba', 'Alibaba.com'],
    ['Feedback@Service.Alibaba.COM', 'alibaba', 'Alibaba.com'],
    ['buyer-message@1688.com', '1688', '1688'],
    ['no-reply@aliexpress.com', 'aliexpress', 'AliExpress'],
    ['inquiry@made-in-china.com', 'made_in_china', 'Made-in-China.com'],
    ['rfq@globalsources.com', 'global_sources', 'Global Sources'],
    ['buyleads@indiamart.com', 'indiamart', 'IndiaMART'],
    ['tradeindia.com', 'tradeindia', 'TradeIndia'],
    ['mail.ec21.com', 'ec21', 'EC21'],
    ['dhgate.com', 'dhgate', 'DHgate'],
    ['tradekey.com', 'tradekey', 'TradeKey'],
    ['ecplaza.net', 'ecplaza', 'ECPlaza'],
    ['europages.co.uk', 'europages', 'Europages'],
    ['news@kompass.com', 'kompass', 'Kompass'],
  ])('names %s as %s', (input, key, name) => {
    expect(marketplaceOf(input)).toEqual({ key, name });
  });

  it.each([
    ['a buyer company', 'buyer@acme.de'],
    ['a look-alike sub-domain', 'alibaba.com.evil.io'],
    ['a name containing a marketplace', 'myalibaba.com'],
    ['free-mail', 'buyer@gmail.com'],
    ['garbage', '@@'],
  ])('returns null for %s', (_case, input) => {
    expect(marketplaceOf(input)).toBeNull();
  });

  it('lists every marketplace domain at its registrable domain, once', () => {
    const domains = MARKETPLACES.flatMap((m) => m.domains);
    expect(domains.filter((d) => registrableDomain(d) !== d)).toEqual([]);
    expect(new Set(domains).size).toBe(domains.length);
  });
});
