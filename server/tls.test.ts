import { X509Certificate } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tlsSetup } from './tls.ts';

const NOW = new Date('2026-11-25T04:00:00Z');

describe('tlsSetup', () => {
  it('serves plain HTTP unless asked', async () => {
    expect(await tlsSetup({}, NOW)).toBeNull();
    expect(await tlsSetup({ HTTPS: '0' }, NOW)).toBeNull();
  });

  it('generates a localhost certificate once under data/tls and reuses it', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'tp-tls-')), 'data', 'touchpoint.db');
    const env = { HTTPS: '1', TOUCHPOINT_DATA_FILE: dataFile };
    const first = await tlsSetup(env, NOW);
    expect(first).toMatchObject({ source: 'generated', certPath: join(dataFile, '..', 'tls', 'localhost.crt') });
    const cert = new X509Certificate(first!.cert);
    expect(cert.subjectAltName).toContain('DNS:localhost');
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(cert.checkPrivateKey(await import('node:crypto').then((c) => c.createPrivateKey(first!.key)))).toBe(true);
    expect(statSync(join(dataFile, '..', 'tls', 'localhost.key')).mode & 0o077).toBe(0);

    const second = await tlsSetup(env, NOW);
    expect(second).toMatchObject({ source: 'reused', cert: first!.cert });
    // A week before it expires, a new one replaces it.
    const late = await tlsSetup(env, new Date(NOW.getTime() + 360 * 86_400_000));
    expect(late?.source).toBe('generated');
  });

  it('uses the files given, naming the one it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-tls-given-'));
    writeFileSync(join(dir, 'c.pem'), 'CERT');
    writeFileSync(join(dir, 'k.pem'), 'KEY');
    expect(await tlsSetup({ TLS_CERT: join(dir, 'c.pem'), TLS_KEY: join(dir, 'k.pem') }, NOW)).toMatchObject({ cert: 'CERT', key: 'KEY', source: 'given' });
    await expect(tlsSetup({ TLS_CERT: join(dir, 'c.pem'), TLS_KEY: join(dir, 'missing.pem') }, NOW)).rejects.toThrow(/^TLS_KEY: cannot read/);
    await expect(tlsSetup({ TLS_CERT: join(dir, 'c.pem') }, NOW)).rejects.toThrow('set both TLS_CERT and TLS_KEY');
  });
});
