/**
 * Server time of the Gmail add-on's contextual card on the demo book: `POST /gmail/message` with
 * an event as Google sends it (both ID tokens verified, the Google account mapped to its user),
 * the message read from a fake Gmail API on loopback that answers at once, the context
 * composed and drawn as a card, the card checked against the schemas. Also an unknown sender's
 * inquiry (the message read whole) and the homepage. Requests go through `app.request`.
 *
 *   npm run bench:gmail [customers=300] [requests=300]
 */
import { dateIn } from '../core/index.ts';
import { googleIdTokenVerifier } from '../gmail-addon/auth/id-token-verifier.ts';
import { DEPLOYMENT_SCOPES } from '../gmail-addon/scopes.ts';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config-file.ts';
import { BookIndexCache } from '../server/context/book-index.ts';
import { seedDemoBook } from '../server/seed-demo.ts';
import { openDatabase } from '../server/store/database.ts';
import { linkGoogleAccount } from '../server/store/google-accounts.ts';
import { migrateToLatest } from '../server/store/migrations.ts';
import { startFakeGmail } from '../test/gmail/fake-gmail.ts';
import { htmlOnlyInquiry, knownSenderMail } from '../test/gmail/gmail-messages.ts';
import { makeGoogleKeys, OAUTH_CLIENT_ID, SERVICE_ACCOUNT, systemToken, userToken } from '../test/gmail/google-keys.ts';

const customers = Number(process.argv[2] ?? 300);
const requests = Number(process.argv[3] ?? 300);
const now = new Date('2026-11-25T04:00:00Z');
const clock = () => now;
const ENDPOINT = 'https://tp.example.com/gmail';

const { config } = loadConfig(undefined, new URL('..', import.meta.url).pathname);
const database = await openDatabase({ file: ':memory:' });
await migrateToLatest(database.db);
const seeded = await seedDemoBook(database.db, config, now, customers);
const bookIndex = new BookIndexCache(database.db, config, clock, { maxAgeMs: 3_600_000 });
const index = await bookIndex.get();
console.log(`demo book: ${seeded.customers} customers, book index built in ${index.buildMs} ms (today ${dateIn(now, config.company.timeZone)})`);

const keys = makeGoogleKeys();
const gmail = await startFakeGmail();
const app = createApp({
  database,
  config,
  clock,
  bookIndex,
  publicUrl: 'https://tp.example.com',
  gmail: {
    settings: { serviceAccountEmail: SERVICE_ACCOUNT, oauthClientId: OAUTH_CLIENT_ID, endpointUrl: ENDPOINT, imageKey: 'bench-image-key'.padEnd(40, 'x') },
    verifier: googleIdTokenVerifier(keys.certificates),
    gmailRootUrl: gmail.rootUrl,
  },
});

const rep = seeded.tokens.find((t) => t.role === 'rep')!;
const repUser = await database.db.selectFrom('users').select('id').where('email', '=', rep.email).executeTakeFirstOrThrow();
const google = { sub: '110000000000000000001', email: rep.email };
await linkGoogleAccount(database.db, { userId: repUser.id, email: google.email }, null, now.toISOString());

// Mail from the rep's own customers' contacts (a rep opens their own customers' mail).
const contacts = await database.db
  .selectFrom('contact_emails')
  .innerJoin('customers', 'customers.id', 'contact_emails.customer_id')
  .select('contact_emails.email')
  .where('customers.owner_id', '=', repUser.id)
  .orderBy('contact_emails.email')
  .execute();
contacts.forEach((c, i) => gmail.messages.set(`known-${i}`, knownSenderMail(`known-${i}`, `Buyer <${c.email}>`, `<bench-${i}@mail.example>`)));
gmail.messages.set('inquiry', htmlOnlyInquiry('inquiry'));

const userIdToken = await userToken(keys, google);
const bearers = { message: await systemToken(keys, `${ENDPOINT}/message`), home: await systemToken(keys, `${ENDPOINT}/home`) };
const event = (messageId?: string) => ({
  commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', userLocale: 'en' },
  authorizationEventObject: { userOAuthToken: 'ya29.bench', userIdToken, authorizedScopes: [...DEPLOYMENT_SCOPES] },
  ...(messageId ? { gmail: { messageId, threadId: `t-${messageId}`, accessToken: 'bench-message-token' } } : {}),
});

async function time(label: string, n: number, endpoint: 'message' | 'home', body: (i: number) => unknown, expectCard: string) {
  const ms: number[] = [];
  for (let i = 0; i < n + 20; i++) {
    const started = performance.now();
    const res = await app.request(`/gmail/${endpoint}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearers[endpoint]}`, 'content-type': 'application/json' },
      body: JSON.stringify(body(i)),
    });
    const json = (await res.json()) as { action?: { navigations?: Array<{ pushCard?: { name?: string } }> } };
    if (res.status !== 200 || json.action?.navigations?.[0]?.pushCard?.name !== expectCard) throw new Error(`${label}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    if (i >= 20) ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  console.log(`${label.padEnd(48)} n=${String(ms.length).padStart(4)}  p50 ${at(0.5).padStart(6)} ms  p95 ${at(0.95).padStart(6)} ms  p99 ${at(0.99).padStart(6)} ms`);
}

await time('contextual card, known sender', requests, 'message', (i) => event(`known-${(i * 7919) % contacts.length}`), 'customer');
await time('contextual card, unknown sender (read whole)', requests, 'message', () => event('inquiry'), 'inquiry');
await time('homepage (Today), one rep', Math.min(requests, 50), 'home', () => event(), 'today');
await gmail.close();
await database.close();
