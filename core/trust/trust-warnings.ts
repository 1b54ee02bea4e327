/**
 * The trust warnings shown above everything else in the sidebar: reasons not to act on a mail
 * before checking, each said in one line. Pure: the server hands in the parsed headers, the
 * text, the resolved customer and the two indexes built once per book.
 *
 * Severities: `high` for what precedes a misdirected payment (a look-alike domain, talk of new
 * bank details, a known contact's name on an unknown free-mail address, a Reply-To to free mail
 * or to a look-alike); `medium` for what is often innocent (a word added to a known name, two
 * edits away, a Reply-To to some other firm, a first mail from a new free-mail address).
 * A Sender that differs from From is not warned about: delegates and mailing services do it.
 * The rules find coded reasons; `trust-reasons.ts` words them in the rep's language.
 */
import type { TrustWarning } from '../customer-context.ts';
import type { UiLocale } from '../i18n/messages.ts';
import { translator } from '../i18n/messages.ts';
import type { MailMessage } from '../message.ts';
import {
  addressKey,
  isFreeMailDomain,
  isSameOrSubdomain,
  marketplaceOf,
  type ParsedAddress,
  parseAddressList,
  parseMailbox,
  registrableDomain,
} from '../address/index.ts';
import { bankChangeMention } from './bank-change.ts';
import type { ContactNameIndex } from './contact-name-index.ts';
import type { LookalikeIndex } from './lookalike-index.ts';
import { wordTrustWarning, type TrustFinding } from './trust-reasons.ts';

/** The customer the mail resolved to, if any. */
export interface TrustCustomer {
  id: string;
  name: string;
  /** The customer's own mail domains. */
  domains: readonly string[];
  /** Addresses already seen for the customer (its contacts', those of logged mail). */
  addresses?: readonly string[];
}

/** Everything {@link trustWarnings} reads. */
export interface TrustInput {
  from: ParsedAddress | null;
  replyTo?: readonly ParsedAddress[];
  sender?: ParsedAddress | null;
  subject?: string | null;
  /** The text of this mail, quoted replies ideally already removed; lines starting with `>` are skipped. */
  bodyText?: string | null;
  /** `config.company.domains`. */
  companyDomains: readonly string[];
  customer?: TrustCustomer | null;
  lookalikes: LookalikeIndex;
  contacts: ContactNameIndex;
}

/** The headers {@link trustWarnings} reads, parsed from core's message shape. */
export function trustHeaders(message: Pick<MailMessage, 'from' | 'replyTo' | 'sender'>): Pick<TrustInput, 'from' | 'replyTo' | 'sender'> {
  return { from: parseMailbox(message.from), replyTo: parseAddressList(message.replyTo), sender: parseMailbox(message.sender) };
}

const CODE_ORDER: readonly TrustWarning['code'][] = ['lookalike_domain', 'bank_change', 'display_name_mismatch', 'reply_to_mismatch', 'new_address'];

/**
 * The trust warnings for one mail, high severity first, at most one per code, each reason
 * worded in `locale` (English by default).
 *
 * @example
 * trustWarnings({ ...trustHeaders(message), bodyText, companyDomains: config.company.domains, customer, lookalikes, contacts })
 * // [{ code: 'lookalike_domain', severity: 'high', reason: 'lumen-hom.example looks like lumen-home.example (one letter missing) — our own domain' }]
 */
export function trustWarnings(input: TrustInput, locale: UiLocale = 'en'): TrustWarning[] {
  const tr = translator(locale);
  return trustFindings(input).map((finding) => wordTrustWarning(finding, tr));
}

/** The same warnings with their reasons still data. */
export function trustFindings(input: TrustInput): TrustFinding[] {
  const found = new Map<TrustWarning['code'], TrustFinding>();
  const add = (finding: TrustFinding | null) => {
    if (finding && !found.has(finding.code)) found.set(finding.code, finding);
  };
  const facts = readFacts(input);
  add(lookalike(input, facts));
  add(bankChange(input));
  add(displayName(input, facts));
  add(replyTo(input, facts));
  if (!found.has('display_name_mismatch')) add(newAddress(input, facts));
  return [...found.values()].sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === 'high' ? -1 : 1) || CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code),
  );
}

// FACTS

interface Facts {
  isOwn: (domain: string) => boolean;
  /** Registrable domains of the resolved customer. */
  customerDomains: Set<string>;
  /** An address the book has seen: a contact's, or the resolved customer's. */
  isKnownAddress: (address: string) => boolean;
}

function readFacts(input: TrustInput): Facts {
  const customerAddresses = new Set((input.customer?.addresses ?? []).map(addressKey));
  return {
    isOwn: (domain) => input.companyDomains.some((own) => isSameOrSubdomain(domain, own)),
    customerDomains: new Set((input.customer?.domains ?? []).map(registrableDomain).filter((d): d is string => d !== null)),
    isKnownAddress: (address) => customerAddresses.has(addressKey(address)) || input.contacts.customersAt(address).length > 0,
  };
}

