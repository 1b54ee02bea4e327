import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { NewContact } from '../../core/contact.ts';
import { BuyerType, NewCustomer, Stage } from '../../core/customer.ts';
import { Interaction } from '../../core/interaction.ts';
import { NewOrder } from '../../core/order.ts';
import { NewReminder } from '../../core/reminder.ts';
import { COUNTRIES } from './countries.ts';
import { generateBook, streamBook, type DemoBook, type GenerateBookOptions } from './generate-book.ts';

const OPTIONS: GenerateBookOptions = { seed: 7, customers: 300, today: '2025-06-30', ownDomain: 'lumen-home.example', reps: 4, managers: 2 };
const book = generateBook(OPTIONS);
const TODAY = OPTIONS.today;
const DAY = 86_400_000;
const dayNo = (iso: string) => Date.parse(iso.slice(0, 10)) / DAY;

const FREEMAIL_HOSTS = new Set(['qq.com', '163.com', '126.com', ...COUNTRIES.flatMap((c) => c.freemail)]);
const hostOf = (address: string) => address.slice(address.indexOf('@') + 1);

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function issuesOf(book: DemoBook): string[] {
  const problems: string[] = [];
  const check = (what: string, result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
    for (const issue of result.error?.issues ?? []) problems.push(`${what} ${issue.path.join('.')}: ${issue.message}`);
  };
  for (const c of book.customers) check(c.key, NewCustomer.safeParse({ ...c, ownerId: `id-${c.ownerKey}`, sharedWith: c.sharedWithKeys.map((k) => `id-${k}`) }));
  for (const c of book.contacts) check(c.key, NewContact.safeParse({ ...c, customerId: 'id-customer', replacedBy: c.replacedByKey ? `id-${c.replacedByKey}` : null }));
  for (const o of book.orders) check(o.key, NewOrder.safeParse({ ...o, customerId: 'id-customer' }));
  for (const r of book.reminders) check(r.key, NewReminder.safeParse({ ...r, customerId: 'id-customer', assignedTo: `id-${r.assignedToKey}` }));
  for (const i of book.interactions) {
    check(i.key, Interaction.safeParse({ ...i, id: 'id-i', customerId: 'id-customer', contactId: i.contactKey ? 'id-contact' : null, loggedBy: `id-${i.loggedByKey}` }));
  }
  return problems;
}

