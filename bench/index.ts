// npm run bench: bundles bench/run.ts with the engine and the rules into one ES module (as
// tsup builds dist/, target es2022; the peers stay the npm packages' own code), then runs it
// in a plain Node process (no tsx hooks), with --expose-gc for the heap figures.
// Why: under tsx every module is compiled to CommonJS whose imports are getters, which slows
// code split over many modules (ours, about 2× on this bench) and not the peers' bundles: the
// bench measures the engine as an app runs it, from its build.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'ntm-bench');
mkdirSync(outDir, { recursive: true });
await build({
  config: false,
  entry: { run: join(root, 'bench', 'run.ts') },
  format: ['esm'],
  outDir,
  platform: 'node',
  target: 'es2022',
  splitting: false,
  sourcemap: false,
  dts: false,
  silent: true,
  outExtension: () => ({ js: '.mjs' }),
  external: ['json-logic-js', 'json-rules-engine'],
});
const run = spawnSync(process.execPath, ['--expose-gc', join(outDir, 'run.mjs')], { stdio: 'inherit', cwd: root });
process.exitCode = run.status ?? 1;
