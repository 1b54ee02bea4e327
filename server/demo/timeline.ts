/**
 * Collects one customer's contact records: turns "the buyer wrote this on that day" into an
 * `Interaction`-shaped record with addresses, a Message-ID, a time in the writer's office hours
 * and the rep who logged it. Days outside the relationship are dropped here, in one place.
 */
import type { Channel, Direction, InteractionKind, Outcome } from '../../core/interaction.ts';
import type { BookContext } from './book-context.ts';
import type { ContactFacts } from './contacts.ts';
import type { Day } from './dates.ts';
import type { DemoInteraction, DemoUser } from './demo-book.ts';
import { instantOf, localOfficeMinute, repMinute } from './mail-clock.ts';
import type { MailText, TextContext } from './mail-templates.ts';
import { QUOTE_MARK } from './order-mails.ts';
import { incotermPlace, type Persona } from './persona.ts';

const QUOTE_SERIAL = new RegExp(`${QUOTE_MARK}(\\d+)${QUOTE_MARK}`, 'g');

/** Optional details of a contact record. */
export interface EntryOptions {
  outcome?: Outcome | null;
  loggedByKey?: string;
  /** Mail thread the message belongs to (a contract or quote number). */
  thread?: string;
  cc?: DemoUser[];
}

interface Draft {
  day: Day;
  record: DemoInteraction;
  /** Whether a provisional quote serial appears in it (subject, thread, excerpt, attachments). */
  quoted: boolean;
}

/** One customer's growing list of contact records. */
export class Timeline {
  readonly #ctx: BookContext;
  readonly #persona: Persona;
  readonly #owner: DemoUser;
  readonly #drafts: Draft[] = [];
  readonly #evening: boolean;
  readonly #company: string;
  #serial = 0;

  constructor(ctx: BookContext, persona: Persona, company: string) {
    this.#ctx = ctx;
    this.#persona = persona;
    this.#company = company;
    const owner = ctx.team.users.find((u) => u.key === persona.ownerKey);
    if (!owner) throw new Error(`owner ${persona.ownerKey} is not a user`);
    this.#owner = owner;
    this.#evening = persona.country.world === 'North America' || persona.country.world === 'Latin America';
  }

  /** The rep who owns the customer. */
  get owner(): DemoUser {
    return this.#owner;
  }

  /** Template context for mails with `contact`. */
  text(contact: ContactFacts): TextContext {
    const p = this.#persona;
    return {
      rng: p.rng, company: this.#company, city: p.city[0], first: contact.person.given, full: contact.person.full,
      rep: this.#owner.name.split(' ')[0] ?? this.#owner.name, port: p.port, incoterm: p.incoterm, terms: incotermPlace(p), currency: p.currency,
    };
  }

  /** True when `day` is inside the relationship and before today. */
  open(day: Day): boolean {
    return day >= Math.max(this.#ctx.start, this.#persona.firstContact) && day < this.#ctx.today;
  }

  /** An e-mail between the owner and `contact`. Ignored outside the relationship. */
  email(day: Day, direction: Direction, kind: InteractionKind, contact: ContactFacts | null, mail: MailText, options: EntryOptions = {}): void {
    if (!contact || !this.open(day)) return;
    const rng = this.#persona.rng;
    const customer = { name: contact.person.full, address: contact.address };
    const rep = { name: this.#owner.name, address: this.#owner.email };
    const minute = this.#minute(direction, day);
    const occurredAt = instantOf(minute);
    const host = direction === 'sent' ? this.#ctx.ownDomain : mailHost(contact.address);
    const messageId = `<${minute.toString(36)}.${(rng.int(0, 0xfffffff) + this.#serial++ * 0x10000000).toString(36)}@${host}>`;
    this.#push(day, {
      key: '',
      customerKey: this.#persona.key,
      contactKey: contact.contact.key,
      channel: 'email',
      direction,
      kind,
      outcome: options.outcome ?? null,
      subject: mail.subject,
      excerpt: mail.excerpt,
      participants: {
        from: direction === 'received' ? customer : rep,
        to: [direction === 'received' ? rep : customer],
        cc: (options.cc ?? []).map((u) => ({ name: u.name, address: u.email })),
      },
      attachmentNames: mail.attachments ?? [],
      occurredAt,
      messageId,
      conversationId: options.thread ? `demo-${this.#persona.key}-${options.thread}` : null,
      source: 'demo',
      note: null,
      loggedByKey: options.loggedByKey ?? this.#owner.key,
      loggedAt: instantOf(minute + rng.int(2, 240)),
    });
  }

