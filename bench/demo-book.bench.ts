/**
 * How fast the demo book generator streams customers (the data source of the scale benchmarks).
 *
 *   npx tsx bench/demo-book.bench.ts [customers=10000]
 */
import { streamBook } from '../server/demo/generate-book.ts';

const customers = Number(process.argv[2] ?? 10_000);
const started = performance.now();
let count = 0;
let orders = 0;
let interactions = 0;
for (const bundle of streamBook({ seed: 7, customers, today: '2026-11-25', ownDomain: 'lumen-home.example' })) {
  count += 1;
  orders += bundle.orders.length;
  interactions += bundle.interactions.length;
}
const ms = performance.now() - started;
console.log(`demo book: ${count} customers, ${orders} orders, ${interactions} interactions`);
console.log(`  ${ms.toFixed(0)} ms (${((count / ms) * 1000).toFixed(0)} customers/s), peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
