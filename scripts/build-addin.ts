/**
 * `npm run build`: builds the Outlook task pane into dist/addin (see addin/build/build-pane.ts)
 * and prints its size; fails when the pane's own JS + CSS pass the gzip budget.
 */
import { join } from 'node:path';
import { buildPane, describeBuild, PANE_BUDGET_BYTES } from '../addin/build/build-pane.ts';

const outDir = process.env.PANE_OUT_DIR || join(import.meta.dirname, '..', 'dist', 'addin');

try {
  const result = await buildPane({ outDir });
  console.log(describeBuild(result));
  if (result.paneGzip > PANE_BUDGET_BYTES) {
    console.error(`the task pane is over its budget: ${result.paneGzip} bytes gzipped > ${PANE_BUDGET_BYTES}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`building the task pane failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
