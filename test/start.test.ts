/**
 * `npm start` as a newcomer runs it: an empty data directory, the demo book seeded, tokens and
 * a sign-in password printed, the API answering with them; a second start keeps the data and
 * seeds nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnServer, startServer, stopServer } from './server-process.ts';

const ROOT = join(import.meta.dirname, '..');
const start = (dataFile: string) => startServer({ TOUCHPOINT_DATA_FILE: dataFile });
const stop = stopServer;

describe('npm start on an empty data directory', () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'tp-start-')), 'data', 'touchpoint.db');

  it('seeds the demo book, prints tokens and serves the API with them', async () => {
    const { output, child } = await start(dataFile);
    const base = /API:\s+(http:\/\/\S+)\/api/.exec(output)?.[1];
    expect(base, output).toBeTruthy();
    const tokens = Object.fromEntries([...output.matchAll(/^\s+(rep|manager|admin)\s+(\S+@\S+)\s+(tp_\S+)$/gm)].map((m) => [m[1], { email: m[2], token: m[3] }]));
    expect(Object.keys(tokens).sort()).toEqual(['admin', 'manager', 'rep']);
    expect(output).toMatch(/demo book: \d{3} customers in (4\d|[5-9]\d) countries/);

    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', engine: 'sqlite' });
    const auth = { authorization: `Bearer ${tokens.rep!.token}`, 'content-type': 'application/json' };
    const today = await (await fetch(`${base}/api/today`, { headers: auth })).json();
    expect(today.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today.items.length).toBeGreaterThan(0);

    // A demo contact of the rep's own book resolves to its customer with orders.
    const mine = await (await fetch(`${base}/api/customers?limit=1`, { headers: auth })).json();
    const contacts = await (await fetch(`${base}/api/customers/${mine.items[0].id}/contacts`, { headers: auth })).json();
    const address = contacts.items.find((c: any) => c.emails.length)?.emails[0];
    const context = await (await fetch(`${base}/api/context`, { method: 'POST', headers: auth, body: JSON.stringify({ message: { from: address } }) })).json();
    expect(context).toMatchObject({ kind: 'customer', customer: { id: mine.items[0].id } });
    expect(context.orders.recent.length).toBeGreaterThan(0);

    // The printed password signs the rep in on the add-in's pairing page.
    const password = /sign in: from the add-in, as any of them with password (\S+) \(shown once; code page http:\/\/\S+\/pair\)/.exec(output)?.[1];
    expect(password, output).toBeTruthy();
    const json = { 'content-type': 'application/json' };
    const pairing = await (await fetch(`${base}/pair/start`, { method: 'POST', headers: json, body: JSON.stringify({ purpose: 'addin', label: 'start test' }) })).json();
    const pagePath = new URL(pairing.signInUrl).pathname;
    const form = await fetch(`${base}${pagePath}`);
    const cookie = /tp_pair_csrf=[^;]+/.exec(form.headers.get('set-cookie') ?? '')![0];
    const csrf = /name="csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const signedIn = await fetch(`${base}${pagePath}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, email: tokens.rep!.email, password: password! }),
    });
    expect(signedIn.status).toBe(200);
    const claimed = await (await fetch(`${base}/pair/claim`, { method: 'POST', headers: json, body: JSON.stringify({ pairId: pairing.pairId, pollSecret: pairing.pollSecret }) })).json();
    expect(claimed.user.email).toBe(tokens.rep!.email);
    const me = await (await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${claimed.token}` } })).json();
    expect(me.email).toBe(tokens.rep!.email);
    await stop(child);
    // Seeding and a whole sign-in on a busy machine: the same minute start() allows itself.
  }, 60_000);

  it('keeps the data on a second start and seeds nothing', async () => {
    const { output, child } = await start(dataFile);
    expect(output).not.toMatch(/demo book/);
    expect(output).toMatch(/npx touchpoint token create/);
    expect(output).toMatch(/npx touchpoint user password --email/);
    await stop(child);
  });
});

describe('npm start with a bad config', () => {
  it('stops at once, naming every wrong key, and creates no database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-badconfig-'));
    const config = JSON.parse(readFileSync(join(ROOT, 'touchpoint.config.example.json'), 'utf8'));
    config.company.rates.EUR = -1;
    config.judgement.tierWeights.revenue = 'high';
    writeFileSync(join(dir, 'touchpoint.config.json'), JSON.stringify(config));
    const child = spawnServer({ TOUCHPOINT_DATA_FILE: join(dir, 'data', 'touchpoint.db'), TOUCHPOINT_CONFIG: join(dir, 'touchpoint.config.json') });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('touchpoint.config.json is not a valid Touchpoint config');
    expect(output).toContain('company.rates.EUR: a rate must be above zero');
    expect(output).toContain('judgement.tierWeights.revenue: Invalid input: expected number, received string');
    expect(output).not.toMatch(/\n\s+at /);
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});
