import { defineConfig } from 'tsup';

/**
 * One subpath per criteria set (`@ntm/criteria/sets/<set id>`), so an app that needs one set
 * bundles only that one. Add each new rules file here.
 */
export const SET_ENTRIES: Record<string, string> = {
  'commune-2016-2020': 'rules/national/2016-2020/commune-1980.ts',
  'commune-2021-2025': 'rules/national/2021-2025/commune-318.ts',
};

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
