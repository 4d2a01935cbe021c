// The progress bar: drawn on a terminal, never when piped or with --json, cleared at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';
import { ntm, scratch } from './helpers.js';

/** A stand-in for process.stderr that records what is written. */
function stream(isTTY: boolean): NodeJS.WriteStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream & { written: string[] };
}

describe('createProgress', () => {
  it('draws a bar of done/total on a terminal, then clears its line', () => {
    const err = stream(true);
    const progress = createProgress(err, true);
    progress.update(200, 800);
    progress.update(800, 800);
    progress.done();
    expect(err.written).toEqual([`\r[${'#'.repeat(8)}${' '.repeat(22)}] 25% 200/800`, `\r[${'#'.repeat(30)}] 100% 800/800`, '\r\x1b[2K']);
  });

  it('writes nothing when not a terminal, when machine output is asked for, or for fewer than 50 units', () => {
    for (const [isTTY, wanted, total] of [
      [false, true, 800],
      [true, false, 800],
      [true, true, 49],
    ] as const) {
      const err = stream(isTTY);
      const progress = createProgress(err, wanted);
      progress.update(10, total);
      progress.done();
      expect(err.written).toEqual([]);
    }
  });
});

// `script` (util-linux) runs a command on a pseudo-terminal: the one way to see what an official
// at a terminal sees. Where it is missing the end-to-end case says so and is skipped.
const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
const BINARY = fileURLToPath(new URL('../dist/ntm.js', import.meta.url));

describe.skipIf(SCRIPT === undefined)('ntm evaluate at a terminal', () => {
  it('shows the bar while it evaluates 400 rows and leaves the terminal line clean; piped, nothing', () => {
    const dir = scratch();
    // TEST-ONLY rows (not real communes): 400 communes with one value each.
    const rows = ['Tên xã,Nhóm xã,Năm,6.x1', ...Array.from({ length: 400 }, (_, i) => `Xã ${i + 1},1,2026,"2,5"`)];
    writeFileSync(join(dir, 'xa.csv'), `${rows.join('\n')}\n`);
    const command = `'${process.execPath}' '${BINARY}' evaluate xa.csv --set commune-2026-2030 -o r.json`;
    const run = spawnSync(SCRIPT!, ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('] 50% 200/400');
    expect(run.stdout).toContain('] 100% 400/400');
    expect(run.stdout).toContain('\r\x1b[2K');
    const piped = ntm(['evaluate', 'xa.csv', '--set', 'commune-2026-2030', '-o', 'r2.json'], dir);
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
  });
});
