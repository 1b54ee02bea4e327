/**
 * Look-alike sender domains: is this domain, unknown to the book, made to be read as one of our
 * own domains or a customer's? Built once per book over every customer domain (100,000
 * customers hold about 150,000), then asked once per opened mail.
 *
 * Every registrable domain is split into its label and its public suffix (`acme` + `co.uk`), and
 * the label is reduced to its confusable skeleton without hyphens, its "core" (`lumen-horne` →
 * `lumenhome`). Two domains look alike when their cores are within the edits their length
 * allows ({@link allowedEdits}). Candidates come from a deletion neighbourhood, never from a
 * scan of the book: each core is filed under itself and each of its one-letter deletions, and
 * a look-up asks for the sender's core with up to one letter deleted (up to two for long
 * names). Two cores one edit apart always share a key; of two edits, those that keep all but
 * one of the known letters in order are found (a letter doubled and another changed, two
 * added), two letters changed in a long name are not.
 *
 * Besides near spellings it catches the subdomain trick (`acme.com.pay-portal.net`,
 * `acme-com.net`) and a forger's word after a known name (`acme-group.com`, a "maybe").
 */
import { getDomain } from 'tldts';
import { hostOf, isDomainName, isFreeMailDomain, marketplaceOf, registrableDomain, toUnicodeDomain } from '../address/index.ts';
import { boundedDistance, describeEdit, isShapeKeepingEdit } from './edit-distance.ts';
import { forEachDeletionKey, wholeKey } from './deletion-keys.ts';
import { type HashMultimap, HashMultimapBuilder } from './hash-multimap.ts';
import type { LookalikeNote } from './lookalike-note.ts';
import { foreignLetters, labelSkeleton } from './skeleton.ts';

// TYPES

/** Whom a known domain belongs to. */
export type LookalikeOwner = { kind: 'company' } | { kind: 'customer'; customerId: string; name: string };

/** One known domain as the index is built from it. */
export interface LookalikeEntry {
  domain: string;
  owner: LookalikeOwner;
}

/**
 * How a domain imitates a known one: `homoglyph` (reads the same: `rn` for `m`, Cyrillic
 * letters), `edit` (a letter changed, added, dropped, doubled, or two swapped), `tld` (same
 * name, other ending), `hyphen` (a hyphen added or dropped), `subdomain` (the known domain put
 * in front of another one), `added_word` (the known name plus a word such as `group`).
 */
export type LookalikeKind = 'homoglyph' | 'edit' | 'tld' | 'hyphen' | 'subdomain' | 'added_word';

/** A domain that looks like a known one. */
export interface LookalikeMatch {
  /** The domain as it arrived, readable: its registrable domain, or the whole host for a subdomain trick; Unicode for IDN. */
  domain: string;
  /** The known domain it imitates. */
  like: string;
  owner: LookalikeOwner;
  kind: LookalikeKind;
  /** What differs (one letter missing, Cyrillic letters, another ending), worded by `lookalikeDetail`. */
  notes: LookalikeNote[];
  /** Edits between the two cores (0 for a homoglyph, another ending, a hyphen, a subdomain trick or an added word). */
  edits: number;
}

/**
 * Edits a look-alike of a core of `length` letters may be away from it. Short names are close
 * to many unrelated ones, so they get less: 12 letters or more two edits, 6–11 one, 4–5 only
 * the edits that keep every letter ({@link isShapeKeepingEdit}), under 4 nothing.
 */
export function allowedEdits(length: number): number {
  if (length >= 12) return 2;
  if (length >= 6) return 1;
  return 0;
}

/** Shortest core compared at all; shorter names only count in a subdomain trick. */
const MIN_CORE = 4;
/** Shortest sender core for which two deletions are tried (a 12-letter name, one letter dropped). */
const TWO_EDIT_QUERY = 11;
/** Shortest known name a word may be added to. */
const MIN_ADDED_TO = 5;
/** Words a forger adds after a known name (`acme-group.com`, `acmegroup.com`), as skeletons. */
const ADDED_WORDS = [
  'group', 'global', 'intl', 'international', 'trading', 'trade', 'holding', 'holdings', 'ltd', 'limited', 'corp', 'inc',
  'gmbh', 'llc', 'hk', 'cn', 'pay', 'payment', 'payments', 'finance', 'accounts', 'invoice', 'invoices', 'billing',
  'secure', 'online', 'mail', 'office', 'sales',
].map(labelSkeleton);

/** Lower ranks win when several known domains are in reach. */
const RANK: Record<LookalikeKind, number> = { homoglyph: 0, subdomain: 0, edit: 1, tld: 2, hyphen: 3, added_word: 6 };

interface Seen {
  /** Registrable label in Unicode. */
  label: string;
  suffix: string;
  /** Skeleton of the label, hyphens kept. */
  skeleton: string;
  core: string;
}

// INDEX

