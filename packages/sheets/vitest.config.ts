import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The package's tests run on the core sources, so they need no build of @ntm/criteria.
export default defineConfig({
  resolve: { alias: { '@ntm/criteria': fileURLToPath(new URL('../../src/index.ts', import.meta.url)) } },
  test: { name: 'sheets', root: fileURLToPath(new URL('.', import.meta.url)), include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
