import { defineConfig } from 'tsup';
import { setEntries } from './scripts/set-entries.js';

/**
 * One subpath per criteria set (`@ntm/criteria/sets/<set id>`), so an app that needs one set
 * bundles only that one. Derived from the manifest (rules/manifest.ts).
 */
export const SET_ENTRIES: Record<string, string> = setEntries();

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    engine: 'src/engine.ts',
    ...Object.fromEntries(Object.entries(SET_ENTRIES).map(([id, file]) => [`sets/${id}`, file])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
});
