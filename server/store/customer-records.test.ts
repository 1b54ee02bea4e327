import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiFixture, type ApiFixture } from '../testing/api-fixture.ts';
import { customerRecord, customerRecords } from './customer-records.ts';
import { ENGINES } from './test-engines.ts';

describe.each(ENGINES)('customer records on %s', (engine) => {
  let f: ApiFixture;
  beforeEach(async () => {
    f = await apiFixture(engine);
  });
  afterEach(() => f.dispose());

  async function seedTwo() {
    const a = await f.customer('repA', { code: 'REC-A', name: 'Alpha Imports', domains: ['alpha.example'] });
    const b = await f.customer('repA', { code: 'REC-B', name: 'Beta Trading' });
    await f.contact('repA', { customerId: a.id, name: 'Ana', emails: ['ana@alpha.example'] });
    for (const [customer, no, date] of [[a, 'A-1', '2026-01-10'], [a, 'A-2', '2026-06-01'], [b, 'B-1', '2025-03-03']] as const) {
      const res = await f.call('repA', 'POST', '/api/orders', { customerId: customer.id, contractNo: no, orderedAt: date, amount: 1000, currency: 'USD' });
      expect(res.status).toBe(201);
    }
    for (const [kind, at] of [['quote', '2026-10-01T08:00:00Z'], ['message', '2026-11-01T08:00:00Z'], ['message', '2023-01-01T08:00:00Z']] as const) {
      const res = await f.call('repA', 'POST', '/api/interactions', {
        customerId: a.id, channel: 'call', direction: 'sent', kind, occurredAt: at, subject: kind,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    return { a, b };
  }

  it('loads customer, contacts, every order and the contact records since the window start', async () => {
    const { a, b } = await seedTwo();
    const records = await customerRecords(f.database.db, [b.id, a.id, 'no-such-id'], { interactionsSince: '2024-11-25' });
    expect(records.map((r) => r.customer.code)).toEqual(['REC-B', 'REC-A']);
    const ra = records[1]!;
    expect(ra.contacts.map((c) => c.emails)).toEqual([['ana@alpha.example']]);
    expect(ra.orders.map((o) => o.contractNo).sort()).toEqual(['A-1', 'A-2']);
    expect(ra.interactions.map((i) => i.kind).sort()).toEqual(['message', 'quote']);
    expect(records[0]!.orders.map((o) => o.contractNo)).toEqual(['B-1']);
    expect(records[0]!.contacts).toEqual([]);
  });

  it('loads only the kinds of contact record asked for, or none', async () => {
    const { a } = await seedTwo();
    expect((await customerRecord(f.database.db, a.id, { interactionsSince: '2000-01-01', interactionKinds: ['quote'] }))!.interactions.map((i) => i.kind)).toEqual(['quote']);
    expect((await customerRecord(f.database.db, a.id, { interactionsSince: '2000-01-01', interactionKinds: [] }))!.interactions).toEqual([]);
    expect(await customerRecord(f.database.db, 'missing', { interactionsSince: '2000-01-01' })).toBeUndefined();
  });
});
