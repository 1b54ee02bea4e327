/**
 * `HTTPS=1 npm start`, as a developer runs it to load the pane in Outlook: a self-signed
 * localhost certificate is made once, the server answers over HTTPS with it, and the pane's and
 * the preview's addresses are printed.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from './server-process.ts';

const start = async (env: Record<string, string>): Promise<string> => (await startServer(env)).output;

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
