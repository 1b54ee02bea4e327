import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { migrationNames } from './migrations.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from './test-engines.ts';

describe.each(ENGINES)('openTestDatabase on %s', (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(engine);
  });
  afterEach(() => t.dispose());

  it('opens a database on that engine migrated to the latest schema', async () => {
    expect(t.engine).toBe(engine);
    const applied = await t.db.selectFrom('kysely_migration' as any).select('name').orderBy('name').execute();
    expect(applied.map((r: any) => r.name)).toEqual(migrationNames);
    expect(await t.db.selectFrom('customers').selectAll().execute()).toEqual([]);
  });

  it('gives each test its own database: a table made in one is not seen in another', async () => {
    await sql`create table only_here (x integer)`.execute(t.db);
    await sql`insert into only_here values (1)`.execute(t.db);
    const other = await openTestDatabase(engine);
    try {
      await expect(sql`select x from only_here`.execute(other.db)).rejects.toThrow(/only_here/);
      expect((await sql<{ x: number }>`select x from only_here`.execute(t.db)).rows).toEqual([{ x: 1 }]);
    } finally {
      await other.dispose();
    }
  });
});

describe('openTestDatabase on postgres', () => {
  it('drops the database on dispose, even while a connection is still open', async () => {
    const t = await openTestDatabase('postgres');
    const admin = new pg.Client({ connectionString: inject('pgUrl') });
    await admin.connect();
    try {
      const exists = async () =>
        (await admin.query('select 1 from pg_database where datname = $1', [t.name])).rowCount === 1;
      expect(t.name).toMatch(/^tp_test_[0-9a-f_]+$/);
      expect(await exists()).toBe(true);
      await t.db.selectFrom('customers').select('id').execute(); // leaves a pooled connection open
      await t.dispose();
      await t.dispose();
      expect(await exists()).toBe(false);
    } finally {
      await admin.end();
    }
  });
});
