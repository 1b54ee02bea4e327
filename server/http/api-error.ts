/**
 * The one HTTP error type and the one handler that writes every error as
 * `{ error, code, field?, issues? }` with the right status, never a stack trace.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { StoreError, type StoreErrorCode } from '../store/errors.ts';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorBody {
  error: string;
  code: string;
  field?: string;
  issues?: Array<{ field: string; message: string }>;
}

const STORE_STATUS: Record<StoreErrorCode, ContentfulStatusCode> = { not_found: 404, conflict: 409, forbidden: 403, invalid: 422 };

/** Zod issues as `{ field, message }`, field dotted from the body root. */
export function zodIssues(error: ZodError, prefix: string[] = []): Array<{ field: string; message: string }> {
  return error.issues.map((issue) => ({ field: [...prefix, ...issue.path.map(String)].join('.'), message: issue.message }));
}

export function validationError(error: ZodError, prefix: string[] = []): ErrorBody {
  const issues = zodIssues(error, prefix);
  const first = issues[0]!;
  return { error: first.field ? `${first.field}: ${first.message}` : first.message, code: 'invalid', field: first.field || undefined, issues };
}

/** app.onError: expected failures become their status; anything else is logged and answers 500. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) {
    return c.json({ error: error.message, code: error.code, ...(error.field ? { field: error.field } : {}) } satisfies ErrorBody, error.status);
  }
  if (error instanceof StoreError) {
    return c.json({ error: error.message, code: error.code, ...(error.field ? { field: error.field } : {}) } satisfies ErrorBody, STORE_STATUS[error.code]);
  }
  if (error instanceof ZodError) return c.json(validationError(error), 422);
  if (error instanceof HTTPException && error.status === 400 && /Malformed JSON/i.test(error.message)) {
    return c.json({ error: 'the body is not valid JSON', code: 'malformed_json' } satisfies ErrorBody, 400);
  }
  // Hono's own HTTPException (e.g. body limit) carries its status.
  const status = (error as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return c.json({ error: error.message || 'bad request', code: 'bad_request' } satisfies ErrorBody, status as ContentfulStatusCode);
  }
  console.error(`[touchpoint] ${c.req.method} ${c.req.path} failed:`, error);
  return c.json({ error: 'internal error; the server log has the details', code: 'internal' } satisfies ErrorBody, 500);
}
