/**
 * Builders of customer records for the planner's tests: short calls with the defaults a test
 * does not care about. @internal — tests only.
 */
import exampleConfig from '../../touchpoint.config.example.json' with { type: 'json' };
import { TouchpointConfig, type PriceChange } from '../config.ts';
import type { Contact } from '../contact.ts';
import type { CustomerRecord } from '../customer-record.ts';
import type { HolidayOccasion } from '../holiday-occasion.ts';
import type { Interaction } from '../interaction.ts';
import { addDays } from '../local-time.ts';
import type { Order, OrderLine } from '../order.ts';
import { customer } from '../testing/customer-fixture.ts';
import type { Touchpoint } from '../customer-context.ts';
import type { UiLocale } from '../i18n/messages.ts';
import { translator } from '../i18n/messages.ts';
import type { PlannedTouchpoint } from './touchpoint-reason.ts';
import { wordTouchpoint } from './touchpoint-reasons.ts';

export { customer };

/**
 * The example company config with the figures the tests rely on pinned (so tuning the example
 * does not move them): Shanghai time, USD base with EUR at 1.08 and JPY at 0.0066, cadences of
 * 14/30/90/180 days, a 24-hour reply time, increase shares of ½, 70 %, all, all; and
 * `priceChanges` as given.
 */
export function testConfig(priceChanges: PriceChange[] = []): TouchpointConfig {
  const config = TouchpointConfig.parse(exampleConfig);
  return {
    ...config,
    company: { ...config.company, timeZone: 'Asia/Shanghai', baseCurrency: 'USD', rates: { ...config.company.rates, EUR: 1.08, JPY: 0.0066 } },
    judgement: {
      ...config.judgement,
      cadenceDays: { A: 14, B: 30, C: 90, D: 180 },
      replySlaHours: 24,
      priceIncreaseShare: { A: 0.5, B: 0.7, C: 1, D: 1 },
      priceChanges,
    },
  };
}

let serial = 0;
const nextId = (prefix: string) => `${prefix}-${++serial}`;

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: nextId('contact'),
    customerId: 'cust-1',
    name: 'Anna Becker',
    emails: ['anna@kochhaus.example'],
    isPrimary: true,
    active: true,
    createdAt: '2022-01-10T08:00:00.000Z',
    updatedAt: '2022-01-10T08:00:00.000Z',
    ...overrides,
  };
}

export interface OrderOptions extends Partial<Omit<Order, 'lines'>> {
  lines?: Partial<OrderLine>[];
}

/** A paid order of 10,000 USD on `orderedAt` unless told otherwise. */
export function order(orderedAt: string, options: OrderOptions = {}): Order {
  const { lines, ...rest } = options;
  return {
    id: nextId('order'),
    customerId: 'cust-1',
    contractNo: `PI-${orderedAt.replaceAll('-', '')}-${++serial}`,
    orderedAt,
    amount: 10_000,
    currency: 'USD',
    status: 'paid',
    paidAt: addDays(orderedAt, 60),
    paymentDue: addDays(orderedAt, 60),
    createdAt: `${orderedAt}T08:00:00.000Z`,
    updatedAt: `${orderedAt}T08:00:00.000Z`,
    lines: (lines ?? []).map((l) => ({ product: 'EK-1701 Electric kettle 1.7 L, stainless steel', quantity: 1000, unit: 'pcs', unitPrice: 7.2, ...l })),
    ...rest,
  };
}

/** Orders every `every` days from `from`, `count` of them. */
export function orderEvery(from: string, every: number, count: number, options: OrderOptions = {}): Order[] {
  return Array.from({ length: count }, (_, i) => order(addDays(from, i * every), options));
}

/** An e-mail at 10:00 UTC on `day` (a date) or at the given instant. */
export function interaction(at: string, direction: Interaction['direction'], kind: Interaction['kind'], overrides: Partial<Interaction> = {}): Interaction {
  const occurredAt = at.length === 10 ? `${at}T10:00:00.000Z` : at;
  return {
    id: nextId('interaction'),
    customerId: 'cust-1',
    channel: 'email',
    direction,
    kind,
    participants: { to: [], cc: [] },
    attachmentNames: [],
    occurredAt,
    source: 'api',
    loggedBy: 'rep-1',
    loggedAt: occurredAt,
    ...overrides,
  };
}

export function record(parts: Partial<CustomerRecord> = {}): CustomerRecord {
  return { customer: customer(), contacts: [], orders: [], interactions: [], ...parts };
}

/** A holiday worth greeting on `date`, e-mail from three days and gifts from three weeks before. */
export function holiday(key: string, name: string, date: string, overrides: Partial<HolidayOccasion> = {}): HolidayOccasion {
  return { key, name, date, country: 'DE', greet: true, emailFrom: addDays(date, -3), giftFrom: addDays(date, -21), ...overrides };
}

/** Suggestions as the view model shows them: each reason worded (English unless asked), dates of `today`'s year without the year. */
export function worded(planned: PlannedTouchpoint, today: string, locale?: UiLocale): Touchpoint;
export function worded(planned: PlannedTouchpoint[], today: string, locale?: UiLocale): Touchpoint[];
export function worded(planned: PlannedTouchpoint | PlannedTouchpoint[], today: string, locale: UiLocale = 'en'): Touchpoint | Touchpoint[] {
  const wording = { tr: translator(locale), today };
  return Array.isArray(planned) ? planned.map((p) => wordTouchpoint(p, wording)) : wordTouchpoint(planned, wording);
}

/** Intl puts a no-break space between a currency code and its amount; expectations write a plain one. */
export const plain = (text: string) => text.replace(/\u00a0/g, ' ');