describe('generateBook', () => {
  it('passes every customer, contact, order, reminder and interaction through the core schemas without an issue', () => {
    expect(issuesOf(book)).toEqual([]);
  });

  it('gives byte-identical output for the same seed and options, and another book for another seed', () => {
    expect(JSON.stringify(generateBook(OPTIONS))).toBe(JSON.stringify(book));
    const other = generateBook({ ...OPTIONS, seed: 8 });
    expect(other.customers.map((c) => c.name)).not.toEqual(book.customers.map((c) => c.name));
  });

  it('streams the same customers it collects', () => {
    const streamed = [...streamBook({ ...OPTIONS, customers: 25 })];
    expect(streamed.map((b) => b.customer)).toEqual(book.customers.slice(0, 25));
  });

  it('builds a sales team with stable keys, a manager per team and one admin', () => {
    expect(book.users.map((u) => u.key)).toEqual(['rep-1', 'rep-2', 'rep-3', 'rep-4', 'manager-1', 'manager-2', 'admin']);
    expect(new Set(book.users.filter((u) => u.role === 'manager').map((u) => u.team)).size).toBe(2);
    expect(book.users.every((u) => u.email.endsWith('@lumen-home.example'))).toBe(true);
    const owners = new Set(book.customers.map((c) => c.ownerKey));
    expect([...owners].sort()).toEqual(['rep-1', 'rep-2', 'rep-3', 'rep-4']);
  });

  it('spreads customers over 40+ countries on every continent, with every buyer type and stage', () => {
    const countries = new Set(book.customers.map((c) => c.country));
    expect(countries.size).toBeGreaterThanOrEqual(40);
    const regions = new Set(COUNTRIES.filter((c) => countries.has(c.code)).map((c) => c.world));
    for (const region of ['Europe', 'North America', 'Latin America', 'Middle East', 'Africa', 'South Asia', 'East Asia', 'Southeast Asia', 'Oceania']) {
      expect(regions).toContain(region);
    }
    expect(new Set(book.customers.map((c) => c.buyerType))).toEqual(new Set(BuyerType.options));
    expect(new Set(book.customers.map((c) => c.stage))).toEqual(new Set(Stage.options));
  });

  it('keeps codes, names, domains, contract numbers and Message-IDs unique', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(book.customers.map((c) => c.code));
    unique(book.customers.map((c) => c.name.toLowerCase()));
    unique(book.customers.flatMap((c) => c.domains));
    unique(book.orders.map((o) => o.contractNo));
    unique(book.interactions.flatMap((i) => (i.messageId ? [i.messageId] : [])));
    unique(book.contacts.flatMap((c) => c.emails));
    expect(book.customers.every((c) => /^[A-Z]{2}-\d{4}$/.test(c.code))).toBe(true);
  });

  it('gives companies their own domains, a few two, a few a sales. mail host, a few none', () => {
    const withTwo = book.customers.filter((c) => c.domains.length === 2);
    const withNone = book.customers.filter((c) => c.domains.length === 0);
    expect(withTwo.length).toBeGreaterThan(3);
    expect(withNone.length).toBeGreaterThan(3);
    expect(book.customers.flatMap((c) => c.domains).some((d) => FREEMAIL_HOSTS.has(d))).toBe(false);
    const subdomainMail = book.contacts.filter((c) => {
      const customer = book.customers.find((x) => x.key === c.customerKey);
      return c.emails.some((e) => customer?.domains.some((d) => hostOf(e).endsWith(`.${d}`)));
    });
    expect(subdomainMail.some((c) => c.emails.some((e) => hostOf(e).startsWith('sales.')))).toBe(true);
    for (const contact of book.contacts) {
      const customer = book.customers.find((x) => x.key === contact.customerKey);
      for (const email of contact.emails) {
        const host = hostOf(email);
        const own = customer?.domains.some((d) => host === d || host.endsWith(`.${d}`)) ?? false;
        expect(own || FREEMAIL_HOSTS.has(host), email).toBe(true);
      }
    }
  });

  it('uses only free-mail hosts that the email-providers list knows', () => {
    const known = new Set<string>(createRequire(import.meta.url)('email-providers/all.json') as string[]);
    expect([...FREEMAIL_HOSTS].filter((h) => !known.has(h))).toEqual([]);
  });

  it('has free-mail contacts, two-address contacts and buyers replaced by a successor', () => {
    expect(book.contacts.filter((c) => FREEMAIL_HOSTS.has(hostOf(c.emails[0] ?? ''))).length).toBeGreaterThan(20);
    expect(book.contacts.filter((c) => c.emails.length === 2).length).toBeGreaterThan(20);
    const replaced = book.contacts.filter((c) => c.replacedByKey !== null);
    expect(replaced.length).toBeGreaterThan(3);
    for (const old of replaced) {
      const successor = book.contacts.find((c) => c.key === old.replacedByKey);
      expect(old.active).toBe(false);
      expect(successor?.customerKey).toBe(old.customerKey);
      expect(successor?.active).toBe(true);
    }
    const perCustomer = countBy(book.contacts, (c) => c.customerKey);
    expect(Math.max(...perCustomer.values())).toBeLessThanOrEqual(6);
    expect(book.customers.every((c) => (perCustomer.get(c.key) ?? 0) >= 1)).toBe(true);
  });

  it('writes orders whose lines multiply to the amount, in several configured currencies', () => {
    for (const order of book.orders) {
      const sum = order.lines.reduce((total, line) => total + line.quantity * line.unitPrice, 0);
      expect(Math.abs(sum - order.amount), order.contractNo).toBeLessThan(0.01);
      expect(order.lines.length).toBeGreaterThanOrEqual(1);
      expect(order.lines.length).toBeLessThanOrEqual(5);
    }
    const currencies = countBy(book.orders, (o) => o.currency);
    expect(currencies.size).toBeGreaterThanOrEqual(5);
    expect([...currencies.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]).toBe('USD');
    const allowed = new Set(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'AED', 'SAR', 'AUD', 'CAD', 'CHF', 'SEK', 'PLN', 'INR', 'BRL', 'MXN', 'KRW', 'RUB', 'TRY', 'ZAR', 'SGD']);
    expect([...currencies.keys()].filter((c) => !allowed.has(c))).toEqual([]);
    const onlyEuro = generateBook({ ...OPTIONS, customers: 100, rates: { EUR: 1.08 } });
    expect(new Set(onlyEuro.orders.map((o) => o.currency))).toEqual(new Set(['USD', 'EUR']));
  });

  it('follows each customer’s own rhythm: the medians of their order gaps spread widely', () => {
    const byCustomer = new Map<string, number[]>();
    for (const o of book.orders) byCustomer.set(o.customerKey, [...(byCustomer.get(o.customerKey) ?? []), dayNo(o.orderedAt)]);
    const medians = [...byCustomer.values()]
      .filter((days) => days.length >= 4)
      .map((days) => {
        const gaps = days.slice(1).map((d, i) => d - (days[i] ?? d)).sort((a, b) => a - b);
        return gaps[Math.floor(gaps.length / 2)] ?? 0;
      })
      .sort((a, b) => a - b);
    const p10 = medians[Math.floor(medians.length * 0.1)] ?? 0;
    const p90 = medians[Math.floor(medians.length * 0.9)] ?? 0;
    expect(p10).toBeLessThan(70);
    expect(p90).toBeGreaterThan(150);
    expect(p90 / p10).toBeGreaterThan(2.5);
  });

  it('keeps history before today, the newest orders open or unpaid, and some payments overdue', () => {
    for (const o of book.orders) {
      expect(o.orderedAt < TODAY).toBe(true);
      for (const d of [o.shippedAt, o.paidAt]) if (d) expect(d < TODAY).toBe(true);
    }
    for (const i of book.interactions) expect(dayNo(i.occurredAt)).toBeLessThanOrEqual(dayNo(TODAY));
    const statuses = countBy(book.orders, (o) => o.status);
    expect(statuses.get('open')).toBeGreaterThan(0);
    expect(statuses.get('cancelled')).toBeGreaterThan(0);
    const overdue = book.orders.filter((o) => o.status === 'shipped' && o.paymentDue && o.paymentDue < TODAY);
    expect(overdue.length).toBeGreaterThan(3);
    const firstYear = `${Number(TODAY.slice(0, 4)) - 3}${TODAY.slice(4)}`;
    expect(book.orders.some((o) => o.orderedAt < `${Number(firstYear.slice(0, 4)) + 1}${TODAY.slice(4)}`)).toBe(true);
    expect(book.orders.every((o) => o.orderedAt >= firstYear)).toBe(true);
  });

  it('logs mails around orders, lost quotes, samples, complaints, greetings and a few unanswered inquiries', () => {
    const kinds = countBy(book.interactions, (i) => `${i.kind}:${i.outcome ?? ''}`);
    for (const kind of ['inquiry:', 'quote:won', 'quote:lost', 'sample:won', 'complaint:resolved', 'greeting:', 'price_notice:', 'satisfaction_check:']) {
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
    expect(new Set(book.interactions.map((i) => i.channel))).toEqual(new Set(['email', 'call', 'visit', 'fair', 'chat']));
    const byCustomer = new Map<string, typeof book.interactions>();
    for (const i of book.interactions) byCustomer.set(i.customerKey, [...(byCustomer.get(i.customerKey) ?? []), i]);
    const unanswered = [...byCustomer.values()].filter((list) => {
      const last = list[list.length - 1];
      return last?.direction === 'received' && last.kind === 'inquiry' && dayNo(last.occurredAt) >= dayNo(TODAY) - 6;
    });
    expect(unanswered.length).toBeGreaterThanOrEqual(2);
    for (const i of book.interactions.filter((x) => x.channel === 'email')) {
      expect(i.messageId).toMatch(/^<[^<>@\s]+@[a-z0-9.-]+>$/);
      expect(i.participants.from?.address).toContain('@');
    }
  });

  it('leaves open reminders: some overdue, some due this week, a few snoozed', () => {
    const overdue = book.reminders.filter((r) => r.status === 'open' && r.due < TODAY);
    const thisWeek = book.reminders.filter((r) => r.due >= TODAY && dayNo(r.due) - dayNo(TODAY) < 7);
    const snoozed = book.reminders.filter((r) => r.status === 'snoozed');
    expect(overdue.length).toBeGreaterThan(3);
    expect(thisWeek.length).toBeGreaterThan(3);
    expect(snoozed.length).toBeGreaterThan(0);
    expect(snoozed.every((r) => r.snoozedUntil !== null && r.snoozedUntil > TODAY)).toBe(true);
  });

  it('records hidden truth for every customer: all tiers, A the rarest, churned customers without a next order', () => {
    const truths = Object.values(book.truth);
    expect(truths).toHaveLength(book.customers.length);
    const tiers = countBy(truths, (t) => t.tier);
    expect([...tiers.keys()].sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(Math.min(...tiers.values())).toBe(tiers.get('A'));
    const churned = truths.filter((t) => t.churned);
    expect(churned.length).toBeGreaterThan(5);
    expect(churned.every((t) => t.nextOrderDate === null && t.tier === 'D')).toBe(true);
    const active = truths.filter((t) => !t.churned && t.archetype !== 'prospect');
    expect(active.every((t) => t.nextOrderDate !== null && t.nextOrderDate >= TODAY)).toBe(true);
    for (const c of book.customers) {
      const orders = book.orders.filter((o) => o.customerKey === c.key && o.status !== 'cancelled');
      if (book.truth[c.key]?.churned) expect(orders.every((o) => dayNo(o.orderedAt) < dayNo(TODAY) - 365)).toBe(true);
    }
  });
});
