/**
 * What can go wrong talking to the Touchpoint server, as states the pane can word and act on:
 * a failure is data (`state`), not a stack trace.
 */

/**
 * - `unreachable`: no answer (network down, server stopped, blocked by a proxy).
 * - `signed_out`: 401, the token is missing, unknown or revoked.
 * - `forbidden`: 403, signed in but not allowed.
 * - `not_found`: 404, no such record, or a route this server does not have yet.
 * - `conflict`: 409, e.g. a customer code taken, a reminder already closed.
 * - `invalid`: 400/413/415/422, the request did not fit; `field` names the first wrong field.
 * - `server`: anything else (5xx).
 */
export type FailureState = 'unreachable' | 'signed_out' | 'forbidden' | 'not_found' | 'conflict' | 'invalid' | 'server';

export class ApiError extends Error {
  constructor(
    readonly state: FailureState,
    readonly status: number | null,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function failureState(status: number): FailureState {
  if (status === 401) return 'signed_out';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'invalid';
  return 'server';
}

export function isApiError(error: unknown, state?: FailureState): error is ApiError {
  return error instanceof ApiError && (state === undefined || error.state === state);
}

/** True for a request cancelled on purpose (the item changed): not a failure to show. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : (error as { name?: string } | null)?.name === 'AbortError';
}
