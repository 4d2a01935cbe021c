import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SET_ENTRIES } from '../../tsup.config.js';

// Each set is importable alone from the built package, by its own subpath, in ESM and CJS,
// resolved by Node through package.json "exports" (the package imports itself by name).
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ids = Object.keys(SET_ENTRIES);
const built = (id: string) => ['.js', '.cjs', '.d.ts', '.d.cts'].map((ext) => join(root, 'dist', 'sets', id + ext));

beforeAll(() => {
  // .ci/run builds before testing; build here only when dist/ lacks a set (a fresh checkout).
  if (ids.some((id) => built(id).some((f) => !existsSync(f)))) execSync('npm run build', { cwd: root, stdio: 'pipe' });
}, 240_000);

/** For every subpath: the id of the exported set whose id is the subpath's (or 'missing'). */
function run(kind: 'esm' | 'cjs'): Record<string, string> {
  const load =
    kind === 'esm'
      ? 'const load = (p) => import(p);'
      : "const { createRequire } = await import('node:module'); const req = createRequire(process.cwd() + '/'); const load = async (p) => req(p);";
  const script = `${load}
const out = {};
for (const id of ${JSON.stringify(ids)}) {
  const mod = await load('@ntm/criteria/sets/' + id);
  const set = Object.values(mod).find((v) => v && v.id === id);
  out[id] = set ? set.id + ' ' + set.version : 'missing';
}
console.log(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as Record<
    string,
    string
  >;
}

describe('every set has its own package subpath in dist', () => {
  it('has JavaScript and declaration files (ESM and CJS) under the set id', () => {
    for (const id of ids) for (const f of built(id)) expect(existsSync(f), f).toBe(true);
  });

  it.each(['esm', 'cjs'] as const)('%s: import @ntm/criteria/sets/<id> gives the set with that id', (kind) => {
    const loaded = run(kind);
    for (const id of ids) expect(loaded[id]).toMatch(new RegExp(`^${id.replace('+', '\\+')} `));
    expect(loaded['commune-2021-2025+211']).toBe('commune-2021-2025+211 318/QĐ-TTg + 211/QĐ-TTg');
    expect(loaded['commune-2026-2030']).toBe('commune-2026-2030 51/2025/QĐ-TTg');
  });
});
