/**
 * Builds the task pane into a folder the server serves under `/addin`: the pane's script and
 * stylesheet, the preview page with the stand-in Office host, the HTML pages and the icons.
 * Reports the gzipped size of the pane's own JavaScript and CSS (office.js is Microsoft's,
 * loaded from its CDN, and not counted), which must stay within {@link PANE_BUDGET_BYTES}.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { colourIcon, ICON_SIZES, outlineIcon } from './icons.ts';

/** Most gzipped bytes of the pane's own JS + CSS. */
export const PANE_BUDGET_BYTES = 60 * 1024;

const ADDIN = join(import.meta.dirname, '..');

export interface BuildPaneOptions {
  outDir: string;
  /** Default true; false keeps names readable for debugging. */
  minify?: boolean;
}

export interface AssetSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BuildPaneResult {
  outDir: string;
  /** The pane as Outlook loads it: `taskpane.js` and `taskpane.css`. */
  pane: AssetSize[];
  /** Gzipped bytes of the pane's JS + CSS. */
  paneGzip: number;
  /** The preview's extras (stand-in host, sample picker): not loaded in Outlook. */
  preview: AssetSize[];
  ms: number;
}

function sizeOf(outDir: string, file: string, precompress: boolean): AssetSize {
  const content = readFileSync(join(outDir, file));
  const gz = gzipSync(content, { level: 9 });
  // Served as-is to clients that accept gzip (serveStatic's `precompressed`).
  if (precompress) writeFileSync(join(outDir, `${file}.gz`), gz);
  return { file, bytes: content.length, gzip: gz.length };
}

export async function buildPane(options: BuildPaneOptions): Promise<BuildPaneResult> {
  const started = performance.now();
  const { outDir } = options;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'assets'), { recursive: true });

  const common: BuildOptions = {
    bundle: true,
    minify: options.minify ?? true,
    sourcemap: 'linked',
    target: ['es2020', 'chrome100', 'safari15'],
    logLevel: 'silent',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    absWorkingDir: join(ADDIN, '..'),
  };
  // Classic scripts (IIFE): the stand-in must define `Office` before the pane runs, as office.js does.
  await Promise.all([
    build({ ...common, entryPoints: { taskpane: join(ADDIN, 'taskpane.tsx') }, format: 'iife', outdir: outDir }),
    build({ ...common, entryPoints: { taskpane: join(ADDIN, 'views/pane.css') }, outdir: outDir }),
    build({ ...common, entryPoints: { 'stand-in': join(ADDIN, 'stand-in/office-stand-in.ts') }, format: 'iife', outdir: outDir }),
    build({ ...common, entryPoints: { preview: join(ADDIN, 'preview/preview.tsx') }, format: 'iife', outdir: outDir }),
    build({ ...common, entryPoints: { preview: join(ADDIN, 'preview/preview.css') }, outdir: outDir }),
  ]);
  copyFileSync(join(ADDIN, 'taskpane.html'), join(outDir, 'taskpane.html'));
  copyFileSync(join(ADDIN, 'preview/preview.html'), join(outDir, 'preview.html'));
  for (const size of ICON_SIZES) writeFileSync(join(outDir, 'assets', `icon-${size}.png`), colourIcon(size));
  writeFileSync(join(outDir, 'assets', 'outline-32.png'), outlineIcon(32));

  const pane = ['taskpane.js', 'taskpane.css'].map((f) => sizeOf(outDir, f, true));
  const preview = ['stand-in.js', 'preview.js', 'preview.css'].map((f) => sizeOf(outDir, f, false));
  return { outDir, pane, paneGzip: pane.reduce((s, a) => s + a.gzip, 0), preview, ms: Math.round(performance.now() - started) };
}

/** The build's report, as `npm run build` prints it. */
export function describeBuild(result: BuildPaneResult): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const line = (a: AssetSize) => `  ${a.file.padEnd(14)} ${kb(a.bytes).padStart(9)}  ${kb(a.gzip).padStart(8)} gzipped`;
  return [
    `task pane built in ${result.ms} ms → ${result.outDir}`,
    ...result.pane.map(line),
    `  pane JS + CSS: ${kb(result.paneGzip)} gzipped (budget ${kb(PANE_BUDGET_BYTES)}; office.js not counted)`,
    '  preview only (not loaded in Outlook):',
    ...result.preview.map(line),
  ].join('\n');
}
