import { defineConfig } from 'tsup';

/**
 * One subpath per criteria set (`@ntm/criteria/sets/<set id>`), so an app that needs one set
 * bundles only that one. Add each new rules file here.
 */
export const SET_ENTRIES: Record<string, string> = {
  'commune-2016-2020': 'rules/national/2016-2020/commune-1980.ts',
  'district-2016-2020': 'rules/national/2016-2020/district-558.ts',
  'town-2016-2020': 'rules/national/2016-2020/town-558.ts',
  'commune-model-2018-2020': 'rules/national/2016-2020/commune-model-691.ts',
  'province-2020': 'rules/national/2016-2020/province-1274.ts',
  'commune-2021-2025': 'rules/national/2021-2025/commune-318.ts',
  'commune-advanced-2021-2025': 'rules/national/2021-2025/commune-advanced-318.ts',
  'commune-model-2021-2025': 'rules/national/2021-2025/commune-model-319.ts',
  'district-2021-2025': 'rules/national/2021-2025/district-320.ts',
  'town-2021-2025': 'rules/national/2021-2025/town-320.ts',
  'district-advanced-2021-2025': 'rules/national/2021-2025/district-advanced-320.ts',
  'province-2021-2025': 'rules/national/2021-2025/province-321.ts',
  // The four 211/QĐ-TTg amended versions live in one patch file; each subpath re-exports it.
  'commune-2021-2025+211': 'rules/national/2021-2025/amend-211.ts',
  'commune-advanced-2021-2025+211': 'rules/national/2021-2025/amend-211.ts',
  'district-2021-2025+211': 'rules/national/2021-2025/amend-211.ts',
  'district-advanced-2021-2025+211': 'rules/national/2021-2025/amend-211.ts',
  'district-special-2024': 'rules/national/2021-2025/district-special-211.ts',
  'commune-2026-2030': 'rules/national/2026-2030/commune-51.ts',
  'commune-modern-pilot-2026-2030': 'rules/national/2026-2030/commune-modern-pilot-51.ts',
  'province-2026-2030': 'rules/national/2026-2030/province-51.ts',
  'vinhphuc-commune-advanced-2016-2020': 'rules/provincial/vinh-phuc/commune-advanced-2016-2020.ts',
  'vinhphuc-village-model': 'rules/provincial/vinh-phuc/village-model.ts',
  'thaibinh-commune-advanced-2018-2020': 'rules/provincial/thai-binh/commune-advanced-2018-2020.ts',
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
