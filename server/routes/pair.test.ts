import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { startGooglePairing } from '../pairing/google-pairing.ts';
import { userForGoogleAccount } from '../store/google-accounts.ts';
import { MAX_PAIRING_FAILURES } from '../store/pairings.ts';
import { setPassword } from '../store/passwords.ts';
import { ACCOUNT_RULE, CLIENT_CODE_RULE } from '../store/sign-in-failures.ts';
import { ENGINES } from '../store/test-engines.ts';
import { setUserActive } from '../store/users.ts';
import { apiFixture, FIXED_NOW, type ApiFixture } from '../testing/api-fixture.ts';

const PUBLIC_URL = 'http://127.0.0.1:8787';
const PASSWORD = 'correct horse battery';
const REP_A = 'rep.a@lumen-home.example';

interface Page {
  status: number;
  text: string;
  headers: Headers;
  /** The CSRF token of the form on the page, and the cookie the server set with it. */
  csrf: string | undefined;
  cookie: string | undefined;
}

describe.each(ENGINES)('pairing on %s', (engine) => {
  let f: ApiFixture;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    f = await apiFixture(engine);
    app = f.app;
    await setPassword(f.database.db, f.users.repA.id, PASSWORD, null, FIXED_NOW.toISOString());
  });
  afterEach(() => f.dispose());

  const json = async (method: string, path: string, body: unknown, on = app) => {
    const res = await on.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };

  async function page(path: string, init: { form?: Record<string, string>; cookie?: string; headers?: Record<string, string> } = {}, on = app): Promise<Page> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.cookie) headers.cookie = init.cookie;
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await on.request(path, { method: init.form ? 'POST' : 'GET', headers, body: init.form ? new URLSearchParams(init.form).toString() : undefined });
    const text = await res.text();
    const setCookie = /tp_pair_csrf=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    return { status: res.status, text, headers: res.headers, csrf: /name="csrf" value="([^"]+)"/.exec(text)?.[1], cookie: setCookie ? `tp_pair_csrf=${setCookie}` : init.cookie };
  }

  /** Opens the sign-in page and submits it. */
  async function signIn(path: string, email: string, password: string, on = app) {
    const form = await page(path, {}, on);
    return page(path, { cookie: form.cookie, form: { csrf: form.csrf!, email, password } }, on);
  }

  const start = async (label?: string) => (await json('POST', '/pair/start', { purpose: 'addin', ...(label ? { label } : {}) })).body;
  const pathOf = (url: string) => new URL(url).pathname;
  const claim = (p: { pairId: string; pollSecret: string }, on = app) => json('POST', '/pair/claim', { pairId: p.pairId, pollSecret: p.pollSecret }, on);

  it('signs the add-in in: start, page, wrong password, right password, one claim', async () => {
    const started = await json('POST', '/pair/start', { purpose: 'addin', label: 'anna@lumen-home.example' });
    expect(started.status).toBe(201);
    const p = started.body;
    expect(p).toEqual({
      pairId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      pollSecret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/),
      signInUrl: `${PUBLIC_URL}/pair/${p.pairId}`,
      codeUrl: `${PUBLIC_URL}/pair`,
      expiresAt: '2026-11-25T04:10:00.000Z',
    });

    const form = await page(pathOf(p.signInUrl));
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toMatch(/^text\/html/);
    expect(form.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
    expect(form.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(form.headers.get('content-security-policy')).not.toContain('appsforoffice');
    expect(form.text).toContain('Sign in to connect the Outlook add-in (anna@lumen-home.example)');
    expect(form.text).not.toContain('office.js');
    expect(form.text).toContain('"Segoe UI"');
    expect(form.text).toMatch(/<a href="[^"]+\?lang=zh" hreflang="zh-CN">中文<\/a>/);

    const wrong = await page(pathOf(p.signInUrl), { cookie: form.cookie, form: { csrf: form.csrf!, email: REP_A, password: 'not the password' } });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain(`Wrong e-mail or password. Attempts left before this sign-in is locked: ${MAX_PAIRING_FAILURES - 1}.`);
    expect(wrong.text).toContain(`value="${REP_A}"`);
    expect((await claim(p)).status).toBe(202);

    const done = await page(pathOf(p.signInUrl), { cookie: wrong.cookie, form: { csrf: wrong.csrf!, email: 'Rep.A@Lumen-Home.example', password: PASSWORD } });
    expect(done.status).toBe(200);
    expect(done.text).toContain('The Outlook add-in is connected as Rep A. You may close this window.');
    expect(done.text).toContain(`data-pair-id="${p.pairId}"`);
    expect(done.text).toContain('"https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    expect(done.text).toContain("JSON.stringify({ type: 'paired', pairId:");
    expect(done.headers.get('content-security-policy')).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic' https:\/\/appsforoffice\.microsoft\.com/);
    expect(done.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');

    const claimed = await claim(p);
    expect(claimed).toEqual({ status: 200, body: { token: expect.stringMatching(/^tp_/), user: { id: f.users.repA.id, name: 'Rep A', email: REP_A } } });
    const me = await app.request('/api/me', { headers: { authorization: `Bearer ${claimed.body.token}` } });
    expect((await me.json()).id).toBe(f.users.repA.id);
    expect(await claim(p)).toMatchObject({ status: 410, body: { code: 'gone' } });
    // An ordinary token, listed and revocable like any other.
    const mine = await f.call('repA', 'GET', '/api/me/tokens');
    expect(mine.body.items.map((t: any) => t.label)).toEqual(['test', 'outlook: anna@lumen-home.example']);
    // Only hashes are kept of the pairing's secrets.
    const row = JSON.stringify(await f.database.db.selectFrom('pairings').selectAll().execute());
    expect(row).not.toContain(p.pollSecret);
    expect(row).not.toContain(p.code.replace('-', ''));
    // The page now says it is done.
    expect((await page(pathOf(p.signInUrl))).text).toContain('This sign-in is already complete');
  });

  it('answers pending until approved, and 404 to a wrong secret or id', async () => {
    const p = await start();
    expect(await claim(p)).toEqual({ status: 202, body: { status: 'pending' } });
    expect((await claim({ ...p, pollSecret: 'x'.repeat(43) })).status).toBe(404);
    expect((await claim({ ...p, pairId: 'nope' })).status).toBe(404);
    expect((await json('POST', '/pair/start', { purpose: 'outlook' })).status).toBe(422);
  });

  it('expires after ten minutes: the page and the claim answer 410', async () => {
    const p = await start();
    const later = createApp({ database: f.database, config: f.config, clock: () => new Date(FIXED_NOW.getTime() + 10 * 60_000 + 1), bookIndex: f.bookIndex });
    expect((await page(pathOf(p.signInUrl), {}, later)).status).toBe(410);
    expect((await signIn(pathOf(p.signInUrl), REP_A, PASSWORD, later)).status).toBe(410);
    expect((await claim(p, later)).status).toBe(410);
    // Approved in time but claimed too late.
    const q = await start();
    expect((await signIn(pathOf(q.signInUrl), REP_A, PASSWORD)).status).toBe(200);
    expect((await claim(q, later)).status).toBe(410);
  });

  it('lets a person type the code instead, then sign in', async () => {
    const p = await start();
    const codeForm = await page('/pair');
    expect(codeForm.status).toBe(200);
    expect(codeForm.text).toContain('Enter the code the add-in shows');
    expect(codeForm.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
    const wrong = await page('/pair', { cookie: codeForm.cookie, form: { csrf: codeForm.csrf!, code: 'ZZZZ-ZZZZ' } });
    expect(wrong.status).toBe(404);
    expect(wrong.text).toContain(`No sign-in is waiting for that code. Check it, or start again from the add-in. Attempts left: ${CLIENT_CODE_RULE.max - 1}.`);
    // Typed in lower case without the dash.
    const found = await app.request('/pair?lang=en', {
      method: 'POST',
      headers: { cookie: codeForm.cookie!, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: codeForm.csrf!, code: ` ${p.code.replace('-', '').toLowerCase()} ` }).toString(),
    });
    expect(found.status).toBe(303);
    expect(found.headers.get('location')).toBe(`${p.signInUrl}?lang=en`);
    expect((await signIn(pathOf(p.signInUrl), REP_A, PASSWORD)).status).toBe(200);
    expect((await claim(p)).status).toBe(200);
  });

  it('refuses a form without the CSRF token, or with one that is not the cookie’s', async () => {
    const p = await start();
    const form = await page(pathOf(p.signInUrl));
    const noField = await page(pathOf(p.signInUrl), { cookie: form.cookie, form: { email: REP_A, password: PASSWORD } });
    expect(noField.status).toBe(403);
    expect(noField.text).toContain('The form expired. Reload the page and try again.');
    const noCookie = await page(pathOf(p.signInUrl), { form: { csrf: form.csrf!, email: REP_A, password: PASSWORD } });
    expect(noCookie.status).toBe(403);
    const other = await page(pathOf(p.signInUrl), { cookie: `tp_pair_csrf=${'a'.repeat(43)}`, form: { csrf: form.csrf!, email: REP_A, password: PASSWORD } });
    expect(other.status).toBe(403);
    const code = await page('/pair', { cookie: form.cookie, form: { code: p.code } });
    expect(code.status).toBe(403);
    expect(await claim(p)).toEqual({ status: 202, body: { status: 'pending' } });
  });

  it('locks a pairing after repeated wrong passwords, even against the right one', async () => {
    const p = await start();
    let last: Page | undefined;
    for (let i = 0; i < MAX_PAIRING_FAILURES; i++) last = await signIn(pathOf(p.signInUrl), REP_A, `wrong guess ${i}`);
    expect(last!.status).toBe(429);
    expect(last!.text).toContain('Too many wrong passwords: this sign-in is locked. Start again from the add-in.');
    expect((await signIn(pathOf(p.signInUrl), REP_A, PASSWORD)).status).toBe(429);
    expect((await claim(p)).status).toBe(410);
  });

  it('locks an account after repeated wrong passwords across pairings', async () => {
    for (let n = 0; n < ACCOUNT_RULE.max / MAX_PAIRING_FAILURES; n++) {
      const p = await start();
      for (let i = 0; i < MAX_PAIRING_FAILURES; i++) await signIn(pathOf(p.signInUrl), REP_A, `wrong guess ${n}.${i}`);
    }
    const fresh = await start();
    const res = await signIn(pathOf(fresh.signInUrl), REP_A, PASSWORD);
    expect(res.status).toBe(429);
    expect(res.text).toContain('Too many failed sign-ins for this account. Try again after 04:15 (UTC).');
    // Another account is not affected.
    await setPassword(f.database.db, f.users.repB.id, PASSWORD, null, FIXED_NOW.toISOString());
    expect((await signIn(pathOf(fresh.signInUrl), 'rep.b@lumen-home.example', PASSWORD)).status).toBe(200);
  });

  it('locks code entry from a client after repeated wrong codes', async () => {
    const p = await start();
    const form = await page('/pair');
    let last: Page | undefined;
    for (let i = 0; i < CLIENT_CODE_RULE.max; i++) last = await page('/pair', { cookie: form.cookie, form: { csrf: form.csrf!, code: `ZZZZ-ZZZ${i + 2}` } });
    expect(last!.status).toBe(429);
    expect(last!.text).toContain('Too many wrong codes from this device. Try again after 04:15 (UTC).');
    expect((await page('/pair', { cookie: form.cookie, form: { csrf: form.csrf!, code: p.code } })).status).toBe(429);
  });

  it('does not sign in a deactivated user', async () => {
    await setUserActive(f.database.db, f.users.repA.id, false, null, FIXED_NOW.toISOString());
    const p = await start();
    const res = await signIn(pathOf(p.signInUrl), REP_A, PASSWORD);
    expect(res.status).toBe(401);
    expect(res.text).toContain('Wrong e-mail or password.');
    expect(await claim(p)).toEqual({ status: 202, body: { status: 'pending' } });
  });

  it('links a Google account to whoever signs in on a Google pairing', async () => {
    const identity = { sub: '109876543210', email: 'Lily.Rep@gmail.com' };
    const deps = { database: f.database, publicUrl: PUBLIC_URL, clock: () => FIXED_NOW };
    const started = await startGooglePairing(deps, identity);
    expect(started).toEqual({ pairId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), signInUrl: `${PUBLIC_URL}/pair/${started.pairId}`, expiresAt: '2026-11-25T04:10:00.000Z' });
    expect(await userForGoogleAccount(f.database.db, identity)).toBeUndefined();
    const form = await page(pathOf(started.signInUrl));
    expect(form.text).toContain('Sign in to link the Google account lily.rep@gmail.com to your Touchpoint account');
    const done = await page(pathOf(started.signInUrl), { cookie: form.cookie, form: { csrf: form.csrf!, email: REP_A, password: PASSWORD } });
    expect(done.status).toBe(200);
    expect(done.text).toContain('The Google account lily.rep@gmail.com is now linked to Rep A.');
    expect(done.text).not.toContain('office.js');
    expect((await userForGoogleAccount(f.database.db, identity))?.id).toBe(f.users.repA.id);
    // No claim step for a Google pairing.
    expect((await claim({ pairId: started.pairId, pollSecret: 'x'.repeat(43) })).status).toBe(404);

    // The same account cannot be taken over by another user's sign-in.
    await setPassword(f.database.db, f.users.repB.id, PASSWORD, null, FIXED_NOW.toISOString());
    const again = await startGooglePairing(deps, identity);
    const taken = await signIn(pathOf(again.signInUrl), 'rep.b@lumen-home.example', PASSWORD);
    expect(taken.status).toBe(409);
    expect(taken.text).toContain('is linked to another Touchpoint user');
    expect((await userForGoogleAccount(f.database.db, identity))?.id).toBe(f.users.repA.id);
  });

  it('speaks Chinese when asked, by ?lang= or Accept-Language', async () => {
    const p = await start();
    const byQuery = await page(`${pathOf(p.signInUrl)}?lang=zh`);
    expect(byQuery.text).toContain('<html lang="zh-CN">');
    expect(byQuery.text).toContain('登录后，Outlook 加载项将连接到您的 Touchpoint 账户。');
    expect(byQuery.text).toContain(`action="${pathOf(p.signInUrl)}?lang=zh"`);
    expect(byQuery.text).toMatch(/<a href="[^"]+\?lang=en" hreflang="en">English<\/a>/);
    const byHeader = await page('/pair', { headers: { 'accept-language': 'de-DE,zh-CN;q=0.8,en;q=0.5' } });
    expect(byHeader.text).toContain('输入加载项显示的代码');
    expect((await page('/pair', { headers: { 'accept-language': 'en-US,zh;q=0.9' } })).text).toContain('Enter the code the add-in shows');
  });

  it('answers an unknown or malformed pairing id with the expired page', async () => {
    expect((await page('/pair/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    const odd = await page('/pair/%3Cscript%3E');
    expect(odd.status).toBe(404);
    expect(odd.text).toContain('This sign-in link has expired or is not valid.');
    expect(odd.text).not.toContain('<script>');
  });
});

describe.each(ENGINES)('my tokens on %s', (engine) => {
  let f: ApiFixture;
  beforeEach(async () => {
    f = await apiFixture(engine);
  });
  afterEach(() => f.dispose());

  it('lists the caller’s own tokens and revokes one of them; another’s is 404', async () => {
    const listed = await f.call('repA', 'GET', '/api/me/tokens');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([{ id: expect.any(String), label: 'test', createdAt: FIXED_NOW.toISOString(), lastUsedAt: expect.any(String), revokedAt: null }]);
    const bs = (await f.call('repB', 'GET', '/api/me/tokens')).body.items;
    expect((await f.call('repA', 'DELETE', `/api/me/tokens/${bs[0].id}`)).status).toBe(404);
    expect((await f.call('repB', 'GET', '/api/me')).status).toBe(200);
    const mine = listed.body.items[0].id;
    expect(await f.call('repA', 'DELETE', `/api/me/tokens/${mine}`)).toEqual({ status: 200, body: { id: mine, revoked: true } });
    expect((await f.call('repA', 'GET', '/api/me')).status).toBe(401);
    expect((await f.call(null, 'GET', '/api/me/tokens')).status).toBe(401);
  });
});
