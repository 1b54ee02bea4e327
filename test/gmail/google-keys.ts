/**
 * Google's token signing, played locally: an RSA key made per test file, ID tokens signed with
 * jose as Google signs them (RS256, `kid`, `iss`, `aud`, `email`), and the certificates source
 * the add-on's verifier reads instead of Google's published keys. Nothing goes online.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { CertificatesSource } from '../../gmail-addon/auth/id-token-verifier.ts';

export const SERVICE_ACCOUNT = 'service-123456789012@gcp-sa-gsuiteaddons.iam.gserviceaccount.com';
export const OAUTH_CLIENT_ID = '123456789012-addon.apps.googleusercontent.com';

export interface GoogleKeys {
  kid: string;
  privateKey: KeyObject;
  certificates: CertificatesSource;
}

export function makeGoogleKeys(kid = 'test-key-1'): GoogleKeys {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { kid, privateKey, certificates: async () => ({ [kid]: pem }) };
}

export interface TokenClaims {
  aud: string;
  email?: string;
  email_verified?: boolean;
  sub?: string;
  iss?: string;
  /** Seconds from now the token was issued (negative: in the past). */
  issuedIn?: number;
  /** Seconds from now the token expires. */
  expiresIn?: number;
}

export async function signIdToken(keys: Pick<GoogleKeys, 'kid' | 'privateKey'>, claims: TokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const { aud, iss = 'https://accounts.google.com', issuedIn = 0, expiresIn = 3600, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'RS256', kid: keys.kid, typ: 'JWT' })
    .setIssuer(iss)
    .setAudience(aud)
    .setIssuedAt(now + issuedIn)
    .setExpirationTime(now + expiresIn)
    .sign(keys.privateKey);
}

/** The system ID token Google sends as the bearer token of a call to `endpoint`. */
export const systemToken = (keys: GoogleKeys, endpoint: string, overrides: Partial<TokenClaims> = {}) =>
  signIdToken(keys, { aud: endpoint, email: SERVICE_ACCOUNT, email_verified: true, sub: '104857600000000000001', ...overrides });

/** The user's ID token in `authorizationEventObject.userIdToken`. */
export const userToken = (keys: GoogleKeys, user: { sub: string; email: string }, overrides: Partial<TokenClaims> = {}) =>
  signIdToken(keys, { aud: OAUTH_CLIENT_ID, email: user.email, email_verified: true, sub: user.sub, ...overrides });
