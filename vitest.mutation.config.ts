import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of the engine core (npm run mutation): the core
// project's unit, golden and law tests, without the package, docs and browser tests, which
// check artefacts rather than the engine's logic.
export default defineConfig({
  test: {
    include: [
      'test/evaluate/**/*.test.ts',
      'test/properties/**/*.test.ts',
      'test/golden/**/*.test.ts',
      'test/exactness.test.ts',
      'test/bad-input.test.ts',
      'test/aggregate/**/*.test.ts',
      'test/sets/**/*.test.ts',
      'test/report/**/*.test.ts',
    ],
    exclude: ['test/sets/subpaths.test.ts'],
    testTimeout: 60_000,
  },
});
