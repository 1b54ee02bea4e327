/**
 * The task pane in a real browser against the real server: the pane built into a temporary
 * folder, `createApp` served on a free port over an in-memory SQLite database seeded with the
 * demo book (the API tests cover PostgreSQL), and Debian's chromium driven by playwright-core,
 * with the stand-in Office host served where office.js would come from. Every other request off
 * this machine is refused. The pane benchmark runs on it too.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { StandInConfig } from '../../addin/stand-in/office-stand-in.ts';
import type { StandInMessage, StandInSample } from '../../addin/stand-in/stand-in-message.ts';
import { TOKEN_SETTING } from '../../addin/office/token-store.ts';
import { buildPane } from '../../addin/build/build-pane.ts';
import { createApp } from '../../server/app.ts';
import { BookIndexCache } from '../../server/context/book-index.ts';
import { seedDemoBook, type SeedResult } from '../../server/seed-demo.ts';
import { OFFICE_JS_CDN } from '../../server/addin/pane-routes.ts';
import { loadConfig } from '../../server/config-file.ts';
import { openDatabase, type Database } from '../../server/store/database.ts';
import { migrateToLatest } from '../../server/store/migrations.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The server's clock, and the browser's: the API tests' moment. */
export const FIXED_NOW = new Date('2026-11-25T04:00:00Z');
/** Where the test run leaves its screenshots (git-ignored). */
export const SCREENSHOTS = join(ROOT, 'test', 'output', 'screenshots');
/** Customers in the test book: enough for look-alikes, similar customers and a colleague's customer. */
export const TEST_BOOK_SIZE = 80;

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`no chromium at ${path}: run the tests with \`npm test\` (scripts/ensure-chromium.sh installs Debian's chromium), or set CHROMIUM_PATH`);
  }
  return path;
}

export interface PaneHarness {
  base: string;
  database: Database;
  seeded: SeedResult;
  rep: { email: string; token: string };
  samples: Record<StandInSample['kind'], StandInMessage | null>;
  /** A second known customer, for ItemChanged. */
  secondCustomer: StandInMessage;
  context: BrowserContext;
  open(options?: OpenOptions): Promise<Page>;
  /** Opens `/customers/<id>` as a plain browser does, outside Office. */
  openCustomerPage(customerId: string, options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface PageOptions {
  /** The token in the page's storage; default the demo rep's. Null: signed out. */
  token?: string | null;
  /**
   * What loading office.js gives a browser outside Office: the real script from the
   * `@microsoft/office-js` package served where the CDN would (default), which reports no
   * host; or nothing, as when the CDN is unreachable.
   */
  officeJs?: 'real' | 'unreachable';
  /** Window width; default 1000 (a browser window, not a pane). */
  width?: number;
}

/** Where office.js and the scripts it loads live on Microsoft's CDN. */
const OFFICE_JS_HOSTED = OFFICE_JS_CDN.slice(0, OFFICE_JS_CDN.lastIndexOf('/') + 1);
const OFFICE_JS_DIST = join(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');

export interface OpenOptions {
  item?: StandInMessage | null;
  displayLanguage?: string;
  /** The stored token; default the demo rep's. Null: signed out. */
  token?: string | null;
  dialog?: StandInConfig['dialog'];
  /** Pane width; default 320 (Outlook's usual). */
  width?: number;
}

async function memoryDatabase(): Promise<Database> {
  const database = await openDatabase({ file: ':memory:' });
  await migrateToLatest(database.db);
  return database;
}

/** @param bookSize customers in the demo book. Default {@link TEST_BOOK_SIZE}; the benchmark uses `npm start`'s. */
export async function startPaneHarness(options: { bookSize?: number } = {}): Promise<PaneHarness> {
  const executablePath = chromiumPath();
  const paneDir = join(mkdtempSync(join(tmpdir(), 'tp-pane-test-')), 'addin');
  const profile = mkdtempSync(join(tmpdir(), 'tp-chromium-'));
  const [database] = await Promise.all([memoryDatabase(), buildPane({ outDir: paneDir })]);
  const { config } = loadConfig(undefined, ROOT);
  const seeded = await seedDemoBook(database.db, config, FIXED_NOW, options.bookSize ?? TEST_BOOK_SIZE);
  const clock = () => FIXED_NOW;

  // The app needs its public URL (sign-in links), known once the port is.
  let app: ReturnType<typeof createApp> | null = null;
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: (req) => app!.fetch(req), port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bookIndex = new BookIndexCache(database.db, config, clock, { maxAgeMs: 60_000, waitForFresh: true });
  app = createApp({ database, config, clock, bookIndex, publicUrl: base, paneDir });

  const rep = seeded.tokens.find((t) => t.role === 'rep')!;
  const res = await fetch(`${base}/api/preview/samples`, { headers: { authorization: `Bearer ${rep.token}` } });
  if (!res.ok) throw new Error(`preview samples: ${res.status} ${await res.text()}`);
  const list = ((await res.json()) as { samples: StandInSample[] }).samples;
  // The first sample of each kind (there are two customers).
  const samples = Object.fromEntries([...list].reverse().map((s) => [s.kind, s.message])) as PaneHarness['samples'];
  const secondCustomer = list.filter((s) => s.kind === 'customer')[1]!.message!;

  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 320, height: 900 },
    // The server's clock: "overdue" in the pane means what it means on the server.
    timezoneId: 'Asia/Shanghai',
  });
  await context.clock.setFixedTime(FIXED_NOW);
  const standIn = readFileSync(join(paneDir, 'stand-in.js'), 'utf8');
  // Registered first, so matched last: nothing leaves this machine.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  await context.route(OFFICE_JS_CDN, (route) => route.fulfill({ contentType: 'application/javascript', body: standIn }));

