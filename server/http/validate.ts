/**
 * Validation at the edge: each route checks its body or query against a core schema before the
 * handler runs, then reads the parsed value typed (`c.req.valid('json')`).
 */
import { validator } from 'hono/validator';
import { z } from 'zod';
import { validationError } from './api-error.ts';

/** Validates the JSON body; malformed JSON answers 400, a schema failure 422 naming the field. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return validator('json', async (value, c) => {
    // Hono reads JSON only under a JSON content type (and answers malformed JSON itself, see
    // handleError); anything else would validate as an empty body.
    if (!/^application\/([\w.-]+\+)?json/i.test(c.req.header('content-type') ?? '')) {
      return c.json({ error: 'send the body as JSON (content-type: application/json)', code: 'unsupported_media_type' }, 415);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) return c.json(validationError(parsed.error), 422);
    return parsed.data as z.output<T>;
  });
}

/** Validates the query string. */
export function query<T extends z.ZodType>(schema: T) {
  return validator('query', (value, c) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) return c.json(validationError(parsed.error), 422);
    return parsed.data as z.output<T>;
  });
}

/** `?limit=&offset=&q=` for every list. */
export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().trim().max(200).optional(),
});
