import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests run on the sources; the end-to-end tests run the built binary (dist/ntm.js),
// built once by the global setup when it is missing.
export default defineConfig({
  resolve: {
    alias: {
      '@ntm/criteria': fileURLToPath(new URL('../../src/index.ts', import.meta.url)),
      '@ntm/sheets': fileURLToPath(new URL('../sheets/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'cli',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
