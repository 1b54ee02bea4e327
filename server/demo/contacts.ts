/**
 * The people at a customer: a buyer first, then (for larger firms) the boss, logistics, accounts
 * and quality; a Chinese-speaking sourcing agent at some trading companies. Addresses follow the
 * firm's pattern on its domain or mail host, some on free-mail, some with two; a buyer who left
 * is kept inactive and points to the successor.
 */
import type { BookContext } from './book-context.ts';
import type { Day } from './dates.ts';
import type { DemoContact } from './demo-book.ts';
import { asciiSlug, personName, type NamePool, type PersonName } from './names.ts';
import type { Persona } from './persona.ts';
import type { Random } from './random.ts';

/** What the person does, which decides which mails they send and receive. */
export type ContactRole = 'buyer' | 'boss' | 'logistics' | 'accounts' | 'quality' | 'agent';

/** A generated contact with what interactions need to know about them. */
export interface ContactFacts {
  contact: DemoContact;
  role: ContactRole;
  person: PersonName;
  /** The address they write from. */
  address: string;
  activeFrom: Day;
  /** Day they left (replaced), else null. */
  activeTo: Day | null;
}

/** All contacts of one customer. */
export interface ContactBook {
  contacts: ContactFacts[];
  /** Day the buyer changed, if it did. */
  replacedOn: Day | null;
}

const BUYER_TITLES: Record<Persona['buyerType'], readonly string[]> = {
  distributor: ['Purchasing Manager', 'Head of Purchasing', 'Senior Buyer', 'Sourcing Manager'],
  importer: ['Import Manager', 'Purchasing Manager', 'Buyer', 'Head of Import'],
  wholesaler: ['Purchasing Manager', 'Buyer', 'Owner', 'Sales & Purchasing Director'],
  retailer: ['Owner', 'Store Manager', 'Buyer', 'E-commerce Manager'],
  chain_store: ['Category Manager', 'Senior Buyer – Small Domestic Appliances', 'Sourcing Manager', 'Buyer – Kitchen & Dining'],
  brand_owner: ['Product Manager', 'Sourcing Manager', 'Head of Product', 'Supply Chain Manager'],
  end_user: ['Procurement Manager', 'Purchasing Officer', 'Head of Procurement'],
  trading_company: ['Director', 'Purchasing Manager', 'Sourcing Manager'],
};

const TITLES: Record<Exclude<ContactRole, 'buyer'>, readonly string[]> = {
  boss: ['Managing Director', 'CEO', 'General Manager', 'Owner', 'Director'],
  logistics: ['Logistics Coordinator', 'Shipping Manager', 'Import Coordinator', 'Supply Chain Coordinator'],
  accounts: ['Accounts Payable', 'Finance Manager', 'Accountant', 'CFO'],
  quality: ['QC Manager', 'Quality Assurance Manager', 'Technical Manager'],
  agent: ['China Sourcing Agent', 'Purchasing Agent (China office)'],
};

const LOCAL_BOSS: Record<string, string> = { de: 'Geschäftsführer', fr: 'Directeur Général', es: 'Gerente General', it: 'Amministratore Delegato', pt: 'Diretor Geral', nl: 'Directeur' };

const ROLE_BOXES: Partial<Record<ContactRole, readonly string[]>> = {
  logistics: ['logistics', 'shipping', 'import'],
  accounts: ['accounts', 'finance', 'ap'],
};

type Pattern = 'first.last' | 'first' | 'flast' | 'first_last' | 'last';

function localPart(pattern: Pattern, person: PersonName): string {
  const first = asciiSlug(person.given);
  const last = asciiSlug(person.family.replace(/^(al|el|van der|van den|van|de|du|da|dos|dela) /i, ''));
  switch (pattern) {
    case 'first.last': return `${first}.${last}`;
    case 'first': return first;
    case 'flast': return `${first.charAt(0)}${last}`;
    case 'first_last': return `${first}_${last}`;
    case 'last': return last;
  }
}

function freemailAddress(rng: Random, ctx: BookContext, person: PersonName, host: string): string {
  const first = asciiSlug(person.given);
  const last = asciiSlug(person.family);
  for (;;) {
    const local =
      host === 'qq.com'
        ? String(rng.int(100_000_000, 3_999_999_999))
        : rng.weighted([
            [`${first}.${last}`, 3],
            [`${first}${last}${rng.int(1, 99)}`, 3],
            [`${first}.${last}${rng.int(60, 99)}`, 2],
            [`${last}${first.charAt(0)}${rng.int(1, 999)}`, 1],
          ] as const);
    const address = `${local}@${host}`;
    if (!ctx.takenFreemail.has(address)) {
      ctx.takenFreemail.add(address);
      return address;
    }
  }
}