  return {
    base,
    database,
    seeded,
    rep,
    samples,
    secondCustomer,
    context,
    async open(options = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width: options.width ?? 320, height: 900 });
      const token = options.token === undefined ? rep.token : options.token;
      const config: StandInConfig = {
        user: { name: 'Rep', address: rep.email },
        displayLanguage: options.displayLanguage ?? 'en-US',
        item: options.item ?? null,
        roaming: token ? { 'touchpoint.token': token } : {},
        dialog: options.dialog ?? 'fail',
      };
      await page.addInitScript((c) => {
        // Each page starts from what its test says, not from what an earlier page stored.
        localStorage.clear();
        (window as unknown as { __officeStandInConfig: unknown }).__officeStandInConfig = c;
      }, config);
      await page.goto(`${base}/addin/taskpane.html`);
      return page;
    },
    async openCustomerPage(customerId, options = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width: options.width ?? 1000, height: 900 });
      // A page's routes come before the context's, which serve the stand-in Office host.
      await page.route(`${OFFICE_JS_HOSTED}**`, (route) => {
        const file = join(OFFICE_JS_DIST, new URL(route.request().url()).pathname.slice(new URL(OFFICE_JS_HOSTED).pathname.length));
        if (options.officeJs === 'unreachable' || !file.startsWith(OFFICE_JS_DIST) || !existsSync(file)) return route.abort('blockedbyclient');
        return route.fulfill({ path: file, contentType: 'application/javascript' });
      });
      const token = options.token === undefined ? rep.token : options.token;
      await page.addInitScript(
        ([key, value]) => {
          localStorage.clear();
          if (value) localStorage.setItem(key!, value);
        },
        [TOKEN_SETTING, token] as const,
      );
      await page.goto(`${base}/customers/${encodeURIComponent(customerId)}`);
      return page;
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(paneDir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in elsewhere with a pairing code, as a rep does on another device: opens the server's
 * code page, enters the code, then (after `onSignInPage` looked at the sign-in form) the rep's
 * e-mail and password. Returns that page (still open).
 */
export async function enterPairingCode(h: PaneHarness, codeUrl: string, code: string, onSignInPage?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(codeUrl);
  await page.fill('#code', code);
  await Promise.all([page.waitForNavigation(), page.press('#code', 'Enter')]);
  await onSignInPage?.(page);
  await page.fill('#email', h.rep.email);
  await page.fill('#password', h.seeded.password);
  await Promise.all([page.waitForNavigation(), page.press('#password', 'Enter')]);
  return page;
}

/** Swaps the open item as Outlook does (and fires ItemChanged). */
export function setItem(page: Page, item: StandInMessage | null): Promise<void> {
  return page.evaluate((m) => window.__officeStandIn!.setItem(m), item);
}

/** Saves a full-page screenshot of the pane under test/output/screenshots. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // From the top: the sticky bar would otherwise be drawn where the page was scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
