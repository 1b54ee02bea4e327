import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { seedDemoBook } from '../seed-demo.ts';
import { exampleConfig, FIXED_NOW } from '../testing/api-fixture.ts';
import { createToken, createUser } from '../store/users.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../store/test-engines.ts';
import { lookalikeOf } from './preview-samples.ts';

describe('lookalikeOf', () => {
  it('doubles one letter of the name, keeping the ending', () => {
    expect(lookalikeOf('maplewell.com')).toBe('mapllewell.com');
    expect(lookalikeOf('ab.co.uk')).toBe('abb.co.uk');
  });
});

describe.each(ENGINES)('GET /api/preview/samples (%s)', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(engine);
  });
  afterEach(() => database.dispose());

  const get = (token: string) => createApp({ database, config: exampleConfig(), clock: () => FIXED_NOW }).request('/api/preview/samples', { headers: { authorization: `Bearer ${token}` } });

  it('answers 404 on a store without the demo book', async () => {
    const user = await createUser(database.db, { name: 'Rep', email: 'rep@lumen-home.example', role: 'rep', team: null, locale: null }, null, FIXED_NOW.toISOString());
    const { token } = await createToken(database.db, user.id, 'test', null, FIXED_NOW.toISOString());
    const res = await get(token);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/demo book/);
  });

  it('draws every kind of sample from the demo book for the rep', async () => {
    const seeded = await seedDemoBook(database.db, exampleConfig(), FIXED_NOW, 60);
    const rep = seeded.tokens.find((t) => t.role === 'rep')!;
    const res = await get(rep.token);
    expect(res.status).toBe(200);
    const { samples } = await res.json();
    expect(samples.map((s: { kind: string }) => s.kind)).toEqual(['customer', 'customer', 'sent', 'inquiry', 'lookalike', 'owned_elsewhere', 'internal', 'meeting', 'compose', 'none']);
    const sent = samples.find((s: { kind: string }) => s.kind === 'sent').message;
    expect(sent.from.address).toBe(rep.email);
    const known = samples[0].message.from.address.split('@')[1];
    const fake = samples.find((s: { kind: string }) => s.kind === 'lookalike').message.from.address.split('@')[1];
    expect(fake).not.toBe(known);
    expect(samples.at(-1).message).toBeNull();
  });

  it('needs a token', async () => {
    const res = await createApp({ database, config: exampleConfig(), clock: () => FIXED_NOW }).request('/api/preview/samples');
    expect(res.status).toBe(401);
  });
});
