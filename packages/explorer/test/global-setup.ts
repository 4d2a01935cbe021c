// Builds the explorer once before the browser tests when dist/index.html is missing or older
// than a source of the page, so the tests always load the built page users open (never a dev
// server, never a stale build).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time under a folder (or of a file). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), stat.mtimeMs);
}

export default function setup(): void {
  const page = join(root, 'dist', 'index.html');
  const sources = [
    join(root, 'src'),
    join(root, 'index.html'),
    join(root, 'vite.config.ts'),
    join(root, '..', '..', 'src'),
    join(root, '..', '..', 'rules'),
    join(root, '..', 'sheets', 'src'),
  ];
  if (existsSync(page) && statSync(page).mtimeMs >= Math.max(...sources.filter(existsSync).map(newest))) return;
  const vite = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url));
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
