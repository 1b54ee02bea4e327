/**
 * Sign-in without a Microsoft app registration: the server starts a pairing, the rep signs in
 * on the server's own page in an Office dialog, the page tells the pane "paired", and the pane
 * claims the token with a secret only it holds (the token never crosses windows). When the
 * dialog cannot open, the rep types a short code on the server's page in any browser while the
 * pane keeps asking.
 */
import type { DialogOutcome } from '../office/dialog.ts';
import type { ApiClient, PairStart } from './client.ts';

/** How often the pane asks whether a code sign-in finished. */
export const CLAIM_POLL_MS = 2000;

export type SignInResult = { state: 'signed_in'; token: string } | { state: 'expired' } | { state: 'cancelled' };

export interface PairSignInInput {
  client: Pick<ApiClient, 'pairStart' | 'pairClaim'>;
  openDialog(url: string): Promise<DialogOutcome>;
  /** Called when the dialog could not be used: show the code and where to type it. */
  showCode(start: PairStart): void;
  /** Names this pane in the server's list of sign-ins (revocable there). */
  label: string;
  signal?: AbortSignal;
  /** Default {@link CLAIM_POLL_MS}. */
  pollMs?: number;
}

function pairedMessage(message: string, pairId: string): boolean {
  try {
    const parsed = JSON.parse(message) as { type?: string; pairId?: string };
    return parsed.type === 'paired' && parsed.pairId === pairId;
  } catch {
    return false;
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Runs the whole sign-in; resolves with the token, or how it ended.
 * @throws ApiError when the server cannot start a pairing (unreachable, no pairing route).
 */
export async function pairSignIn(input: PairSignInInput): Promise<SignInResult> {
  const start = await input.client.pairStart(input.label);
  const outcome = await input.openDialog(start.signInUrl);
  if (outcome.kind === 'message' && pairedMessage(outcome.message, start.pairId)) {
    const claim = await input.client.pairClaim(start.pairId, start.pollSecret);
    if (claim.state === 'paired') return { state: 'signed_in', token: claim.token };
    if (claim.state === 'expired') return { state: 'expired' };
  }
  // The dialog failed, was closed, or said something else: the code works from any browser.
  input.showCode(start);
  const until = Date.parse(start.expiresAt);
  while (!input.signal?.aborted && !(Date.now() > until)) {
    const claim = await input.client.pairClaim(start.pairId, start.pollSecret);
    if (claim.state === 'paired') return { state: 'signed_in', token: claim.token };
    if (claim.state === 'expired') return { state: 'expired' };
    await sleep(input.pollMs ?? CLAIM_POLL_MS, input.signal);
  }
  return input.signal?.aborted ? { state: 'cancelled' } : { state: 'expired' };
}
