import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../store/test-engines.ts';
import { apiFixture, type ApiFixture } from '../testing/api-fixture.ts';

describe.each(ENGINES)('reminders and today on %s', (engine) => {
  let f: ApiFixture;
  let acme: any;
  beforeEach(async () => {
    f = await apiFixture(engine);
    acme = await f.customer('repA', { code: 'DE-ACME', name: 'Acme' });
  });
  afterEach(() => f.dispose());

  const add = (fields: Record<string, unknown>, who: 'repA' | 'repB' | 'manager' = 'repA') => f.call(who, 'POST', '/api/reminders', { customerId: acme.id, ...fields });

  it('creates a reminder assigned to the caller, open', async () => {
    const res = await add({ due: '2026-12-01', kind: 'call', note: 'ask about CNY stock-up' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'open', kind: 'call', assignedTo: f.users.repA.id, createdBy: f.users.repA.id, due: '2026-12-01' });
  });

  it('snoozes, then completes; a closed reminder cannot change again', async () => {
    const r = (await add({ due: '2026-11-20' })).body;
    const snoozed = await f.call('repA', 'POST', `/api/reminders/${r.id}/snooze`, { until: '2026-12-03' });
    expect(snoozed.body).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-12-03', due: '2026-11-20' });
    const done = await f.call('repA', 'POST', `/api/reminders/${r.id}/complete`);
    expect(done.body).toMatchObject({ status: 'done', closedAt: '2026-11-25T04:00:00.000Z' });
    const again = await f.call('repA', 'POST', `/api/reminders/${r.id}/dismiss`);
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('the reminder is already done');
  });

  it('dismisses a reminder', async () => {
    const r = (await add({ due: '2026-11-20' })).body;
    expect((await f.call('repA', 'POST', `/api/reminders/${r.id}/dismiss`)).body.status).toBe('dismissed');
  });

  it('lists active reminders by due date and filters by status and assignee', async () => {
    await add({ due: '2026-12-05' });
    const r2 = (await add({ due: '2026-11-28' })).body;
    await add({ due: '2026-11-29', assignedTo: f.users.manager.id });
    await f.call('repA', 'POST', `/api/reminders/${r2.id}/complete`);
    const active = await f.call('repA', 'GET', '/api/reminders?status=active');
    expect(active.body.items.map((r: any) => r.due)).toEqual(['2026-11-29', '2026-12-05']);
    expect((await f.call('repA', 'GET', '/api/reminders?status=done')).body.total).toBe(1);
    expect((await f.call('repA', 'GET', '/api/reminders?status=active&mine=true')).body.items.map((r: any) => r.due)).toEqual(['2026-12-05']);
  });

  it('puts the caller’s due reminders in today, most overdue first, with the customer', async () => {
    const other = await f.customer('repA', { code: 'FR-B', name: 'Bonnet', country: 'FR' });
    await add({ due: '2026-11-24', note: 'one day late' });
    await f.call('repA', 'POST', '/api/reminders', { customerId: other.id, due: '2026-11-10', note: 'long overdue' });
    await add({ due: '2026-11-30' });
    await add({ due: '2027-01-15', note: 'too far ahead' });
    const snoozed = (await add({ due: '2026-11-01', note: 'snoozed away' })).body;
    await f.call('repA', 'POST', `/api/reminders/${snoozed.id}/snooze`, { until: '2026-12-20' });
    const res = await f.call('repA', 'GET', '/api/today');
    expect(res.body.date).toBe('2026-11-25');
    expect(res.body.items.map((i: any) => [i.customer.code, i.touchpoint.due])).toEqual([
      ['FR-B', '2026-11-10'],
      ['DE-ACME', '2026-11-24'],
      ['DE-ACME', '2026-11-30'],
    ]);
    // Another rep's book is theirs alone.
    expect((await f.call('repB', 'GET', '/api/today')).body.items).toEqual([]);
  });
});
