import { defineConfig } from 'vitest/config';

// One run for the whole repository: the core library's tests, and each package's own project
// (packages/<name>/vitest.config.ts), so `npm test` and CI report one set of counts.
export default defineConfig({
  test: {
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
