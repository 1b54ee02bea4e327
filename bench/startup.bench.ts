/**
 * How long `npm start` takes to serve: from spawning the server to its "ready" line, on an empty
 * database (migrate + seed the demo book) and on an existing one. Run:
 *
 *   npx tsx bench/startup.bench.ts [runs=5]
 *
 * `npm start` itself adds npm's own start-up (about 0.3 s) on top of these figures.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 5);

function startOnce(dataFile: string): Promise<{ wallMs: number; readyMs: number; seeded: boolean }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', TOUCHPOINT_DATA_FILE: dataFile, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ready line in 60 s:\n${out}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready in (\d+) ms/.exec(out);
      if (ready) {
        clearTimeout(timer);
        const wallMs = performance.now() - t0;
        child.once('exit', () => resolve({ wallMs, readyMs: Number(ready[1]), seeded: /demo book/.test(out) }));
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  });
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s.at(-1)! };
};

const empty: number[] = [];
const existing: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'tp-startup-'));
  const file = join(dir, 'data', 'touchpoint.db');
  const first = await startOnce(file);
  if (!first.seeded) throw new Error('the first start did not seed the demo book');
  empty.push(first.wallMs);
  existing.push((await startOnce(file)).wallMs);
  rmSync(dir, { recursive: true, force: true });
}

console.log(`npm start, spawn → "ready" line, ${runs} runs each (ms)`);
console.log('| database | min | median | max |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, xs] of [['empty (migrate + seed 300 customers)', empty], ['existing', existing]] as const) {
  const s = stats(xs);
  console.log(`| ${name} | ${s.min.toFixed(0)} | ${s.median.toFixed(0)} | ${s.max.toFixed(0)} |`);
}
