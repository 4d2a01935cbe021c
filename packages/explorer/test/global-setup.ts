// Builds the explorer once when dist/index.html is missing, so the browser tests always load a
// built page (the artefact users open), never the dev server.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (existsSync(`${root}dist/index.html`)) return;
  execFileSync(process.execPath, [fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url)), 'build'], { cwd: root, stdio: 'inherit' });
}
