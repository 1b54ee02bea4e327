import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'addin/**/*.test.ts', 'gmail-addon/**/*.test.ts', 'manifests/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/setup/global-postgres.ts'],
    // 2 cores: more workers only fight over them.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
