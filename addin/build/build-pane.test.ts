import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPane, describeBuild, PANE_BUDGET_BYTES, type BuildPaneResult } from './build-pane.ts';
import { ICON_SIZES } from './icons.ts';
import { PNG } from 'pngjs';

const outDir = join(mkdtempSync(join(tmpdir(), 'tp-pane-')), 'addin');
let result: BuildPaneResult;

beforeAll(async () => {
  result = await buildPane({ outDir });
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('buildPane', () => {
  it('keeps the pane’s own JS and CSS within the gzip budget, and says so', () => {
    expect(result.pane.map((a) => a.file)).toEqual(['taskpane.js', 'taskpane.css']);
    expect(result.paneGzip).toBe(result.pane[0]!.gzip + result.pane[1]!.gzip);
    expect(result.paneGzip).toBeLessThanOrEqual(PANE_BUDGET_BYTES);
    expect(describeBuild(result)).toMatch(/pane JS \+ CSS: \d+\.\d KB gzipped \(budget 60\.0 KB; office\.js not counted\)/);
  });

  it('writes the pages, the preview’s stand-in host, and gzipped copies to serve', () => {
    for (const file of ['taskpane.html', 'preview.html', 'taskpane.js', 'taskpane.js.gz', 'taskpane.css', 'stand-in.js', 'preview.js', 'preview.css']) {
      expect(existsSync(join(outDir, file)), file).toBe(true);
    }
  });

  it('loads office.js from Microsoft’s CDN before the pane, and never bundles it', () => {
    const html = readFileSync(join(outDir, 'taskpane.html'), 'utf8');
    const cdn = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(cdn).toBeGreaterThan(0);
    expect(cdn).toBeLessThan(html.indexOf('taskpane.js'));
    expect(readFileSync(join(outDir, 'taskpane.js'), 'utf8')).not.toContain('OSF.');
  });

  it('bundles the interface’s strings but not the judgement’s sentences, which the server words', () => {
    const js = readFileSync(join(outDir, 'taskpane.js'), 'utf8');
    expect(js).toContain('state.no_item');
    expect(js).not.toContain('trust_reason.bank_change');
  });

  it('bundles no zod: the pane trusts the server’s parsed view models', () => {
    expect(readFileSync(join(outDir, 'taskpane.js'), 'utf8')).not.toMatch(/ZodError|\$ZodType/);
  });

  it('draws every icon the manifests name', () => {
    for (const size of ICON_SIZES) expect(PNG.sync.read(readFileSync(join(outDir, 'assets', `icon-${size}.png`)))).toMatchObject({ width: size, height: size });
    expect(PNG.sync.read(readFileSync(join(outDir, 'assets', 'outline-32.png')))).toMatchObject({ width: 32, height: 32 });
  });
});
