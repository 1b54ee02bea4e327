/**
 * Checks a Google-signed ID token with google-auth-library: signature against Google's keys,
 * issuer, audience, issue and expiry times (five minutes of clock skew). Where the keys come
 * from is injectable, so tests sign tokens with keys made on the spot and nothing goes online.
 */
import { OAuth2Client, type TokenPayload } from 'google-auth-library';

/** The issuers Google signs ID tokens as. */
export const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];

/** Public keys by key id (`kid`), as PEM: Google's, or a test's own. */
export type CertificatesSource = () => Promise<Record<string, string>>;

/** Why a token was refused, as a code: the library's messages quote the token, so they are never passed on. */
export type TokenProblem = 'malformed' | 'unknown_key' | 'bad_signature' | 'expired' | 'not_yet_valid' | 'wrong_issuer' | 'wrong_audience' | 'invalid';

export class TokenRejected extends Error {
  constructor(readonly problem: TokenProblem) {
    super(`ID token refused: ${problem}`);
    this.name = 'TokenRejected';
  }
}

function problemOf(message: string): TokenProblem {
  if (/segments|parse token|invalid format|No issue time|No expiration/i.test(message)) return 'malformed';
  if (/No pem found/i.test(message)) return 'unknown_key';
  if (/signature/i.test(message)) return 'bad_signature';
  if (/too late|too far in future/i.test(message)) return 'expired';
  if (/too early/i.test(message)) return 'not_yet_valid';
  if (/issuer/i.test(message)) return 'wrong_issuer';
  if (/audience|recipient/i.test(message)) return 'wrong_audience';
  return 'invalid';
}

export interface IdTokenVerifier {
  /** The verified claims. @throws TokenRejected with the reason as a code. */
  verify(token: string, audience: string): Promise<TokenPayload>;
}

/**
 * The verifier the server runs with: Google's published keys (fetched and cached by
 * google-auth-library, honouring their `Cache-Control`) unless `certificates` is given.
 */
export function googleIdTokenVerifier(certificates?: CertificatesSource): IdTokenVerifier {
  const client = new OAuth2Client();
  const keys: CertificatesSource = certificates ?? (async () => (await client.getFederatedSignonCertsAsync()).certs as Record<string, string>);
  return {
    async verify(token, audience) {
      if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) throw new TokenRejected('malformed');
      let ticket;
      try {
        ticket = await client.verifySignedJwtWithCertsAsync(token, await keys(), audience, GOOGLE_ISSUERS);
      } catch (error) {
        throw new TokenRejected(problemOf(error instanceof Error ? error.message : String(error)));
      }
      const payload = ticket.getPayload();
      if (!payload) throw new TokenRejected('malformed');
      return payload;
    },
  };
}
