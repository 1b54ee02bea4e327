/**
 * HTTPS for `npm start`, which Outlook needs to load an add-in: a certificate you give
 * (`TLS_CERT` and `TLS_KEY`, PEM paths), or with `HTTPS=1` a self-signed one for localhost,
 * generated once under `data/tls/` and reused until a week before it expires. Outlook (and the
 * browser) trust it only once you trust it on your machine; docs/outlook.md says how.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { generate } from 'selfsigned';
import { DEFAULT_DATA_FILE } from './open-store.ts';

export interface TlsSetup {
  key: string;
  cert: string;
  certPath: string;
  /** `given` (TLS_CERT/TLS_KEY), `generated` now, or `reused` from an earlier start. */
  source: 'given' | 'generated' | 'reused';
}

/** Days a generated certificate is valid. */
export const GENERATED_DAYS = 365;
/** A generated certificate this close to expiry is replaced. */
const RENEW_DAYS = 7;

function stillGood(certPem: string, now: Date): boolean {
  try {
    const validTo = new Date(new X509Certificate(certPem).validTo);
    return validTo.getTime() - now.getTime() > RENEW_DAYS * 86_400_000;
  } catch {
    return false;
  }
}

/**
 * What `npm start` should serve HTTPS with, or null for plain HTTP (the default).
 * @throws naming the variable when a given file cannot be read.
 */
export async function tlsSetup(env: NodeJS.ProcessEnv = process.env, now = new Date()): Promise<TlsSetup | null> {
  if (env.TLS_CERT || env.TLS_KEY) {
    if (!env.TLS_CERT || !env.TLS_KEY) throw new Error('set both TLS_CERT and TLS_KEY (PEM file paths), or neither');
    const read = (name: 'TLS_CERT' | 'TLS_KEY') => {
      try {
        return readFileSync(resolve(env[name]!), 'utf8');
      } catch (error) {
        throw new Error(`${name}: cannot read ${env[name]} (${(error as Error).message})`);
      }
    };
    return { cert: read('TLS_CERT'), key: read('TLS_KEY'), certPath: resolve(env.TLS_CERT), source: 'given' };
  }
  if (!/^(1|true|yes|on)$/i.test(env.HTTPS ?? '')) return null;

  const dir = join(dirname(resolve(env.TOUCHPOINT_DATA_FILE ?? DEFAULT_DATA_FILE)), 'tls');
  const certPath = join(dir, 'localhost.crt');
  const keyPath = join(dir, 'localhost.key');
  if (existsSync(certPath) && existsSync(keyPath)) {
    const cert = readFileSync(certPath, 'utf8');
    if (stillGood(cert, now)) return { cert, key: readFileSync(keyPath, 'utf8'), certPath, source: 'reused' };
  }
  const hosts = new Set(['localhost', ...(env.HOST && !/^[\d.:]+$/.test(env.HOST) ? [env.HOST] : [])]);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + GENERATED_DAYS * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...[...hosts].map((value) => ({ type: 2 as const, value })), { type: 7 as const, ip: '127.0.0.1' }, { type: 7 as const, ip: '::1' }],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(certPath, pems.cert);
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  return { cert: pems.cert, key: pems.private, certPath, source: 'generated' };
}
