/**
 * Who is this message from, to the business? Resolution is pure and runs in two steps so the
 * server makes exactly two indexed look-ups per opened e-mail:
 *
 * 1. {@link senderCandidates} reads the message: direction, counterpart parties, the
 *    addresses to look up among contact e-mails and the registrable domains to look up
 *    among customer domains.
 * 2. The server runs both look-ups and hands the rows to {@link rankCandidates}, which
 *    orders every customer found, best first.
 */
import { z } from 'zod';
import {
  addressKey,
  hostOf,
  isFreeMailDomain,
  isSameOrSubdomain,
  Marketplace,
  marketplaceOf,
  ParsedAddress,
  parseAddressList,
  parseMailbox,
  registrableDomain,
  toAsciiDomain,
} from './address/index.ts';
import { SenderMatch } from './customer-context.ts';
import { Direction } from './interaction.ts';
import type { MailMessage } from './message.ts';
import { Id } from './primitives.ts';

// TYPES

/** The header a party was read from. */
export const PartyRole = z.enum(['from', 'sender', 'reply_to', 'to', 'cc']);
export type PartyRole = z.infer<typeof PartyRole>;

/** A counterpart mailbox of the message and the header it came from. */
export const Party = ParsedAddress.extend({ role: PartyRole });
export type Party = z.infer<typeof Party>;

/** A sender host eligible for a customer-domain match, with the registrable domain to look it up by. */
export const DomainCandidate = z.object({ host: z.string(), registrable: z.string() });
export type DomainCandidate = z.infer<typeof DomainCandidate>;

/** What a message offers for resolution; see {@link senderCandidates}. */
export const SenderCandidates = z.object({
  direction: Direction,
  /** Every party is on one of our own domains (colleague to colleague). */
  internal: z.boolean(),
  /** Counterpart mailboxes, most primary first; own-domain mailboxes left out. */
  parties: z.array(Party),
  /** Lower-case, de-duplicated: the contact-e-mail look-up. */
  addresses: z.array(z.string()),
  /** Hosts eligible for a domain match (never free-mail, marketplace or own), de-duplicated. */
  domains: z.array(DomainCandidate),
  /** The marketplace the primary party writes from, if any. */
  marketplace: Marketplace.nullable(),
  /** The primary party writes from a free-mail provider. */
  freeMail: z.boolean(),
});
export type SenderCandidates = z.infer<typeof SenderCandidates>;

/** A contact the server found holding one of the candidate addresses. */
export const ContactHit = z.object({ customerId: Id, contactId: Id, address: z.string(), active: z.boolean() });
export type ContactHit = z.infer<typeof ContactHit>;

/** A customer domain the server found under one of the candidate registrable domains. */
export const DomainHit = z.object({
  customerId: Id,
  /** As the customer recorded it, ASCII. */
  domain: z.string(),
  registrable: z.string(),
});
export type DomainHit = z.infer<typeof DomainHit>;

/** One customer the message may belong to. */
export const RankedCandidate = z.object({
  customerId: Id,
  /** The strongest kind of evidence found for this customer. */
  basis: SenderMatch,
  /** The matched contact when `basis` is `contact_email`. */
  contactId: Id.nullable(),
  /** Orders candidates within one result (higher is better); not comparable across messages. */
  score: z.number(),
  /** The party the strongest evidence came from. */
  party: PartyRole,
});
export type RankedCandidate = z.infer<typeof RankedCandidate>;

// CANDIDATES

function isOwn(domain: string, ownDomains: readonly string[]): boolean {
  return ownDomains.some((own) => isSameOrSubdomain(domain, own));
}

function withRole(role: PartyRole, mailboxes: ReadonlyArray<ParsedAddress | null>): Party[] {
  return mailboxes.filter((m): m is ParsedAddress => m !== null).map((m) => ({ ...m, role }));
}

/**
 * Reads a message for resolution.
 *
 * Direction is the message's own when given; otherwise `sent` when From is on one of
 * `ownDomains` (or a sub-domain of one), else `received`. Received mail resolves by From,
 * then Sender, then Reply-To; sent mail by To, then Cc. Own-domain mailboxes are left out,
 * and a mailbox appearing twice keeps its most primary role. `internal` is true when the
 * headers name at least one such mailbox and all of them are own-domain.
 */
