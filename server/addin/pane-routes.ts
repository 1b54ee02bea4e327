/**
 * `/addin/*`: the built task pane (`npm run build` writes it to `dist/addin`), its icons, the
 * preview page, and a local copy of office.js.
 *
 * office.js: the pane's page loads it from Microsoft's CDN, as Office add-ins must. With
 * `OFFICE_JS=local` the page is served pointing at `/addin/lib/office-js/office.js` instead,
 * the copy in the `@microsoft/office-js` package (for debugging and networks without the CDN;
 * Microsoft allows local copies for internal and development use only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/env.ts';

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const OFFICE_JS_LOCAL = '/addin/lib/office-js/office.js';
/**
 * The customer's page (`GET /customers/:id`, the Gmail cards' "Open in Touchpoint"): the pane's
 * own page in its customer mode, so one build serves Outlook and the browser.
 */
export function customerPagePath(customerId: string): string {
  return `/addin/taskpane.html?customer=${encodeURIComponent(customerId)}`;
}

/** Where `npm run build` writes the pane. */
export const DEFAULT_PANE_DIR = join(import.meta.dirname, '..', '..', 'dist', 'addin');

export interface PaneRoutesOptions {
  /** The built pane; default `dist/addin` in the repository. */
  dir: string;
  /** Point the pane's page at the local office.js. */
  localOfficeJs?: boolean;
}

function officeJsDist(): string | null {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');
  } catch {
    return null;
  }
}

export function paneRoutes(options: PaneRoutesOptions) {
  const dir = options.dir;
  const officeDist = officeJsDist();
  const notBuilt = (c: Context<AppEnv>) => c.json({ error: `the task pane is not built: run \`npm run build\` (looked in ${dir})`, code: 'not_built' }, 503);

  const page = (file: string) => (c: Context<AppEnv>) => {
    const path = join(dir, file);
    if (!existsSync(path)) return notBuilt(c);
    let html = readFileSync(path, 'utf8');
    if (options.localOfficeJs) html = html.replace(OFFICE_JS_CDN, OFFICE_JS_LOCAL);
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  };

  const routes = new Hono<AppEnv>()
    .get('/', (c) => c.redirect('/addin/taskpane.html'))
    .get('/taskpane.html', page('taskpane.html'))
    .get('/preview.html', page('preview.html'));
  if (officeDist) {
    routes.use('/lib/office-js/*', serveStatic({ root: officeDist, rewriteRequestPath: (p) => p.replace(/^\/addin\/lib\/office-js/, '') }));
  }
  routes.use(
    '/*',
    async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'no-cache');
    },
    serveStatic({ root: dir, precompressed: true, rewriteRequestPath: (p) => p.replace(/^\/addin/, '') }),
  );
  return routes;
}
