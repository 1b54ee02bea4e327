/**
 * Builders for the persona tests: the example config with weights or targets replaced, profiles
 * and records with the defaults a test does not care about. @internal — tests only.
 */
import exampleConfig from '../../touchpoint.config.example.json' with { type: 'json' };
import { TouchpointConfig } from '../config.ts';
import type { CustomerRecord } from '../customer-record.ts';
import type { Customer, Tier } from '../customer.ts';
import type { Interaction } from '../interaction.ts';
import type { Order } from '../order.ts';
import type { PersonaIndexEntry } from './persona-index.ts';
import { emptyPersona, type PersonaProfile } from './persona-profile.ts';
import { customer } from '../testing/customer-fixture.ts';

export { customer };

type Judgement = TouchpointConfig['judgement'];

/** The example company config; `personaWeights` replaced whole when given, `targetPersona` likewise. */
export function testConfig(options: { weights?: Judgement['personaWeights']; target?: Judgement['targetPersona'] } = {}): TouchpointConfig {
  const config = TouchpointConfig.parse(exampleConfig);
  return {
    ...config,
    judgement: {
      ...config.judgement,
      personaWeights: options.weights ?? config.judgement.personaWeights,
      targetPersona: options.target ?? config.judgement.targetPersona,
    },
  };
}

/** A profile with every dimension unknown but those given. */
export function profile(fields: Partial<PersonaProfile> = {}): PersonaProfile {
  return { ...emptyPersona(), ...fields };
}

/** An index entry named after its position (`c1`, code `C-1`). */
export function entry(n: number, fields: Partial<PersonaProfile>, tier: Tier | null = null): PersonaIndexEntry {
  return { customerId: `c${n}`, code: `C-${n}`, name: `Customer ${n}`, tier, profile: profile(fields) };
}

let serial = 0;

/** An order of one kettle line worth `amount` USD, FOB, paid on its due date unless said otherwise. */
export function order(overrides: Partial<Order> = {}): Order {
  const n = ++serial;
  const amount = overrides.amount ?? 10_000;
  return {
    id: `order-${n}`,
    customerId: 'cust-1',
    contractNo: `PI-${n}`,
    orderedAt: '2026-06-01',
    amount,
    currency: 'USD',
    incoterm: 'FOB',
    status: 'paid',
    lines: [{ product: 'EK-1701 Electric kettle 1.7 L', quantity: 1000, unit: 'pcs', unitPrice: amount / 1000 }],
    createdAt: '2026-06-01T08:00:00.000Z',
    updatedAt: '2026-06-01T08:00:00.000Z',
    ...overrides,
  };
}

export function interaction(overrides: Partial<Interaction> = {}): Interaction {
  const n = ++serial;
  return {
    id: `int-${n}`,
    customerId: 'cust-1',
    channel: 'email',
    direction: 'sent',
    kind: 'message',
    participants: { to: [], cc: [] },
    attachmentNames: [],
    occurredAt: '2026-05-01T08:00:00.000Z',
    source: 'api',
    loggedBy: 'rep-1',
    loggedAt: '2026-05-01T08:00:00.000Z',
    ...overrides,
  };
}

export function record(fields: { customer?: Partial<Customer>; orders?: Order[]; interactions?: Interaction[] } = {}): CustomerRecord {
  return { customer: customer(fields.customer), contacts: [], orders: fields.orders ?? [], interactions: fields.interactions ?? [] };
}
