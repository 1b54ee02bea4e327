/**
 * The look-alike index at book scale: build time over ~150,000 customer domains, then 10,000
 * look-ups (half forged from known domains, half unrelated), with p50/p99 and memory growth.
 * Wall and CPU times are both printed: on a shared machine the wall figures carry other loads.
 *
 *   node --expose-gc --import tsx bench/lookalike.bench.ts [customers=152000] [lookups=10000]
 */
import { buildLookalikeIndex } from '../core/trust/lookalike-index.ts';
import { Random } from '../server/demo/random.ts';
import { bookCustomers, lookalikeEntries } from './eval/lookalike.ts';

const customers = Number(process.argv[2] ?? 152_000);
const lookups = Number(process.argv[3] ?? 10_000);

let started = performance.now();
const book = [...bookCustomers(customers)];
// Through JSON, as a book arrives from the store: the generator's strings are concatenations that
// the first regex would otherwise flatten inside the timed build.
const entries = JSON.parse(JSON.stringify(lookalikeEntries(book))) as ReturnType<typeof lookalikeEntries>;
const generateMs = performance.now() - started;

// Typed arrays live outside the JS heap: count both.
const memory = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
globalThis.gc?.();
const heapBefore = memory();
started = performance.now();
let cpu = process.cpuUsage();
const index = buildLookalikeIndex(entries);
const buildMs = performance.now() - started;
const buildCpu = process.cpuUsage(cpu);
globalThis.gc?.();
const heapAfter = memory();
// A second build, as when the book changes: the code is compiled by now.
started = performance.now();
buildLookalikeIndex(entries);
const rebuildMs = performance.now() - started;

// Queries: a forged spelling of a known domain, or a domain of another book (mostly unknown).
const rng = new Random(7, 'lookalike-bench');
const others = lookalikeEntries(bookCustomers(Math.ceil(lookups / 2), 99)).map((e) => e.domain);
const queries: string[] = [];
for (let i = 0; i < lookups; i++) {
  if (i % 2 === 0) {
    const domain = rng.pick(entries).domain;
    const dot = domain.indexOf('.');
    const at = rng.int(0, dot - 1);
    queries.push(`${domain.slice(0, at)}${domain.slice(at + 1)}`);
  } else queries.push(others[i % others.length]!);
}

// Warm up, then time each look-up.
for (const query of queries.slice(0, 500)) index.find(query);
const times: number[] = [];
let found = 0;
cpu = process.cpuUsage();
for (const query of queries) {
  const t = performance.now();
  if (index.find(query)) found++;
  times.push(performance.now() - t);
}
const lookupCpu = process.cpuUsage(cpu);
times.sort((a, b) => a - b);
const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const mean = times.reduce((s, t) => s + t, 0) / times.length;

console.log(`look-alike index: ${entries.length} entries → ${index.size} registrable domains (generated in ${generateMs.toFixed(0)} ms)`);
// The machine is shared: CPU time shows the work, wall time what a busy machine made of it.
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
console.log(`  build ${buildMs.toFixed(0)} ms wall, ${cpuMs(buildCpu).toFixed(0)} ms CPU, memory +${((heapAfter - heapBefore) / 2 ** 20).toFixed(0)} MiB${globalThis.gc ? '' : ' (run with --expose-gc for a clean figure)'}; rebuild ${rebuildMs.toFixed(0)} ms wall`);
console.log(`  ${lookups} look-ups: p50 ${(quantile(0.5) * 1000).toFixed(0)} µs, p99 ${(quantile(0.99) * 1000).toFixed(0)} µs, max ${(times.at(-1)! * 1000).toFixed(0)} µs, mean ${(mean * 1000).toFixed(0)} µs (CPU ${((cpuMs(lookupCpu) / lookups) * 1000).toFixed(0)} µs); ${found} matched`);
console.log(`  peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