function phone(rng: Random, patterns: readonly string[]): string {
  return rng.pick(patterns).replace(/[#N]/g, (c) => String(c === 'N' ? rng.int(2, 9) : rng.int(0, 9)));
}

function birthday(rng: Random): string | null {
  if (!rng.chance(0.3)) return null;
  const month = rng.int(1, 12);
  const day = rng.int(1, month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31);
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return rng.chance(0.3) ? `${rng.int(1962, 1995)}-${md}` : md;
}

function rolesFor(rng: Random, persona: Persona): ContactRole[] {
  const max = persona.value < 30_000 ? 2 : persona.value < 250_000 ? 3 : 4;
  const count = rng.int(1, max);
  const extra = rng.sample(['boss', 'logistics', 'accounts', 'quality'] as const, count - 1);
  const roles: ContactRole[] = ['buyer', ...extra];
  if (persona.buyerType === 'trading_company' && rng.chance(0.3)) roles.push('agent');
  return roles;
}

/** Contacts of one customer, with the facts interactions need. */
export function contactBook(ctx: BookContext, persona: Persona): ContactBook {
  const rng = persona.rng;
  const { country } = persona;
  const pattern = rng.weighted<Pattern>([['first.last', 45], ['first', 20], ['flast', 15], ['first_last', 5], ['last', country.words === 'de' ? 15 : 5]]);
  const host = persona.mailHost ?? persona.domains[0] ?? null;
  const usedLocals = new Set<string>();
  const contacts: ContactFacts[] = [];
  const tenure = ctx.today - persona.firstContact;
  const replacedOn =
    !persona.prospect && tenure > 500 && rng.chance(0.09)
      ? Math.max(ctx.start + 90, persona.firstContact + 200) + rng.int(0, Math.max(0, ctx.today - 60 - Math.max(ctx.start + 90, persona.firstContact + 200)))
      : null;

  const make = (role: ContactRole, activeFrom: Day, activeTo: Day | null): ContactFacts => {
    const pool: NamePool = role === 'agent' ? 'cn' : contacts.length === 0 ? persona.people : rng.weighted(country.people);
    const person = personName(rng, pool);
    const emails: string[] = [];
    const boxes = ROLE_BOXES[role];
    if (role === 'agent') {
      emails.push(freemailAddress(rng, ctx, person, rng.pick(['qq.com', '163.com', '126.com'])));
    } else if (!host || rng.chance(0.06)) {
      emails.push(freemailAddress(rng, ctx, person, rng.weighted(country.freemail.map((h, i) => [h, i === 0 ? 3 : 1] as const))));
    } else {
      let local = boxes && rng.chance(0.3) ? rng.pick(boxes) : localPart(pattern, person);
      if (usedLocals.has(local)) local = localPart('first.last', person);
      for (let n = 2; usedLocals.has(local); n++) local = `${localPart('first.last', person)}${n}`;
      usedLocals.add(local);
      emails.push(`${local}@${host}`);
    }
    if (role !== 'agent' && rng.chance(0.14)) {
      const first = emails[0] ?? '';
      const [local = '', at = ''] = first.split('@');
      const second = persona.domains[1]
        ? `${local}@${persona.domains[1]}`
        : persona.mailHost && at === persona.mailHost
          ? `${local}@${persona.domains[0]}`
          : host && at === host
            ? freemailAddress(rng, ctx, person, rng.pick(country.freemail))
            : null;
      if (second && second !== first) emails.push(second);
    }
    const isBoxOnly = boxes?.includes(emails[0]?.split('@')[0] ?? '') ?? false;
    const language = role === 'agent' ? 'zh' : pool === persona.country.people[0]?.[0] && !rng.chance(country.englishShare) ? country.language : 'en';
    const title = role === 'buyer'
      ? rng.pick(BUYER_TITLES[persona.buyerType])
      : role === 'boss' && LOCAL_BOSS[country.language] && rng.chance(0.4)
        ? (LOCAL_BOSS[country.language] ?? 'Director')
        : rng.pick(TITLES[role]);
    const n = contacts.length + 1;
    const contact: DemoContact = {
      key: `${persona.key}-c${n}`,
      customerKey: persona.key,
      name: person.full,
      emails,
      title,
      phone: rng.chance(role === 'agent' ? 0.9 : 0.6) ? (role === 'agent' ? phone(rng, ['+86 13# #### ####', '+86 18# #### ####']) : phone(rng, country.phones)) : null,
      birthday: isBoxOnly ? null : birthday(rng),
      language,
      isPrimary: role === 'buyer' && activeTo === null,
      active: activeTo === null,
      replacedByKey: null,
    };
    return { contact, role, person, address: emails[0] ?? '', activeFrom, activeTo };
  };

  const roles = rolesFor(rng, persona);
  for (const role of roles) {
    if (role === 'buyer' && replacedOn !== null) {
      const old = make('buyer', persona.firstContact, replacedOn);
      contacts.push(old);
      const successor = make('buyer', replacedOn, null);
      contacts.push(successor);
      old.contact.replacedByKey = successor.contact.key;
    } else {
      contacts.push(make(role, persona.firstContact, null));
    }
  }
  return { contacts, replacedOn };
}

/** The contact in `role` on `day` (the buyer when nobody holds that role), or null when the firm has none. */
export function contactOn(book: ContactBook, role: ContactRole, day: Day): ContactFacts | null {
  const activeOn = (c: ContactFacts) => c.activeFrom <= day && (c.activeTo === null || day < c.activeTo);
  return (
    book.contacts.find((c) => c.role === role && activeOn(c)) ??
    book.contacts.find((c) => c.role === 'buyer' && activeOn(c)) ??
    book.contacts.find((c) => c.role === 'buyer') ??
    book.contacts[0] ??
    null
  );
}

