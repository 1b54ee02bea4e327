/**
 * The trust warnings of an opened mail, from core's rules over the book index: look-alike
 * domains, a known contact's name from a strange address, Reply-To elsewhere, bank changes.
 */
import type { CustomerRecord, MailMessage, TouchpointConfig, TrustWarning } from '../../core/index.ts';
import type { UiLocale } from '../../core/i18n/index.ts';
import { mailText, stripQuoted } from '../../core/inquiry/index.ts';
import { trustHeaders, trustWarnings, type TrustCustomer } from '../../core/trust/index.ts';
import type { BookIndex } from './book-index.ts';

/** The customer as the trust rules see it: its domains and every address seen for it. */
export function trustCustomer(record: Pick<CustomerRecord, 'customer' | 'contacts' | 'interactions'>): TrustCustomer {
  const addresses = new Set<string>();
  for (const c of record.contacts) for (const e of c.emails) addresses.add(e);
  for (const i of record.interactions) if (i.direction === 'received' && i.participants.from?.address) addresses.add(i.participants.from.address);
  return { id: record.customer.id, name: record.customer.name, domains: record.customer.domains, addresses: [...addresses] };
}

/**
 * Warnings for a mail we received, worded in `locale`; none for mail we sent (a rep's own words
 * about a bank change are not a fraud). The body, when the surface sent it, is read without its
 * quoted part.
 */
export function mailWarnings(
  message: MailMessage,
  direction: 'sent' | 'received',
  book: BookIndex,
  config: TouchpointConfig,
  customer: TrustCustomer | null,
  locale: UiLocale = 'en',
): TrustWarning[] {
  if (direction === 'sent') return [];
  const text = message.bodyText || message.bodyHtml ? stripQuoted(mailText(message, { skipQuotedHtml: true })) : null;
  return trustWarnings({
    ...trustHeaders(message),
    subject: message.subject ?? null,
    bodyText: text,
    companyDomains: config.company.domains,
    customer,
    lookalikes: book.lookalike,
    contacts: book.contactNames,
  }, locale);
}
