/**
 * @module
 * Reading an inquiry from an unknown sender: the mail's text (HTML turned to text, quoted
 * replies and the signature set apart), marketplace notifications, and the signals the inquiry
 * view and the persona matcher start from.
 */
export { HTML_READ_MAX, MARKETPLACE_HTML_READ_MAX, readInquiry, SCAN_MAX } from './read-inquiry.ts';
export type { InquiryMail, InquiryReading } from './read-inquiry.ts';
export { htmlBeforeQuote, htmlToText, mailText, tidyText } from './mail-text.ts';
export type { MailTextOptions } from './mail-text.ts';
export { stripQuoted } from './quoted-text.ts';
export { splitSignature } from './signature.ts';
export type { SignatureSplit } from './signature.ts';
export { findInternationalPhones, readSignature, SIGNATURE_READ_MAX } from './signature-facts.ts';
export type { SignatureFacts, SignaturePhone } from './signature-facts.ts';
export { marketplaceOfMessage, readMarketplace } from './marketplace-notice.ts';
export type { MarketplaceBuyerFields, MarketplaceNotice, ReadMarketplaceOptions } from './marketplace-notice.ts';
export { findProducts, GENERIC_PRODUCTS } from './products.ts';
export type { ProductMention } from './products.ts';
export { findQuantities } from './quantities.ts';
export type { Quantity } from './quantities.ts';
export { findTargetPrice } from './target-price.ts';
export type { TargetPriceOptions } from './target-price.ts';
export { findIncoterm } from './incoterm.ts';
export { findCertificates } from './certificates.ts';
export { findBuyerTypeHints } from './buyer-type-hints.ts';
export { asksForSample, isUrgent } from './requests.ts';
export { detectLanguage } from './language.ts';
export { countryFromName, findCountryNames, isCurrentCountry } from './country-names.ts';
export type { CountryMention, FindCountryOptions } from './country-names.ts';
export { combineCountryClues, COUNTRY_CONFIDENCE, countryOfDomain, domainClue } from './country-guesses.ts';
export type { CountryClue, CountryGuess, CountrySource } from './country-guesses.ts';
export { parseChineseNumeral, parseNumber } from './numbers.ts';
