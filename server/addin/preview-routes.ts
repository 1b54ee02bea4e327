/** `GET /api/preview/samples`: the preview's sample mails (demo book only, else 404). */
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { previewSamples } from './preview-samples.ts';

export const previewRoutes = new Hono<AppEnv>().get('/samples', async (c) => {
  const samples = await previewSamples(c.var.deps.database.db, c.var.user, c.var.deps.clock());
  if (!samples) return c.json({ error: 'sample mails come from the demo book, and this store holds none', code: 'not_found' }, 404);
  return c.json({ samples });
});
