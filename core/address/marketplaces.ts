/**
 * B2B marketplaces whose notification mail (new inquiry, buyer message, RFQ) reaches export
 * reps. Their sending domains belong to the platform, never to a buyer.
 */
import { z } from 'zod';
import { hostAndParents } from './domain.ts';

/** A marketplace as reported beside a resolved message. */
export const Marketplace = z.object({
  /** Stable key (`alibaba`, `made_in_china`). */
  key: z.string(),
  /** Display name as the platform writes it. */
  name: z.string(),
});
export type Marketplace = z.infer<typeof Marketplace>;

/**
 * The maintained table. Domains are registrable domains (sub-domains such as
 * `notice.alibaba.com` or `service.alibaba.com` match through them).
 */
export const MARKETPLACES: ReadonlyArray<Marketplace & { domains: readonly string[] }> = [
  { key: 'alibaba', name: 'Alibaba.com', domains: ['alibaba.com', 'alibaba-inc.com'] },
  { key: '1688', name: '1688', domains: ['1688.com'] },
  { key: 'aliexpress', name: 'AliExpress', domains: ['aliexpress.com', 'aliexpress.ru'] },
  { key: 'made_in_china', name: 'Made-in-China.com', domains: ['made-in-china.com'] },
  { key: 'global_sources', name: 'Global Sources', domains: ['globalsources.com'] },
  { key: 'indiamart', name: 'IndiaMART', domains: ['indiamart.com'] },
  { key: 'tradeindia', name: 'TradeIndia', domains: ['tradeindia.com'] },
  { key: 'ec21', name: 'EC21', domains: ['ec21.com'] },
  { key: 'dhgate', name: 'DHgate', domains: ['dhgate.com'] },
  { key: 'tradekey', name: 'TradeKey', domains: ['tradekey.com'] },
  { key: 'ecplaza', name: 'ECPlaza', domains: ['ecplaza.net'] },
  {
    key: 'europages',
    name: 'Europages',
    domains: ['europages.com', 'europages.de', 'europages.fr', 'europages.co.uk', 'europages.it', 'europages.es'],
  },
  { key: 'kompass', name: 'Kompass', domains: ['kompass.com'] },
];

const byDomain = new Map<string, Marketplace>(
  MARKETPLACES.flatMap(({ key, name, domains }) => domains.map((domain) => [domain, { key, name }] as const)),
);

/**
 * The marketplace a domain or an address belongs to (`notice@notice.alibaba.com` →
 * `{ key: 'alibaba', name: 'Alibaba.com' }`), or null.
 */
export function marketplaceOf(domainOrAddress: string): Marketplace | null {
  for (const host of hostAndParents(domainOrAddress)) {
    const found = byDomain.get(host);
    if (found) return { ...found };
  }
  return null;
}
