/**
 * `npm start`: loads the company config, opens the store (SQLite under ./data, or PostgreSQL when
 * DATABASE_URL is set), seeds the demo book into an empty store, and serves the API on PORT.
 */
import { existsSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { gmailSettingsFromEnv, GmailSettingsError } from '../gmail-addon/index.ts';
import { DEFAULT_PANE_DIR } from './addin/pane-routes.ts';
import { BOOK_INDEX_MAX_AGE_MS, createApp } from './app.ts';
import { BookIndexCache } from './context/book-index.ts';
import { ConfigError, loadConfig } from './config-file.ts';
import { openStore, storeLocation } from './open-store.ts';
import { seedDemoBook } from './seed-demo.ts';
import { redactUrl } from './store/database.ts';
import { systemClock } from './store/ids.ts';
import { tlsSetup } from './tls.ts';

const started = performance.now();

async function main() {
  const { config, file, isExample } = loadConfig(process.env.TOUCHPOINT_CONFIG);
  const location = storeLocation();
  const database = await openStore();
  const users = await database.db.selectFrom('users').select('id').limit(1).execute();
  const seeded = users.length === 0 && process.env.TOUCHPOINT_DEMO !== 'off' ? await seedDemoBook(database.db, config, systemClock()) : null;

  const port = Number(process.env.PORT ?? 8787);
  const hostname = process.env.HOST ?? '127.0.0.1';
  const bookIndex = new BookIndexCache(database.db, config, systemClock, {
    maxAgeMs: BOOK_INDEX_MAX_AGE_MS,
    onError: (error) => console.error('rebuilding the book index failed; still serving the previous one:', error),
  });
  // Built now rather than on the first opened mail, so that mail is answered at full speed.
  const warming = bookIndex.get();
  // Outlook loads add-ins over HTTPS only: HTTPS=1 (a generated localhost certificate) or TLS_CERT/TLS_KEY.
  const tls = await tlsSetup();
  const scheme = tls ? 'https' : 'http';
  const publicUrl = process.env.PUBLIC_URL || `${scheme}://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`;
  const localOfficeJs = process.env.OFFICE_JS === 'local';
  const gmail = gmailSettingsFromEnv(process.env, publicUrl);
  const app = createApp({ database, config, clock: systemClock, bookIndex, publicUrl, localOfficeJs, gmail: gmail ? { settings: gmail.settings } : null });
  const listen = tls ? { createServer: createHttpsServer, serverOptions: { key: tls.key, cert: tls.cert } } : {};
  const server = serve({ fetch: app.fetch, port, hostname, ...listen }, (info) => {
    const base = `${scheme}://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${info.port}`;
    const lines = [
      `Touchpoint is running for ${config.company.name}${isExample ? ' (demo config: copy touchpoint.config.example.json to touchpoint.config.json to make it yours)' : ` (${file})`}`,
      `  store:   ${'url' in location ? `PostgreSQL ${redactUrl(location.url)}` : `SQLite ${location.file}`}`,
      `  API:     ${base}/api   (health: ${base}/healthz)`,
    ];
    if (tls) lines.push(`  HTTPS:   ${tls.source === 'given' ? 'certificate' : `self-signed certificate (${tls.source})`} ${tls.certPath}`);
    const built = existsSync(join(DEFAULT_PANE_DIR, 'taskpane.html'));
    lines.push(`  Outlook: ${base}/addin/taskpane.html${built ? `${localOfficeJs ? '   (office.js served locally)' : ''}` : '   (not built: run npm run build)'}`);
    const previewToken = seeded?.tokens.find((t) => t.role === 'rep')?.token;
    lines.push(`  preview: ${base}/addin/preview.html${previewToken ? `#token=${previewToken}` : ''}   (the pane in a plain browser, with sample mails)`);
    if (seeded) {
      lines.push(`  demo book: ${seeded.customers} customers in ${seeded.countries} countries, ${seeded.orders} orders, ${seeded.interactions} interactions`);
      lines.push('  demo tokens (shown once; send as Authorization: Bearer <token>):');
      for (const t of seeded.tokens) lines.push(`    ${t.role.padEnd(7)} ${t.email.padEnd(34)} ${t.token}`);
      lines.push(`  try:     curl -s -H "Authorization: Bearer ${seeded.tokens[0]!.token}" ${base}/api/today`);
      lines.push(`  sign in: from the add-in, as any of them with password ${seeded.password} (shown once; code page ${process.env.PUBLIC_URL || base}/pair)`);
    } else {
      lines.push('  tokens:  npx touchpoint token create --email <user e-mail>   (npx touchpoint user list)');
      lines.push('  sign in: npx touchpoint user password --email <user e-mail>   (then sign in from the add-in)');
    }
    lines.push(gmail ? `  Gmail:   add-on endpoints at ${gmail.settings.endpointUrl}/{home,message,compose,action}` : '  Gmail:   add-on off (set GMAIL_ADDON_SERVICE_ACCOUNT and GMAIL_ADDON_CLIENT_ID; see docs/gmail.md)');
    if (gmail?.warning) lines.push(`           ${gmail.warning}`);
    lines.push(`  ready in ${Math.round(performance.now() - started)} ms`);
    console.log(lines.join('\n'));
    warming.then(
      (index) => console.log(`  book index: ${index.customers} customers in ${index.buildMs} ms`),
      (error: unknown) => console.error('building the book index failed:', error),
    );
  });

  const stop = () => {
    server.close();
    void database.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof GmailSettingsError) console.error(error.message);
  else console.error(`Touchpoint could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