/** The precomputed look-up over a book's domains; see {@link buildLookalikeIndex}. */
export class LookalikeIndex {
  /** Registrable domain (ASCII) per slot. */
  #domains: string[] = [];
  #cores: string[] = [];
  #owners: LookalikeOwner[][] = [];
  #byDomain = new Map<string, number>();
  #near: HashMultimap;

  /** @internal Use {@link buildLookalikeIndex}. */
  constructor(entries: Iterable<LookalikeEntry>) {
    // A core files about 16 keys (itself and each deletion).
    const near = new HashMultimapBuilder(Array.isArray(entries) ? entries.length * 16 : undefined);
    let slot = 0;
    const file = (key: number) => near.add(key, slot);
    for (const { domain, owner } of entries) {
      const registrable = registrableOfStored(domain);
      if (registrable === null) continue;
      const known = this.#byDomain.get(registrable);
      if (known !== undefined) {
        const owners = this.#owners[known]!;
        if (!owners.some((o) => sameOwner(o, owner))) owners.push(owner);
        continue;
      }
      slot = this.#domains.length;
      const core = coreOf(registrable.slice(0, registrable.indexOf('.')));
      this.#domains.push(registrable);
      this.#cores.push(core);
      this.#owners.push([owner]);
      this.#byDomain.set(registrable, slot);
      if (core.length >= MIN_CORE) forEachDeletionKey(core, 1, file);
    }
    this.#near = near.build();
  }

  /** Number of distinct registrable domains held. */
  get size(): number {
    return this.#domains.length;
  }

