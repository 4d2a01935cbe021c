import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { FastFirstSequencer } from './test/mutation/fast-first-sequencer.js';

const leanFastCheck = fileURLToPath(new URL('./test/mutation/fast-check-lean.ts', import.meta.url));

// The tests' `import fc from 'fast-check'` gets the lean budget; the lean module itself gets the
// real library.
const leanProperties: Plugin = {
  name: 'lean-fast-check',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === 'fast-check' && importer !== leanFastCheck ? leanFastCheck : null;
  },
};

// The tests Stryker runs against each mutant of the engine core (npm run mutation): every core
// test that runs the engine from source, without those that check built artefacts (package,
// docs, subpaths) and with the law tests at a lean, seeded budget (test/mutation/fast-check-lean.ts).
// With `coverageAnalysis: perTest` a mutant runs only the tests that reach it, quick files first.
export default defineConfig({
  plugins: [leanProperties],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package/**', 'test/docs/**', 'test/sets/subpaths.test.ts'],
    sequence: { sequencer: FastFirstSequencer },
    testTimeout: 60_000,
  },
});
