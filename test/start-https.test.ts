/**
 * `HTTPS=1 npm start`, as a developer runs it to load the pane in Outlook: a self-signed
 * localhost certificate is made once, the server answers over HTTPS with it, and the pane's and
 * the preview's addresses are printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
let child: ChildProcess | null = null;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

function start(env: Record<string, string>): Promise<string> {
  child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATABASE_URL: '', TOUCHPOINT_CONFIG: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready in \d+ ms/.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function httpsJson(url: string, ca: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    }).on('error', reject);
  });
}

describe('HTTPS=1 npm start', () => {
  it('serves HTTPS with a generated localhost certificate and prints the pane and preview addresses', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'tp-https-')), 'data', 'touchpoint.db');
    const output = await start({ HTTPS: '1', TOUCHPOINT_DATA_FILE: dataFile });
    const base = /API:\s+(https:\/\/\S+)\/api/.exec(output)?.[1];
    expect(base, output).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const certPath = /HTTPS:\s+self-signed certificate \(generated\) (\S+)/.exec(output)?.[1];
    expect(certPath, output).toBe(join(dataFile, '..', 'tls', 'localhost.crt'));
    expect(output).toContain(`Outlook: ${base}/addin/taskpane.html`);
    expect(output).toMatch(new RegExp(`preview: ${base!.replace(/[.]/g, '\\.')}/addin/preview\\.html#token=tp_\\S+`));

    // 127.0.0.1 is in the certificate: a client trusting it connects without warnings.
    const health = await httpsJson(`${base}/healthz`, readFileSync(certPath!, 'utf8'));
    expect(health).toEqual({ status: 200, body: { status: 'ok', engine: 'sqlite' } });
  }, 90_000);
});
