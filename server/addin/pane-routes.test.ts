import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { exampleConfig, FIXED_NOW } from '../testing/api-fixture.ts';
import { openTestDatabase, type TestDatabase } from '../store/test-engines.ts';
import { OFFICE_JS_CDN, OFFICE_JS_LOCAL } from './pane-routes.ts';

const dir = mkdtempSync(join(tmpdir(), 'tp-pane-routes-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'taskpane.html'), `<script src="${OFFICE_JS_CDN}"></script><script src="taskpane.js"></script>`);
writeFileSync(join(dir, 'taskpane.js'), 'console.log("pane")');
writeFileSync(join(dir, 'assets', 'icon-64.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('sqlite');
});
afterAll(() => database.dispose());

const app = (options: { paneDir?: string; localOfficeJs?: boolean } = {}) =>
  createApp({ database, config: exampleConfig(), clock: () => FIXED_NOW, paneDir: dir, ...options });

describe('/addin', () => {
  it('serves the pane page with office.js from the CDN, no token needed', async () => {
    const res = await app().request('/addin/taskpane.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain(OFFICE_JS_CDN);
  });

  it('points the page at the local office.js when asked, and serves that copy', async () => {
    const local = app({ localOfficeJs: true });
    const html = await (await local.request('/addin/taskpane.html')).text();
    expect(html).toContain(`src="${OFFICE_JS_LOCAL}"`);
    expect(html).not.toContain(OFFICE_JS_CDN);
    const officeJs = await local.request(OFFICE_JS_LOCAL);
    expect(officeJs.status).toBe(200);
    expect(officeJs.headers.get('content-type')).toMatch(/javascript/);
  });

  it('serves the bundle and icons with their types', async () => {
    const js = await app().request('/addin/taskpane.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const icon = await app().request('/addin/assets/icon-64.png');
    expect(icon.headers.get('content-type')).toBe('image/png');
  });

  it('redirects /addin to the pane page', async () => {
    const res = await app().request('/addin');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/addin/taskpane.html');
  });

  it('sends a customer’s page to the pane page in its customer mode, no token needed', async () => {
    const res = await app().request('/customers/cus_0001');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/addin/taskpane.html?customer=cus_0001');
    const odd = await app().request('/customers/a%26b%3Dc');
    expect(odd.headers.get('location')).toBe('/addin/taskpane.html?customer=a%26b%3Dc');
  });

  it('answers 404 for a file that is not there, and no path escapes the folder', async () => {
    expect((await app().request('/addin/nope.js')).status).toBe(404);
    expect((await app().request('/addin/../package.json')).status).toBe(404);
    expect((await app().request('/addin/%2e%2e/package.json')).status).toBe(404);
  });

  it('answers 503 saying how to build when the pane was not built', async () => {
    const res = await app({ paneDir: join(dir, 'missing') }).request('/addin/taskpane.html');
    expect(res.status).toBe(503);
    expect((await res.json()).error).toMatch(/run `npm run build`/);
  });
});