  /** Owners of the registrable domain of `domainOrAddress` when the book holds it exactly; `[]` otherwise. */
  ownersOf(domainOrAddress: string): LookalikeOwner[] {
    const registrable = registrableDomain(domainOrAddress);
    const slot = registrable === null ? undefined : this.#byDomain.get(registrable);
    return slot === undefined ? [] : [...this.#owners[slot]!];
  }

  /**
   * The known domain that the host of `domainOrAddress` imitates, or null. A domain the book
   * holds (or a subdomain of one), free mail and marketplaces never match: they are what they say.
   */
  find(domainOrAddress: string): LookalikeMatch | null {
    const host = hostOf(domainOrAddress);
    const registrable = registrableDomain(host);
    if (registrable === null || this.#byDomain.has(registrable)) return null;
    if (isFreeMailDomain(registrable) || marketplaceOf(registrable) !== null) return null;
    return this.#embedded(host, registrable) ?? this.#nearSpelling(registrable);
  }

  /** `acme.com.pay-portal.net`, `acme-com.net`: a known domain spelled out inside a foreign one. */
  #embedded(host: string, registrable: string): LookalikeMatch | null {
    const { suffix } = parts(registrable);
    const words = host.slice(0, host.length - suffix.length - 1).split(/[.-]/);
    for (let from = 0; from < words.length; from++) {
      for (let labelEnd = from + 1; labelEnd < words.length; labelEnd++) {
        for (let end = labelEnd + 1; end <= words.length; end++) {
          const slot = this.#byDomain.get(`${words.slice(from, labelEnd).join('-')}.${words.slice(labelEnd, end).join('.')}`);
          if (slot === undefined || this.#cores[slot]!.length < 3 || this.#unowned(slot)) continue;
          const like = this.#domains[slot]!;
          return { domain: toUnicodeDomain(host), like, owner: this.#owners[slot]![0]!, kind: 'subdomain', notes: [{ code: 'sent_from', domain: toUnicodeDomain(registrable) }], edits: 0 };
        }
      }
    }
    return null;
  }

  #nearSpelling(registrable: string): LookalikeMatch | null {
    const { label: ascii, suffix } = parts(registrable);
    const label = ascii.includes('xn--') ? toUnicodeDomain(ascii) : ascii;
    const skeleton = labelSkeleton(label);
    const seen: Seen = { label, suffix, skeleton, core: skeleton.replace(/-/g, '') };
    const { core } = seen;
    if (core.length < MIN_CORE - 1) return null;

    const candidates = new Set<number>();
    forEachDeletionKey(core, core.length >= TWO_EDIT_QUERY ? 2 : 1, (key) => this.#near.collect(key, candidates));

    let best: { slot: number; kind: LookalikeKind; edits: number; rank: number; ending: number } | null = null;
    for (const slot of candidates) {
      const known = this.#cores[slot]!;
      if (known.length < MIN_CORE) continue;
      const allowed = allowedEdits(known.length);
      const edits = boundedDistance(known, core, Math.max(allowed, 1));
      if (edits > allowed && !(edits === 1 && isShapeKeepingEdit(known, core))) continue;
      const other = parts(this.#domains[slot]!);
      const kind: LookalikeKind =
        edits > 0 ? 'edit'
        : labelSkeleton(toUnicodeLabel(other.label)) !== skeleton ? 'hyphen'
        : other.suffix !== suffix && labelSkeleton(other.suffix) !== labelSkeleton(suffix) ? 'tld'
        : 'homoglyph';
      const rank = RANK[kind] + edits * 2 + (this.#owners[slot]![0]!.kind === 'company' ? 0 : 1);
      // Between equals, the nearer ending: `acme.co` is named after `acme.com` rather than `acme.de`.
      const ending = boundedDistance(other.suffix, suffix, 4);
      if (best === null || rank < best.rank || (rank === best.rank && (ending < best.ending || (ending === best.ending && slot < best.slot)))) {
        if (!this.#unowned(slot)) best = { slot, kind, edits, rank, ending };
      }
    }
    if (best !== null) return this.#describe(best.slot, seen, best.kind, best.edits);
    return this.#addedWord(seen);
  }

  /**
   * `acme-group.com`, `acmegroup.com`: a known name (5 letters or more) in front, one of the
   * words a forger adds after it. Other words are left alone (`acme-kitchen.com` is as likely a
   * firm of its own), and so is a word in front (`kitchen-acme.com`).
   */
  #addedWord(seen: Seen): LookalikeMatch | null {
    for (const word of ADDED_WORDS) {
      if (seen.core.length < word.length + MIN_ADDED_TO || !seen.core.endsWith(word)) continue;
      const name = seen.core.slice(0, -word.length);
      const found = new Set<number>();
      this.#near.collect(wholeKey(name), found);
      for (const slot of found) if (this.#cores[slot] === name && !this.#unowned(slot)) return this.#describe(slot, seen, 'added_word', 0);
    }
    return null;
  }

  /** A book may list a free-mail or marketplace domain against a customer by mistake; nobody owns those. */
  #unowned(slot: number): boolean {
    const domain = this.#domains[slot]!;
    return isFreeMailDomain(domain) || marketplaceOf(domain) !== null;
  }

  #describe(slot: number, seen: Seen, kind: LookalikeKind, edits: number): LookalikeMatch {
    const knownDomain = this.#domains[slot]!;
    const known = parts(knownDomain);
    const knownLabel = toUnicodeLabel(known.label);
    const notes: LookalikeNote[] = [];
    const letters = foreignLetters(seen.label);
    if (kind === 'added_word') notes.push({ code: 'word_added' });
    else if (kind === 'hyphen') notes.push({ code: seen.label.split('-').length > knownLabel.split('-').length ? 'hyphen_added' : 'hyphen_dropped' });
    else if (kind === 'edit') notes.push(describeEdit(knownLabel.replace(/-/g, ''), seen.label.replace(/-/g, '')));
    else if (knownLabel !== seen.label && !letters) notes.push(describeEdit(knownLabel, seen.label));
    if (letters) notes.push(letters);
    if (known.suffix !== seen.suffix) notes.push({ code: 'other_ending', seen: toUnicodeDomain(seen.suffix), known: toUnicodeDomain(known.suffix) });
    return {
      domain: `${seen.label}.${toUnicodeDomain(seen.suffix)}`,
      like: knownDomain.includes('xn--') ? toUnicodeDomain(knownDomain) : knownDomain,
      owner: this.#owners[slot]![0]!,
      kind,
      notes,
      edits,
    };
  }
}

/**
 * Builds the look-up once per book: the company's own domains and every customer domain.
 * A domain listed twice keeps every owner; subdomains file under their registrable domain.
 *
 * @example
 * const index = buildLookalikeIndex([{ domain: 'lumen-home.example', owner: { kind: 'company' } }, ...customerDomains]);
 * index.find('sales@lumen-hom.example')?.notes // [{ code: 'letter_missing' }]
 */
export function buildLookalikeIndex(entries: Iterable<LookalikeEntry>): LookalikeIndex {
  return new LookalikeIndex(entries);
}

// HELPERS

/**
 * {@link registrableDomain} for a book's domains, which are stored form already (`DomainName`):
 * re-normalising them (NFKC, punycode) was half the build time. Same suffix-list options.
 * @internal Exported for its test.
 */
export function registrableOfStored(domain: string): string | null {
  return isDomainName(domain) ? getDomain(domain, { allowPrivateDomains: true }) : registrableDomain(domain);
}

/** Label and public suffix of a registrable domain (`acme.co.uk` → `acme`, `co.uk`). */
function parts(registrable: string): { label: string; suffix: string } {
  const dot = registrable.indexOf('.');
  return { label: registrable.slice(0, dot), suffix: registrable.slice(dot + 1) };
}

function toUnicodeLabel(ascii: string): string {
  return ascii.includes('xn--') ? toUnicodeDomain(ascii) : ascii;
}

/** The name as a reader takes it in: skeleton of the Unicode label, hyphens dropped. */
function coreOf(asciiLabel: string): string {
  const skeleton = labelSkeleton(toUnicodeLabel(asciiLabel));
  return skeleton.includes('-') ? skeleton.replace(/-/g, '') : skeleton;
}

function sameOwner(a: LookalikeOwner, b: LookalikeOwner): boolean {
  if (a.kind === 'company' || b.kind === 'company') return a.kind === b.kind;
  return a.customerId === b.customerId;
}
