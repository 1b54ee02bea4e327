import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';
import { userForGoogleAccount } from './store/google-accounts.ts';
import { userForPassword } from './store/passwords.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from './store/test-engines.ts';
import { userForToken } from './store/users.ts';

describe.each(ENGINES)('touchpoint CLI on %s', (engine) => {
  let t: TestDatabase;
  let out: string[];
  let err: string[];
  /** Runs a command line; `stdin` is what a password prompt reads. */
  const run = (line: string, stdin?: string) =>
    runCli(line.match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"|"$/g, '')), t, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      clock: () => new Date('2026-11-25T00:00:00Z'),
      ...(stdin === undefined ? {} : { readSecret: async () => stdin }),
    });
  beforeEach(async () => {
    t = await openTestDatabase(engine);
    out = [];
    err = [];
  });
  afterEach(() => t.dispose());

  it('adds a user, creates a token that signs them in, and revokes it', async () => {
    expect(await run('user add --name "Li Wei" --email Li.Wei@Lumen-Home.example --role manager --team Europe')).toBe(0);
    expect(out[0]).toMatch(/^created manager Li Wei <li\.wei@lumen-home\.example>/);
    expect(await run('token create --email li.wei@lumen-home.example --label outlook')).toBe(0);
    const token = out.at(-1)!;
    expect(token).toMatch(/^tp_[A-Za-z0-9_-]{43}$/);
    expect((await userForToken(t.db, token, new Date('2026-11-25T09:00:00Z')))?.email).toBe('li.wei@lumen-home.example');
    // Only the hash is stored.
    const stored = await t.db.selectFrom('api_tokens').select('token_hash').execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    const id = /^token (\S+) for/.exec(out.at(-2)!)![1]!;
    expect(await run(`token revoke ${id}`)).toBe(0);
    expect(await userForToken(t.db, token)).toBeUndefined();
    expect(await run(`token revoke ${id}`)).toBe(1);
    expect(err.at(-1)).toBe(`no live token with id ${id}`);
    await run('token list --email li.wei@lumen-home.example');
    expect(out.at(-1)).toMatch(/outlook .* last used 2026-11-25T09:00:00.000Z .* revoked 2026-11-25/);
  });

  it('notes when a token was last used, at most once per ten minutes', async () => {
    await run('user add --name X --email x@lumen-home.example');
    await run('token create --email x@lumen-home.example');
    const token = out.at(-1)!;
    const lastUsed = async () => (await t.db.selectFrom('api_tokens').select('last_used_at').executeTakeFirstOrThrow()).last_used_at;
    await userForToken(t.db, token, new Date('2026-11-25T09:00:00Z'));
    await userForToken(t.db, token, new Date('2026-11-25T09:05:00Z'));
    expect(await lastUsed()).toBe('2026-11-25T09:00:00.000Z');
    await userForToken(t.db, token, new Date('2026-11-25T09:11:00Z'));
    expect(await lastUsed()).toBe('2026-11-25T09:11:00.000Z');
  });

  it('refuses bad input naming the option, and a duplicate e-mail', async () => {
    expect(await run('user add --name X --email not-an-email --role boss')).toBe(2);
    expect(err).toEqual(['--email: not an e-mail address', '--role: Invalid option: expected one of "rep"|"manager"|"admin"']);
    expect(await run('user add --name X --email x@lumen-home.example')).toBe(0);
    expect(await run('user add --name Y --email x@lumen-home.example')).toBe(1);
    expect(err.at(-1)).toBe('a user with e-mail x@lumen-home.example exists');
  });

  it('deactivating a user kills their tokens', async () => {
    await run('user add --name X --email x@lumen-home.example');
    await run('token create --email x@lumen-home.example');
    const token = out.at(-1)!;
    expect(await run('user deactivate --email x@lumen-home.example')).toBe(0);
    expect(await userForToken(t.db, token)).toBeUndefined();
    await run('user list');
    expect(out.at(-1)).toMatch(/\(deactivated\)$/);
  });

  it('prints usage for an unknown command', async () => {
    expect(await run('frobnicate')).toBe(2);
    expect(err[0]).toMatch(/^usage: touchpoint/);
  });

  it('sets a password from stdin, refusing a short one; only a salted scrypt hash is stored', async () => {
    await run('user add --name X --email x@lumen-home.example');
    expect(await run('user password --email x@lumen-home.example', 'short\n')).toBe(2);
    expect(err.at(-1)).toBe('a password needs at least 10 characters');
    expect(await userForPassword(t.db, 'x@lumen-home.example', 'short')).toBeUndefined();
    expect(await run('user password --email x@lumen-home.example', 'a long enough secret\n')).toBe(0);
    expect(out.at(-1)).toBe('password set for x@lumen-home.example');
    expect((await userForPassword(t.db, 'X@lumen-home.example', 'a long enough secret'))?.email).toBe('x@lumen-home.example');
    expect(await userForPassword(t.db, 'x@lumen-home.example', 'a long enough secreT')).toBeUndefined();
    const [row] = await t.db.selectFrom('user_passwords').select('password_hash').execute();
    expect(row!.password_hash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(row!.password_hash).not.toContain('secret');
    // A second user with the same password gets another salt.
    await run('user add --name Y --email y@lumen-home.example --password-stdin', 'a long enough secret');
    expect(out.at(-1)).toMatch(/^created rep Y <y@lumen-home\.example> \(\S+\) with a password$/);
    const hashes = (await t.db.selectFrom('user_passwords').select('password_hash').execute()).map((r) => r.password_hash);
    expect(new Set(hashes).size).toBe(2);
    expect(await run('user password --email nobody@lumen-home.example', 'a long enough secret')).toBe(1);
  });

  it('adds no user when the password given with it is refused', async () => {
    expect(await run('user add --name Z --email z@lumen-home.example --password-stdin', 'tiny')).toBe(2);
    expect(err.at(-1)).toBe('a password needs at least 10 characters');
    expect(await t.db.selectFrom('users').select('id').execute()).toEqual([]);
  });

  it('links, lists and unlinks Google accounts', async () => {
    await run('user add --name X --email x@lumen-home.example');
    await run('user add --name Y --email y@lumen-home.example');
    expect(await run('user link-google --email x@lumen-home.example --google-email X.Rep@gmail.com')).toBe(0);
    expect(out.at(-1)).toBe('linked Google account x.rep@gmail.com to x@lumen-home.example');
    expect((await userForGoogleAccount(t.db, { sub: 'g-1', email: 'x.rep@gmail.com' }))?.email).toBe('x@lumen-home.example');
    expect(await run('user link-google --email y@lumen-home.example --google-email x.rep@gmail.com')).toBe(1);
    expect(err.at(-1)).toBe('the Google account x.rep@gmail.com is linked to another user; unlink it first');
    expect(await run('user google-accounts --email x@lumen-home.example')).toBe(0);
    expect(out.at(-1)).toBe('x.rep@gmail.com  linked 2026-11-25T00:00:00.000Z');
    expect(await run('user unlink-google --google-email x.rep@gmail.com')).toBe(0);
    expect(await userForGoogleAccount(t.db, { sub: 'g-1', email: 'x.rep@gmail.com' })).toBeUndefined();
    expect(await run('user unlink-google --google-email x.rep@gmail.com')).toBe(1);
    await run('user google-accounts --email x@lumen-home.example');
    expect(out.at(-1)).toBe('no Google account linked to x@lumen-home.example');
    expect(await run('user link-google --email x@lumen-home.example')).toBe(2);
  });
});