  /** A call, chat, visit or fair meeting: no Message-ID, a note instead of a body. */
  meeting(day: Day, channel: Exclude<Channel, 'email'>, direction: Direction, kind: InteractionKind, contact: ContactFacts | null, subject: string, note: string, options: EntryOptions = {}): void {
    if (!contact || !this.open(day)) return;
    const rng = this.#persona.rng;
    const minute = this.#minute(direction, day);
    const occurredAt = instantOf(minute);
    this.#push(day, {
      key: '',
      customerKey: this.#persona.key,
      contactKey: contact.contact.key,
      channel,
      direction,
      kind,
      outcome: options.outcome ?? null,
      subject,
      excerpt: null,
      participants: { from: { name: contact.person.full, address: contact.address }, to: [{ name: this.#owner.name, address: this.#owner.email }], cc: [] },
      attachmentNames: [],
      occurredAt,
      messageId: null,
      conversationId: null,
      source: 'demo',
      note,
      loggedByKey: options.loggedByKey ?? this.#owner.key,
      loggedAt: instantOf(minute + rng.int(30, 600)),
    });
  }

  /** Drops what the predicate rejects (a customer gone silent, an unanswered inquiry). */
  drop(reject: (day: Day, record: DemoInteraction) => boolean): void {
    for (let i = this.#drafts.length - 1; i >= 0; i--) {
      const draft = this.#drafts[i];
      if (draft && reject(draft.day, draft.record)) this.#drafts.splice(i, 1);
    }
  }

  /** The records in time order, keyed `cust-00001-i0001`. */
  finish(): DemoInteraction[] {
    const sorted = this.#drafts.sort((a, b) => (a.record.occurredAt < b.record.occurredAt ? -1 : a.record.occurredAt > b.record.occurredAt ? 1 : 0));
    // Quote serials in order of first mention.
    const serials = new Map<string, string>();
    const renumber = <T extends string | null | undefined>(text: T): T =>
      (text ? text.replace(QUOTE_SERIAL, (_, n: string) => {
        let serial = serials.get(n);
        if (!serial) serials.set(n, (serial = String(serials.size + 1).padStart(2, '0')));
        return serial;
      }) : text) as T;
    return sorted.map(({ record, quoted }, i) => {
      record.key = `${this.#persona.key}-i${String(i + 1).padStart(4, '0')}`;
      if (quoted) {
        record.conversationId = renumber(record.conversationId);
        record.subject = renumber(record.subject);
        record.excerpt = renumber(record.excerpt);
        record.attachmentNames = record.attachmentNames.map((name) => renumber(name));
      }
      return record;
    });
  }

  #minute(direction: Direction, day: Day): number {
    const rng = this.#persona.rng;
    return direction === 'received' ? localOfficeMinute(rng, this.#persona.zone, day) : repMinute(rng, day, this.#evening);
  }

  #push(day: Day, record: DemoInteraction): void {
    const quoted = (record.subject?.includes(QUOTE_MARK) ?? false) || (record.conversationId?.includes(QUOTE_MARK) ?? false);
    this.#drafts.push({ day, record, quoted });
  }
}

function mailHost(address: string): string {
  const host = address.slice(address.indexOf('@') + 1);
  return host === 'gmail.com' ? 'mail.gmail.com' : host;
}
