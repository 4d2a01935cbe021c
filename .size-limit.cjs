// Size budgets (npm run size, after npm run build), measured on dist/ as an app's bundler sees
// it: esbuild, minified, brotli. zod is a peer dependency, so size-limit leaves it out unless a
// check says `withZod`; the evaluate-only checks count it, to prove evaluation pulls none of it.
//
// Issue 6 asked for ≤ 10 kB (engine + one set, evaluate only) and ≤ 20 kB (with validation).
// The limits below are today's sizes plus a little headroom, so that CI catches growth; they
// are above those targets because one set's data (legal text vi/en, sources, notes) is itself
// about 11 kB brotli, and the engine about 12.5 kB. See README "Benchmark and size".
// law-by-date: +2.2 kB for every evaluation, because the column follows the province as it stood
// on the assessed date: the 97 provincial units (63 + 34, codes, merges) and name resolution.
// rules-as-tables: every source and every decree is stated once (rules/sources.ts, decrees.ts),
// and a set picks its own at build time of the module, so each set's subpath still carries the
// whole source list (about 7 kB brotli): one set alone went from 11.5 to 19.7 kB. Splitting the
// source list would bring it back. Done: each source is its own export and a set imports the
// ones it cites, so one set alone went from 22.4 kB (after the 2026-12-01 hunt) to 15.9 kB.
// reasons-as-data + reliability (issues 12 and 14): evaluation alone went from 16 to 22.7 kB:
// the one validator built from each set's input description (10 kB minified), the own-property
// reader that turns throwing getters and Proxies into issues, deep freezing, and the English
// `expected` phrase of every issue (2.3 kB minified). The messages themselves (vi.ts, en.ts) are
// only bundled by an app that calls formatMessage. The whole package grew by the hunt of
// 2026-12-01 too (a provincial set, 14 sources, notes).
// aggregate-table (issue 15, point 5): an aggregate takes a province's tables and per-level
// overrides once (applyTables, each table's issues worded with its id): the whole package measured
// 92.98 kB, 480 B over 92.5 kB. Evaluation alone does not change (no aggregate in those checks).
// engine-speed (issue 12): the view compiled per set, column and year that makes evaluation
// about 4× faster adds about 1.9 kB to every evaluation (22.8 → 24.8 kB for evaluate alone).
// vi-notes (issue 11.5): every note is { vi, en }, so a set carries its notes in Vietnamese too:
// one set alone went from 15.9 to 19.5 kB (the amended one from 17.6 to 21.4 kB), the whole
// package from 93.1 to 104.8 kB. Evaluation alone does not change.
// zod 4.6 (issue 19: measured with the zod a fresh install gets, 4.6.7 on 2026-12-02): zod's
// classic API alone is 76.6 kB brotli in 4.6.7 against about 45 kB in 4.1.12 (it is not
// tree-shaken: `import { z } from 'zod'` bundles all of it), so "validation, zod counted" went from
// 72.0 to 102.8 kB. Our own part did not change (26.8 kB, the zod-as-peer check below).
const withZod = (config) => ({ ...config, external: (config.external ?? []).filter((name) => name !== 'zod') });

module.exports = [
  {
    name: 'engine: evaluate only, no set (zod counted: adds 0 B)',
    path: 'dist/engine.js',
    import: '{ evaluate }',
    modifyEsbuildConfig: withZod,
    limit: '25.5 kB',
  },
  {
    name: 'one set by subpath alone: commune-2021-2025 data',
    path: 'dist/sets/commune-2021-2025.js',
    import: '{ commune318 }',
    modifyEsbuildConfig: withZod,
    limit: '20 kB',
  },
  {
    // An amended set's subpath carries its base and the amendment, not the other sets 211 amends.
    name: 'one amended set by subpath alone: commune-2021-2025+211 data',
    path: 'dist/sets/commune-2021-2025+211.js',
    import: '{ commune318Amended211 }',
    modifyEsbuildConfig: withZod,
    limit: '22 kB',
  },
  {
    name: 'engine + one set by subpath, evaluate only (issue target 10 kB; zod counted)',
    path: ['dist/engine.js', 'dist/sets/commune-2021-2025.js'],
    import: { 'dist/engine.js': '{ evaluate }', 'dist/sets/commune-2021-2025.js': '{ commune318 }' },
    modifyEsbuildConfig: withZod,
    limit: '43 kB',
  },
  {
    name: 'engine + input validation (inputSchema, criteriaSetSchema), no set (zod: app peer)',
    path: 'dist/engine.js',
    import: '{ evaluate, inputSchema, criteriaSetSchema }',
    limit: '27.5 kB',
  },
  {
    name: 'engine + one set + input validation (issue target 20 kB; zod: app peer)',
    path: ['dist/engine.js', 'dist/sets/commune-2021-2025.js'],
    import: { 'dist/engine.js': '{ evaluate, inputSchema }', 'dist/sets/commune-2021-2025.js': '{ commune318 }' },
    limit: '44 kB',
  },
  {
    name: 'engine + input validation, zod counted',
    path: 'dist/engine.js',
    import: '{ evaluate, inputSchema, criteriaSetSchema }',
    modifyEsbuildConfig: withZod,
    limit: '104 kB',
  },
  {
    name: 'whole package: every export of @ntm/criteria, every set (zod: app peer)',
    path: 'dist/index.js',
    limit: '107.5 kB',
  },
];
