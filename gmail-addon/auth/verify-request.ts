/**
 * Who is calling: every add-on request carries Google's system ID token as its bearer token
 * (audience: the exact endpoint URL Google called; email: the add-on's service account) and the
 * user's ID token in the event (audience: the add-on's OAuth client). Both are verified before
 * anything else runs; the tokens themselves are never stored or logged.
 */
import type { TokenPayload } from 'google-auth-library';
import type { GoogleIdentity } from '../../server/store/google-accounts.ts';
import type { AddonEvent } from '../event.ts';
import type { GmailAddonSettings } from '../settings.ts';
import { TokenRejected, type IdTokenVerifier } from './id-token-verifier.ts';

export type Refusal =
  | { reason: 'no_bearer_token' | 'no_user_token' | 'wrong_service_account' | 'no_user_email' }
  | { reason: 'system_token' | 'user_token'; problem: TokenRejected['problem'] };

export class RequestRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`add-on request refused: ${refusal.reason}${'problem' in refusal ? ` (${refusal.problem})` : ''}`);
    this.name = 'RequestRefused';
  }
}

/** The bearer token of an `Authorization` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/**
 * The audience Google signs for a call: the endpoint URL as the deployment descriptor names it,
 * built from the configured public base, never from the `Host` a proxy passed on (plus the
 * query string, if Google called one).
 * @example audienceFor('https://tp.example.com/gmail', '/message', '') // 'https://tp.example.com/gmail/message'
 */
export function audienceFor(endpointUrl: string, endpoint: string, search: string): string {
  return `${endpointUrl}${endpoint}${search}`;
}

function isVerifiedEmail(payload: TokenPayload, email: string): boolean {
  return payload.email_verified === true && payload.email?.toLowerCase() === email;
}

/** Checks the system ID token. @throws RequestRefused */
export async function verifySystemToken(verifier: IdTokenVerifier, settings: GmailAddonSettings, bearer: string | null, audience: string): Promise<void> {
  if (!bearer) throw new RequestRefused({ reason: 'no_bearer_token' });
  let payload: TokenPayload;
  try {
    payload = await verifier.verify(bearer, audience);
  } catch (error) {
    if (error instanceof TokenRejected) throw new RequestRefused({ reason: 'system_token', problem: error.problem });
    throw error;
  }
  if (!isVerifiedEmail(payload, settings.serviceAccountEmail)) throw new RequestRefused({ reason: 'wrong_service_account' });
}

/** Checks the user ID token and says who the user is. @throws RequestRefused */
export async function verifyUser(verifier: IdTokenVerifier, settings: GmailAddonSettings, event: AddonEvent): Promise<GoogleIdentity> {
  const token = event.authorizationEventObject?.userIdToken;
  if (!token) throw new RequestRefused({ reason: 'no_user_token' });
  let payload: TokenPayload;
  try {
    payload = await verifier.verify(token, settings.oauthClientId);
  } catch (error) {
    if (error instanceof TokenRejected) throw new RequestRefused({ reason: 'user_token', problem: error.problem });
    throw error;
  }
  // `userinfo.email` puts the address in the token; an unverified one says nothing about who this is.
  if (!payload.sub || !payload.email || payload.email_verified === false) throw new RequestRefused({ reason: 'no_user_email' });
  return { sub: payload.sub, email: payload.email.toLowerCase() };
}
