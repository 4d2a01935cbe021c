// The explorer's browser tests: they load the built page (dist/index.html, from file://) in
// Debian's Chromium. The global setup builds the page once when dist/ is missing.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Test fixtures (spreadsheets) are made with the library and the sheets package from source.
  resolve: {
    alias: {
      '@ntm/criteria': fileURLToPath(new URL('../../src/index.ts', import.meta.url)),
      '@ntm/sheets': fileURLToPath(new URL('../sheets/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'explorer',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time on a shared 2-core machine.
    fileParallelism: false,
  },
});
