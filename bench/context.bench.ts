/**
 * Server time of the sidebar's calls on the demo book: `POST /api/context` for a known sender
 * and for an unknown sender's inquiry (read, matched, warned), and `GET /api/today` for a rep.
 * The store is an in-memory SQLite seeded with the demo book; requests go through
 * `app.request`, so no network is measured.
 *
 *   npx tsx bench/context.bench.ts [customers=300] [requests=300]
 */
import { dateIn } from '../core/index.ts';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config-file.ts';
import { BookIndexCache } from '../server/context/book-index.ts';
import { seedDemoBook } from '../server/seed-demo.ts';
import { openDatabase } from '../server/store/database.ts';
import { migrateToLatest } from '../server/store/migrations.ts';

const customers = Number(process.argv[2] ?? 300);
const requests = Number(process.argv[3] ?? 300);
const now = new Date('2026-11-25T04:00:00Z');
const clock = () => now;

const { config } = loadConfig(undefined, new URL('..', import.meta.url).pathname);
const database = await openDatabase({ file: ':memory:' });
await migrateToLatest(database.db);
const seedStarted = performance.now();
const seeded = await seedDemoBook(database.db, config, now, customers);
console.log(`seeded ${seeded.customers} customers, ${seeded.orders} orders, ${seeded.interactions} interactions in ${Math.round(performance.now() - seedStarted)} ms`);
const bookIndex = new BookIndexCache(database.db, config, clock, { maxAgeMs: 3_600_000 });
const index = await bookIndex.get();
console.log(`book index of ${index.customers} customers built in ${index.buildMs} ms (today ${dateIn(now, config.company.timeZone)})`);
const app = createApp({ database, config, clock, bookIndex });
const token = seeded.tokens.find((t) => t.role === 'rep')!.token;

const contacts = await database.db.selectFrom('contact_emails').select('email').orderBy('email').execute();
const inquiries = await database.db
  .selectFrom('interactions')
  .select(['subject', 'excerpt'])
  .where('kind', '=', 'inquiry')
  .where('direction', '=', 'received')
  .orderBy('id')
  .limit(requests)
  .execute();

async function time(label: string, n: number, request: (i: number) => Response | Promise<Response>) {
  const ms: number[] = [];
  for (let i = 0; i < n + 20; i++) {
    const started = performance.now();
    const res = await request(i);
    if (res.status !== 200) throw new Error(`${label}: ${res.status} ${await res.text()}`);
    await res.json();
    if (i >= 20) ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  console.log(`${label.padEnd(44)} n=${String(ms.length).padStart(4)}  p50 ${at(0.5).padStart(6)} ms  p95 ${at(0.95).padStart(6)} ms  p99 ${at(0.99).padStart(6)} ms`);
}

const post = (message: unknown) =>
  app.request('/api/context', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ message }) });

await time('context, known sender', requests, (i) => post({ from: contacts[(i * 7919) % contacts.length]!.email, subject: 'Re: order', attachmentNames: [] }));
await time('context, unknown sender with an inquiry', requests, (i) => {
  const mail = inquiries[i % inquiries.length]!;
  return post({ from: `Buyer ${i} <buyer${i}@new-importer-${i}.example>`, subject: mail.subject, bodyText: mail.excerpt, attachmentNames: [] });
});
await time('today, one rep', Math.min(requests, 50), () => app.request('/api/today', { headers: { authorization: `Bearer ${token}` } }));
await database.close();
