/**
 * Free-mail and shared-provider domains: an address there says nothing about the company
 * behind it, so it never resolves a customer by domain.
 */
import providers from 'email-providers/all.json' with { type: 'json' };
import { hostAndParents, isDomainName, toAsciiDomain } from './domain.ts';

/**
 * Providers the upstream list lacks, checked against `email-providers` 2.26. Carrier and ISP
 * mail that traders use as their company address belongs here too (it is shared by thousands).
 */
const SUPPLEMENT = [
  // China: portals and carriers
  'sohu.com',
  '139.com',
  '189.cn',
  'wo.cn',
  // Russia and neighbours: Yandex hands out the same mailbox under each of these
  'yandex.ua',
  'yandex.by',
  'yandex.kz',
  'gmx.ch',
  'kakao.com',
  'tutanota.com',
  'fastmail.com',
  // ISP mail common among Hong Kong, Taiwan and Gulf traders
  'netvigator.com',
  'hinet.net',
  'emirates.net.ae',
];

/** Domains the upstream list names that are not mailboxes anyone can open (marketplaces, see `marketplaces.ts`). */
const NOT_FREE_MAIL = new Set(['alibaba.com']);

let domains: Set<string> | undefined;

function freeMailDomains(): Set<string> {
  if (domains === undefined) {
    domains = new Set();
    for (const entry of [...(providers as string[]), ...SUPPLEMENT]) {
      const domain = toAsciiDomain(entry);
      // The upstream list has a few stray entries (an address, unicode spellings): keep only host names.
      if (isDomainName(domain) && !NOT_FREE_MAIL.has(domain)) domains.add(domain);
    }
  }
  return domains;
}

/**
 * True when the domain (or the domain of an address) belongs to a free-mail or shared
 * provider, including its sub-domains (`vip.163.com`, `mail.yahoo.co.jp`).
 * Parents are checked only down to the registrable domain, so a listed sub-domain of a
 * hosting name does not brand the whole hosting name.
 */
export function isFreeMailDomain(domainOrAddress: string): boolean {
  const known = freeMailDomains();
  return hostAndParents(domainOrAddress).some((host) => known.has(host));
}
