/**
 * Known contacts by name and by address, built once per book: enough to tell that a mail signed
 * with a known contact's name comes from an address never seen for them (the usual opening of a
 * "please pay to our new account" fraud), and that a Reply-To address belongs to the customer.
 */
import { addressKey } from '../address/index.ts';

/** One contact as the index is built from it. */
export interface ContactNameEntry {
  customerId: string;
  /** For warnings ("a contact at Acme GmbH"). */
  customerName: string;
  contact: { id: string; name: string; emails: readonly string[]; active?: boolean };
}

/** A known contact a display name matched. */
export interface ContactNameHit {
  customerId: string;
  customerName: string;
  contactId: string;
  /** The name as recorded. */
  name: string;
  /** Every recorded address, in {@link addressKey} form. */
  addresses: string[];
  active: boolean;
}

/** Courtesy words and titles that a display name may carry around the name itself. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', 'herr', 'frau', 'sr', 'sra', 'mme', 'm', 'jr']);
const HAN = /\p{Script=Han}/u;

/**
 * The key two spellings of one person's name share: case, accents, punctuation, titles and word
 * order ignored ("Müller, Hans", "Mr. Hans Muller", "MÜLLER Hans" → `hans muller`). A company tag
 * after ` | `, ` / ` or ` - ` and anything in brackets is dropped ("Li Wei (Acme)" → `li wei`).
 * Null when too little is left to identify a person: one Latin word ("Sales", "Anna") or a
 * single Chinese character.
 */
export function nameKey(displayName: string): string | null {
  const cut = displayName
    .normalize('NFKC')
    .replace(/\(.*?\)|\[.*?\]|<.*?>/g, ' ')
    .split(/\s[|/–—-]\s|\s*\|\s*/)[0]!;
  const words = cut
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !TITLES.has(w));
  if (words.length === 0) return null;
  if (words.length === 1) {
    const [word] = words as [string];
    // Chinese names are written without spaces: 张伟 is a full name, 伟 is not.
    return HAN.test(word) && [...word].length >= 2 ? word : null;
  }
  return words.sort().join(' ');
}

/** The precomputed look-up; see {@link buildContactNameIndex}. */
export class ContactNameIndex {
  #byName = new Map<string, ContactNameHit[]>();
  #byAddress = new Map<string, string[]>();

  /** @internal Use {@link buildContactNameIndex}. */
  constructor(entries: Iterable<ContactNameEntry>) {
    for (const { customerId, customerName, contact } of entries) {
      const addresses = contact.emails.map(addressKey);
      for (const address of addresses) {
        const owners = this.#byAddress.get(address);
        if (owners === undefined) this.#byAddress.set(address, [customerId]);
        else if (!owners.includes(customerId)) owners.push(customerId);
      }
      const key = nameKey(contact.name);
      if (key === null) continue;
      const hit: ContactNameHit = { customerId, customerName, contactId: contact.id, name: contact.name, addresses, active: contact.active ?? true };
      const hits = this.#byName.get(key);
      if (hits === undefined) this.#byName.set(key, [hit]);
      else hits.push(hit);
    }
  }

  /** Known contacts whose name matches `displayName` (see {@link nameKey}); `[]` when none or too short a name. */
  named(displayName: string): ContactNameHit[] {
    const key = nameKey(displayName);
    return key === null ? [] : [...(this.#byName.get(key) ?? [])];
  }

  /** Customers a contact of which holds `address`; `[]` when no contact does. */
  customersAt(address: string): string[] {
    return [...(this.#byAddress.get(addressKey(address)) ?? [])];
  }
}

/**
 * Builds the look-up once per book from every contact, active or not (a mail in a former
 * buyer's name is as suspect as one in a current buyer's).
 * @example
 * const contacts = buildContactNameIndex(book.contacts.map((contact) => ({ customerId: contact.customerId, customerName, contact })));
 */
export function buildContactNameIndex(entries: Iterable<ContactNameEntry>): ContactNameIndex {
  return new ContactNameIndex(entries);
}