/** True when the book holds this mailbox's domain or address: it is what it says it is. */
function isKnownMailbox(mailbox: ParsedAddress, facts: Facts): boolean {
  const registrable = registrableDomain(mailbox.domain);
  return facts.isOwn(mailbox.domain) || (registrable !== null && facts.customerDomains.has(registrable)) || facts.isKnownAddress(mailbox.address);
}

// RULES

function lookalike(input: TrustInput, facts: Facts): TrustFinding | null {
  const mailboxes: Array<['from' | 'reply_to' | 'sender', ParsedAddress | null | undefined]> = [
    ['from', input.from],
    ...(input.replyTo ?? []).map((r): ['reply_to', ParsedAddress] => ['reply_to', r]),
    ['sender', input.sender],
  ];
  for (const [role, mailbox] of mailboxes) {
    if (!mailbox || isKnownMailbox(mailbox, facts)) continue;
    const match = input.lookalikes.find(mailbox.domain);
    if (match) return { code: 'lookalike_domain', severity: match.kind === 'added_word' || match.edits >= 2 ? 'medium' : 'high', reason: { code: 'lookalike', role, match } };
  }
  return null;
}

function bankChange(input: TrustInput): TrustFinding | null {
  const mention = bankChangeMention([input.subject, input.bodyText].filter(Boolean).join('\n'));
  if (!mention) return null;
  return { code: 'bank_change', severity: 'high', reason: { code: 'bank_change', phrase: mention.phrase } };
}

function displayName(input: TrustInput, facts: Facts): TrustFinding | null {
  const { from } = input;
  if (!from || from.name === '' || facts.isOwn(from.domain)) return null;
  const hits = input.contacts.named(from.name);
  const key = addressKey(from.address);
  if (hits.length === 0 || hits.some((hit) => hit.addresses.includes(key))) return null;
  // A domain the book knows is a firm speaking for itself: the customer's new mailbox, or a namesake at another customer.
  const registrable = registrableDomain(from.domain);
  if (registrable === null || facts.customerDomains.has(registrable) || input.lookalikes.ownersOf(registrable).length > 0) return null;
  if (hits.some((hit) => hit.addresses.some((a) => !isFreeMailDomain(a) && registrableDomain(a) === registrable))) return null;
  const hit = hits.find((h) => h.customerId === input.customer?.id) ?? hits.find((h) => h.active) ?? hits[0]!;
  const freeMail = isFreeMailDomain(from.domain);
  const severity = freeMail || input.lookalikes.find(from.domain) ? 'high' : 'medium';
  return {
    code: 'display_name_mismatch',
    severity,
    reason: { code: 'display_name', name: from.name, customerName: hit.customerName, address: from.address, freeMail },
  };
}

function replyTo(input: TrustInput, facts: Facts): TrustFinding | null {
  const { from } = input;
  if (!from || marketplaceOf(from.domain) !== null) return null;
  const fromDomain = registrableDomain(from.domain);
  if (fromDomain === null) return null;
  const fromOwners = new Set(customerIds(input.lookalikes, fromDomain));
  if (input.customer && facts.customerDomains.has(fromDomain)) fromOwners.add(input.customer.id);
  for (const reply of input.replyTo ?? []) {
    const domain = registrableDomain(reply.domain);
    if (domain === null || domain === fromDomain || facts.isOwn(reply.domain) || facts.isKnownAddress(reply.address)) continue;
    const replyOwners = customerIds(input.lookalikes, domain);
    if (input.customer && facts.customerDomains.has(domain)) replyOwners.push(input.customer.id);
    if (replyOwners.some((id) => fromOwners.has(id))) continue;
    const freeMail = isFreeMailDomain(domain);
    const severity = (freeMail && !isFreeMailDomain(fromDomain)) || input.lookalikes.find(domain) ? 'high' : 'medium';
    return { code: 'reply_to_mismatch', severity, reason: { code: 'reply_to', domain, freeMail, fromDomain } };
  }
  return null;
}

function newAddress(input: TrustInput, facts: Facts): TrustFinding | null {
  const { from, customer } = input;
  if (!from || !customer || !isFreeMailDomain(from.domain)) return null;
  const key = addressKey(from.address);
  if ((customer.addresses ?? []).some((a) => addressKey(a) === key) || input.contacts.customersAt(from.address).includes(customer.id)) return null;
  if (facts.isOwn(from.domain)) return null;
  return { code: 'new_address', severity: 'medium', reason: { code: 'new_address', address: from.address, customerName: customer.name } };
}

function customerIds(index: LookalikeIndex, domain: string): string[] {
  return index.ownersOf(domain).flatMap((owner) => (owner.kind === 'customer' ? [owner.customerId] : []));
}