export function senderCandidates(message: MailMessage, ownDomains: readonly string[]): SenderCandidates {
  const own = ownDomains.map(toAsciiDomain).filter((d) => d !== '');
  const from = parseMailbox(message.from);
  const direction: Direction = message.direction ?? (from !== null && isOwn(from.domain, own) ? 'sent' : 'received');

  const all =
    direction === 'received'
      ? [
          ...withRole('from', [from]),
          ...withRole('sender', [parseMailbox(message.sender)]),
          ...withRole('reply_to', parseAddressList(message.replyTo)),
        ]
      : [...withRole('to', parseAddressList(message.to)), ...withRole('cc', parseAddressList(message.cc))];

  const internal = all.length > 0 && all.every((party) => isOwn(party.domain, own));

  const seen = new Set<string>();
  const parties = all.filter((party) => {
    const key = addressKey(party.address);
    if (isOwn(party.domain, own) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const domains: DomainCandidate[] = [];
  for (const { domain: host } of parties) {
    const registrable = registrableDomain(host);
    if (registrable === null || domains.some((d) => d.host === host)) continue;
    if (isFreeMailDomain(host) || marketplaceOf(host) !== null) continue;
    domains.push({ host, registrable });
  }

  const primary = parties[0];
  return {
    direction,
    internal,
    parties,
    addresses: [...seen],
    domains,
    marketplace: primary ? marketplaceOf(primary.domain) : null,
    freeMail: primary ? isFreeMailDomain(primary.domain) : false,
  };
}

// RANKING

/*
 * Ranking, strongest rule first; each later rule only breaks ties left by the earlier ones:
 *
 * 1. Evidence from a more primary role beats evidence from a less primary one
 *    (from > sender > reply_to; to > cc): the customer a sent mail is addressed to is the
 *    one it is about, even when a Cc'd colleague of another customer is a known contact.
 * 2. Within a role, a contact-address match beats any domain match, and an earlier party
 *    (the first To recipient) beats a later one.
 * 3. Contacts: an active contact beats an inactive one. Domains: the customer's recorded
 *    domain equal to the host beats its nearest parent, which beats a farther parent (the
 *    registrable domain last); a recorded domain that is only a sibling under the same
 *    registrable domain (`us.acme.com` for mail from `eu.acme.com`) comes below all of those.
 * 4. A customer matched through more distinct parties beats one matched through fewer.
 * 5. Ties go by customerId, so the order never depends on the order of the hits.
 *
 * Each customer appears once, ranked by its best evidence. The score packs rules 1–4 into
 * one number (role, basis, party position, quality, party count, in separate decimal
 * bands), so ordering by score descending then customerId gives the ranking.
 */

const ROLE_BAND = 1_000_000_000_000;
const BASIS_BAND = 1_000_000_000;
const ROLE_ORDER: Record<Evidence['role'], number> = { from: 0, sender: 1, reply_to: 2, to: 3, cc: 4 };
const PARTY_BAND = 1_000_000;
const QUALITY_BAND = 1_000;
const BAND_MAX = 999;

const EXACT_HOST = 100;
const SIBLING = 0;

interface Evidence {
  role: PartyRole;
  basis: SenderMatch;
  partyIndex: number;
  quality: number;
  contactId: string | null;
}

function labelCount(domain: string): number {
  return domain.split('.').length;
}

/** How closely a recorded customer domain fits a sender host, or null when it does not fit at all. */
function domainQuality(host: string, recorded: string): number | null {
  if (recorded === host) return EXACT_HOST;
  const registrable = registrableDomain(host);
  if (registrable === null || registrableDomain(recorded) !== registrable) return null;
  if (isSameOrSubdomain(host, recorded)) return Math.min(labelCount(recorded), EXACT_HOST - 1);
  return SIBLING;
}

function isBetter(a: Evidence, b: Evidence): boolean {
  if (a.role !== b.role) return ROLE_ORDER[a.role] < ROLE_ORDER[b.role];
  if (a.basis !== b.basis) return a.basis === 'contact_email';
  if (a.partyIndex !== b.partyIndex) return a.partyIndex < b.partyIndex;
  return a.quality > b.quality;
}

function scoreOf(best: Evidence, partyCount: number): number {
  return (
    (4 - ROLE_ORDER[best.role]) * ROLE_BAND +
    (best.basis === 'contact_email' ? 1 : 0) * BASIS_BAND +
    (BAND_MAX - Math.min(best.partyIndex, BAND_MAX)) * PARTY_BAND +
    Math.min(best.quality, BAND_MAX) * QUALITY_BAND +
    Math.min(partyCount, BAND_MAX)
  );
}

/**
 * Ranks every customer the two look-ups found, best first (rules above). Hits that match no
 * party of `candidates` answer a different message and are ignored.
 */
export function rankCandidates(
  candidates: SenderCandidates,
  hits: { contacts: readonly ContactHit[]; domains: readonly DomainHit[] },
): RankedCandidate[] {
  const evidence = new Map<string, Evidence[]>();
  const add = (customerId: string, item: Evidence) => {
    const list = evidence.get(customerId);
    if (list) list.push(item);
    else evidence.set(customerId, [item]);
  };

  const partyKeys = candidates.parties.map((party) => addressKey(party.address));
  for (const hit of hits.contacts) {
    const key = addressKey(hit.address);
    partyKeys.forEach((partyKey, partyIndex) => {
      if (partyKey === key) {
        add(hit.customerId, { role: candidates.parties[partyIndex]!.role, basis: 'contact_email', partyIndex, quality: hit.active ? 2 : 1, contactId: hit.contactId });
      }
    });
  }

  const eligibleHosts = new Set(candidates.domains.map((d) => d.host));
  for (const hit of hits.domains) {
    const recorded = hostOf(hit.domain);
    candidates.parties.forEach((party, partyIndex) => {
      if (!eligibleHosts.has(party.domain)) return;
      const quality = domainQuality(party.domain, recorded);
      if (quality !== null) add(hit.customerId, { role: party.role, basis: 'domain', partyIndex, quality, contactId: null });
    });
  }

  const ranked: RankedCandidate[] = [];
  for (const [customerId, items] of evidence) {
    const best = items.reduce((a, b) => (isBetter(b, a) ? b : a));
    const partyCount = new Set(items.map((item) => item.partyIndex)).size;
    ranked.push({
      customerId,
      basis: best.basis,
      contactId: best.contactId,
      score: scoreOf(best, partyCount),
      party: candidates.parties[best.partyIndex]!.role,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}
