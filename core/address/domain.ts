/**
 * Domain rules: one spelling per domain (lower-case ASCII, punycode for IDN) and the
 * organisational boundary of a host (its registrable domain, from the Public Suffix List).
 */
import punycode from 'punycode/punycode.js';
import { getDomain } from 'tldts';

/**
 * A host name as stored: lower-case LDH labels, at least two of them, total ≤ 253, and a
 * top-level label that is not all digits (so `192.168.0.1` is not a domain).
 */
export const DOMAIN_NAME_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?!\d+$)[a-z0-9-]{2,63}$/;

/**
 * An address as stored: a local part of up to 64 characters without whitespace or the
 * RFC 5322 specials (Unicode allowed, RFC 6531), `@`, and a domain as {@link DOMAIN_NAME_PATTERN}.
 * Quoted local parts and address literals (`j@[10.0.0.1]`) are not accepted: they never match a customer.
 */
export const EMAIL_ADDRESS_PATTERN = new RegExp(String.raw`^[^\s<>()[\]\\,;:@"]{1,64}@` + DOMAIN_NAME_PATTERN.source.slice(1), 'u');

/** True when `domain` is already in stored form (see {@link DOMAIN_NAME_PATTERN}). */
export function isDomainName(domain: string): boolean {
  return DOMAIN_NAME_PATTERN.test(domain);
}

/**
 * The stored spelling of a domain: trimmed, compatibility-normalised (full-width letters and
 * dots become ASCII), lower-case, IDN labels in punycode, trailing dot removed.
 * `BÜCHER.de.` → `xn--bcher-kva.de`; `例子。中国` → `xn--fsqu00a.xn--fiqs8s`.
 * Never throws: input punycode cannot encode comes back lower-cased, for the caller's validation to reject.
 */
export function toAsciiDomain(domain: string): string {
  // Lower-case before encoding: punycode is case-sensitive, so `BÜCHER` and `bücher` would differ.
  const unicode = domain.trim().normalize('NFKC').toLowerCase().replace(/[.\u3002\uff0e\uff61]+$/, '');
  try {
    return punycode.toASCII(unicode).toLowerCase();
  } catch {
    return unicode;
  }
}

/** The domain in Unicode for display (`xn--bcher-kva.de` → `bücher.de`); input that does not decode comes back unchanged. */
export function toUnicodeDomain(domain: string): string {
  try {
    return punycode.toUnicode(domain);
  } catch {
    return domain;
  }
}

/**
 * An address with its domain part in stored form (`Info@Bücher.DE` → `Info@xn--bcher-kva.de`).
 * The local part is kept as written; the domain is whatever follows the last `@`.
 */
export function toAsciiAddress(address: string): string {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return trimmed;
  return `${trimmed.slice(0, at)}@${toAsciiDomain(trimmed.slice(at + 1))}`;
}

/** The host of a domain or an address, in stored form. */
export function hostOf(domainOrAddress: string): string {
  const at = domainOrAddress.lastIndexOf('@');
  return toAsciiDomain(at < 0 ? domainOrAddress : domainOrAddress.slice(at + 1));
}

/**
 * The registrable domain (public suffix plus one label) of a domain or an address:
 * `sales.acme.co.uk` → `acme.co.uk`, `j@mail.foo.com.cn` → `foo.com.cn`. Null for IP
 * addresses, bare suffixes and anything that is not a host name.
 *
 * Private suffixes count (`acme.uk.com` stays `acme.uk.com`): otherwise every company
 * on a CentralNic name such as `uk.com` or `us.com` would share one organisation.
 */
export function registrableDomain(domainOrAddress: string): string | null {
  const host = hostOf(domainOrAddress);
  if (!isDomainName(host)) return null;
  return getDomain(host, { allowPrivateDomains: true });
}

/** True when `host` is `domain` or one of its sub-domains (`eu.sales.acme.com` under `acme.com`). */
export function isSameOrSubdomain(host: string, domain: string): boolean {
  const h = hostOf(host);
  const d = hostOf(domain);
  if (d === '' || h === '') return false;
  return h === d || h.endsWith(`.${d}`);
}

/**
 * The host and each parent of it down to its registrable domain, nearest first:
 * `a.b.acme.co.uk` → `['a.b.acme.co.uk', 'b.acme.co.uk', 'acme.co.uk']`.
 * A host with no registrable domain gives just itself.
 */
export function hostAndParents(domainOrAddress: string): string[] {
  const host = hostOf(domainOrAddress);
  const registrable = registrableDomain(host);
  if (registrable === null || !host.endsWith(registrable)) return host === '' ? [] : [host];
  const chain = [host];
  let current = host;
  while (current !== registrable) {
    current = current.slice(current.indexOf('.') + 1);
    chain.push(current);
  }
  return chain;
}
