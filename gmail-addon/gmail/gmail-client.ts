/**
 * A Gmail API client for one add-on request: the user's OAuth token from the event as its
 * credentials, the per-message token sent as `X-Goog-Gmail-Access-Token` on each call, the API
 * root injectable (a local fake in tests), and every call bounded by a timeout with no retries,
 * so a slow Gmail never holds the sidebar past its deadline. Imported by path, not through the
 * googleapis index, which loads every Google API and costs a second at start.
 */
import { OAuth2Client } from 'google-auth-library';
import { gmail, type gmail_v1 } from 'googleapis/build/src/apis/gmail/index.js';

export const GMAIL_ROOT_URL = 'https://gmail.googleapis.com/';

export interface GmailAccess {
  /** `authorizationEventObject.userOAuthToken`. */
  userToken: string;
  /** `gmail.accessToken`: the per-message token (absent on the homepage). */
  messageToken?: string | null;
}

export interface GmailClientOptions {
  /** Default `https://gmail.googleapis.com/`. */
  rootUrl?: string;
  /** Milliseconds a call may take. */
  timeoutMs: number;
}

export class GmailUnavailable extends Error {
  constructor(
    readonly reason: 'timeout' | 'denied' | 'not_found' | 'failed',
    readonly status: number | null,
  ) {
    super(`the Gmail API did not answer: ${reason}${status ? ` (${status})` : ''}`);
    this.name = 'GmailUnavailable';
  }
}

export interface GmailCall {
  api: gmail_v1.Gmail;
  /** Per-call options: the message token header, a deadline, no retries. */
  options(): { headers: Record<string, string>; signal: AbortSignal; retry: false; timeout: number };
}

export function gmailClient(access: GmailAccess, options: GmailClientOptions): GmailCall {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: access.userToken });
  const root = (options.rootUrl ?? GMAIL_ROOT_URL).replace(/\/*$/, '/');
  return {
    api: gmail({ version: 'v1', auth, rootUrl: root }),
    options: () => ({
      headers: access.messageToken ? { 'X-Goog-Gmail-Access-Token': access.messageToken } : ({} as Record<string, string>),
      signal: AbortSignal.timeout(options.timeoutMs),
      retry: false,
      timeout: options.timeoutMs,
    }),
  };
}

/**
 * A failed call as a `GmailUnavailable` carrying only a reason and a status: the library's error
 * holds the request, and with it the tokens, so it is never passed on or logged.
 */
export function gmailFailure(error: unknown): GmailUnavailable {
  const e = error as { name?: string; code?: string | number; status?: number; response?: { status?: number } };
  const status = e.response?.status ?? e.status ?? null;
  if (e.name === 'AbortError' || e.name === 'TimeoutError' || e.code === 'ETIMEDOUT' || e.code === 'ECONNABORTED' || /abort|timeout/i.test(String((error as Error)?.message))) {
    return new GmailUnavailable('timeout', status);
  }
  if (status === 401 || status === 403) return new GmailUnavailable('denied', status);
  if (status === 404) return new GmailUnavailable('not_found', status);
  return new GmailUnavailable('failed', typeof status === 'number' ? status : null);
}
