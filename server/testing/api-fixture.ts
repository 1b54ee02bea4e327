/**
 * A running API over a fresh database for tests: two teams of users with tokens, the example
 * company config, a fixed clock, and `call()` to make requests through `app.request` (no port).
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { User } from '../../core/index.ts';
import { createApp } from '../app.ts';
import { BookIndexCache } from '../context/book-index.ts';
import { loadConfig } from '../config-file.ts';
import { openTestDatabase, type Engine } from '../store/test-engines.ts';
import { createToken, createUser } from '../store/users.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXED_NOW = new Date('2026-11-25T04:00:00Z');

export const exampleConfig = () => loadConfig(undefined, ROOT).config;

export type Who = 'repA' | 'repB' | 'manager' | 'repSouth' | 'admin';

const PEOPLE: Record<Who, { name: string; email: string; role: 'rep' | 'manager' | 'admin'; team: string | null }> = {
  repA: { name: 'Rep A', email: 'rep.a@lumen-home.example', role: 'rep', team: 'North' },
  repB: { name: 'Rep B', email: 'rep.b@lumen-home.example', role: 'rep', team: 'North' },
  manager: { name: 'Manager North', email: 'manager@lumen-home.example', role: 'manager', team: 'North' },
  repSouth: { name: 'Rep South', email: 'rep.south@lumen-home.example', role: 'rep', team: 'South' },
  admin: { name: 'Admin', email: 'admin@lumen-home.example', role: 'admin', team: null },
};

export interface Reply<T = any> {
  status: number;
  body: T;
}

export async function apiFixture(engine: Engine) {
  const database = await openTestDatabase(engine);
  const config = exampleConfig();
  const at = FIXED_NOW.toISOString();
  const users = {} as Record<Who, User>;
  const tokens = {} as Record<Who, string>;
  for (const who of Object.keys(PEOPLE) as Who[]) {
    users[who] = await createUser(database.db, { ...PEOPLE[who], locale: null }, null, at);
    tokens[who] = (await createToken(database.db, users[who].id, 'test', null, at)).token;
  }
  const clock = () => FIXED_NOW;
  // Tests read their own writes: the book index is rebuilt before answering after a change.
  const bookIndex = new BookIndexCache(database.db, config, clock, { maxAgeMs: 60_000, waitForFresh: true });
  const app = createApp({ database, config, clock, bookIndex });

  /** A request as `who` (or with no token when `who` is null). */
  async function call<T = any>(who: Who | null, method: string, path: string, body?: unknown, rawBody?: string): Promise<Reply<T>> {
    const headers: Record<string, string> = {};
    if (who) headers.authorization = `Bearer ${tokens[who]}`;
    if (body !== undefined || rawBody !== undefined) headers['content-type'] = 'application/json';
    const res = await app.request(path, { method, headers, body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  /** Creates a customer as `who` and returns it; fails the test on any error. */
  async function customer(who: Who, fields: Record<string, unknown>) {
    const res = await call(who, 'POST', '/api/customers', { country: 'DE', ...fields });
    if (res.status !== 201) throw new Error(`creating customer failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async function contact(who: Who, fields: Record<string, unknown>) {
    const res = await call(who, 'POST', '/api/contacts', fields);
    if (res.status !== 201) throw new Error(`creating contact failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  return { database, config, users, tokens, app, bookIndex, call, customer, contact, dispose: () => database.dispose() };
}

export type ApiFixture = Awaited<ReturnType<typeof apiFixture>>;
