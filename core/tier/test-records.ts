/**
 * Builders of customer records and a config for the tier tests: short calls with the defaults
 * a test does not care about. @internal — tests only.
 */
import exampleConfig from '../../touchpoint.config.example.json' with { type: 'json' };
import { TouchpointConfig } from '../config.ts';
import type { CustomerRecord } from '../customer-record.ts';
import type { Customer } from '../customer.ts';
import type { Interaction } from '../interaction.ts';
import { addDays } from '../local-time.ts';
import type { Order } from '../order.ts';
import { customer } from '../testing/customer-fixture.ts';

export { customer };

/**
 * The example company (USD base, EUR at 1.08…) with every tier weight 1, so a score is
 * 20 × the sum of the factors, and thresholds A 80, B 60, C 40.
 */
export function testConfig(): TouchpointConfig {
  const config = TouchpointConfig.parse(exampleConfig);
  return {
    ...config,
    judgement: {
      ...config.judgement,
      tierWeights: { revenue: 1, frequency: 1, recency: 1, payment: 1, loyalty: 1 },
      tierThresholds: { A: 80, B: 60, C: 40 },
    },
  };
}

let serial = 0;

/** An order of 10,000 USD on `orderedAt`, due 60 days later and paid 2 days before that, unless told otherwise. */
export function order(orderedAt: string, overrides: Partial<Order> = {}): Order {
  const due = addDays(orderedAt, 60);
  serial += 1;
  return {
    id: `order-${serial}`,
    customerId: 'cust-1',
    contractNo: `PI-${orderedAt.replaceAll('-', '')}-${serial}`,
    orderedAt,
    amount: 10_000,
    currency: 'USD',
    status: 'paid',
    paymentDue: due,
    paidAt: addDays(due, -2),
    lines: [],
    createdAt: `${orderedAt}T08:00:00.000Z`,
    updatedAt: `${orderedAt}T08:00:00.000Z`,
    ...overrides,
  };
}

/** An order placed but not yet paid (shipped, or open when not shipped). */
export function unpaid(orderedAt: string, overrides: Partial<Order> = {}): Order {
  return order(orderedAt, { status: 'shipped', paidAt: null, ...overrides });
}

/** A contact record of `kind` on `date` (noon UTC). */
export function interaction(kind: Interaction['kind'], date: string, overrides: Partial<Interaction> = {}): Interaction {
  serial += 1;
  return {
    id: `interaction-${serial}`,
    customerId: 'cust-1',
    channel: 'email',
    direction: 'sent',
    kind,
    participants: { to: [], cc: [] },
    attachmentNames: [],
    occurredAt: `${date}T12:00:00.000Z`,
    source: 'api',
    loggedBy: 'rep-1',
    loggedAt: `${date}T12:00:00.000Z`,
    ...overrides,
  };
}

/** Order dates from `first`, every `step` days, `count` of them. */
export function every(first: string, step: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i * step));
}

export function record(orders: Order[], interactions: Interaction[] = [], customerOverrides: Partial<Customer> = {}): CustomerRecord {
  return { customer: customer(customerOverrides), contacts: [], orders, interactions };
}
