/**
 * @module
 * E-mail address rules: parsing header values into mailboxes, one spelling per domain and
 * address, registrable domains, free-mail providers and B2B marketplaces.
 */
export { DOMAIN_NAME_PATTERN, EMAIL_ADDRESS_PATTERN, hostAndParents, hostOf, isDomainName, isSameOrSubdomain, registrableDomain, toAsciiAddress, toAsciiDomain, toUnicodeDomain } from './domain.ts';
export { addressKey, decodeEncodedWords, formatMailbox, ParsedAddress, parseAddressList, parseMailbox } from './parse-address.ts';
export type { MailboxValue } from './parse-address.ts';
export { isFreeMailDomain } from './free-mail.ts';
export { Marketplace, MARKETPLACES, marketplaceOf } from './marketplaces.ts';
