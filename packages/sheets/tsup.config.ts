import { defineConfig } from 'tsup';

// ESM and CJS with separate .d.ts/.d.cts; @ntm/criteria stays a peer (the app brings it).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  external: ['@ntm/criteria', '@e965/xlsx', 'csv-parse', '#csv-parse', 'fflate'],
});
