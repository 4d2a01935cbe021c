import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

// One file, `dist/ntm.js`, with @ntm/criteria and @ntm/sheets bundled in: the library is not on
// the registry, so the published CLI must carry it. Its other dependencies come from the registry.
export default defineConfig({
  entry: { ntm: 'src/ntm.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: false,
  splitting: false,
  dts: false,
  outDir: 'dist',
  noExternal: ['@ntm/criteria', '@ntm/sheets'],
  external: ['commander', '@e965/xlsx', 'csv-parse', 'zod', 'date-fns'],
  banner: { js: '#!/usr/bin/env node' },
  esbuildOptions(options) {
    // Build from the sources of the two workspace packages, so the CLI never bundles a stale dist.
    options.alias = {
      '@ntm/criteria': fileURLToPath(new URL('../../src/index.ts', import.meta.url)),
      '@ntm/sheets': fileURLToPath(new URL('../sheets/src/index.ts', import.meta.url)),
      // In Node, csv-parse's own build (the browser build the sheets package imports carries a slow Buffer polyfill).
      'csv-parse/browser/esm/sync': 'csv-parse/sync',
    };
  },
});
