import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('..', import.meta.url));
const binary = join(here, 'dist', 'ntm.js');

/** The newest modification time under a folder (sources the binary is built from). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// The end-to-end tests run the real binary: build it once when it is missing or older than its sources.
export default function setup(): void {
  const sources = [join(here, 'src'), join(here, '..', 'sheets', 'src'), join(here, '..', '..', 'src'), join(here, '..', '..', 'rules')];
  const stale = !existsSync(binary) || sources.some((dir) => newest(dir) > statSync(binary).mtimeMs);
  if (stale)
    execFileSync(process.execPath, [join(here, '..', '..', 'node_modules', 'tsup', 'dist', 'cli-default.js')], {
      cwd: here,
      stdio: 'inherit',
    });
}
