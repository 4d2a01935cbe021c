import { defineConfig } from 'vitest/config';

// One run for the whole repository: the core library's tests, and each package's own project
// (packages/<name>/vitest.config.ts), so `npm test` and CI report one set of counts.
export default defineConfig({
  test: {
    // `--coverage` (CI): the engine's coverage, with a floor a change may not go under.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The TSDoc examples test imports the packages' sources in this process; their coverage is
      // their end-to-end tests' (run as a process), not the engine's.
      exclude: ['packages/**'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: '.tmp/coverage',
      thresholds: { statements: 93, branches: 87, functions: 92, lines: 94 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['test/**/*.test.ts'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
          testTimeout: 60_000,
        },
      },
      'packages/*/vitest.config.ts',
    ],
  },
});
