/**
 * The Gmail add-on's way to link a Google account nobody linked yet: a pairing whose sign-in
 * page, once the person signs in, links the verified Google account to them.
 */
import type { ReadyDeps } from '../http/env.ts';
import type { GoogleIdentity } from '../store/google-accounts.ts';
import { startPairing } from '../store/pairings.ts';

/** The sign-in page of a pairing, at the server's public address. */
export function signInUrl(publicUrl: string, pairId: string): string {
  return `${publicUrl}/pair/${pairId}`;
}

/**
 * Starts a pairing that links `identity` (from a verified Google ID token) to whoever signs in
 * on the returned page; valid ten minutes. No claim step: the next add-on request from the
 * account finds the user through `userForGoogleAccount`.
 *
 * @example
 * const { signInUrl } = await startGooglePairing(c.var.deps, { sub: payload.sub, email: payload.email });
 * // → a card with a button opening signInUrl
 */
export async function startGooglePairing(
  deps: Pick<ReadyDeps, 'database' | 'publicUrl' | 'clock'>,
  identity: GoogleIdentity,
  options: { label?: string | null } = {},
): Promise<{ pairId: string; signInUrl: string; expiresAt: string }> {
  const { pairing } = await startPairing(deps.database.db, { purpose: 'google', google: identity, label: options.label ?? 'gmail' }, deps.clock());
  return { pairId: pairing.id, signInUrl: signInUrl(deps.publicUrl, pairing.id), expiresAt: pairing.expiresAt };
}
