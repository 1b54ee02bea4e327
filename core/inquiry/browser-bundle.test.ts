import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('core/inquiry in the browser', () => {
  it('bundles for the browser without Node built-ins', async () => {
    const result = await build({
      entryPoints: [new URL('./index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    // esbuild fails to resolve a Node built-in on the browser platform, so no error means none is imported.
    expect(result.errors).toEqual([]);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => builtins.has(path))).toEqual([]);
    expect(inputs.some((path) => path.includes('node_modules/html-to-text/'))).toBe(true);
  });
});
