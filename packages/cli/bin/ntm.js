#!/usr/bin/env node
// The `ntm` command: runs the built CLI (dist/ntm.js). This launcher exists before any build,
// so npm links the command at install time in the repository's workspaces.
import { existsSync } from 'node:fs';

const built = new URL('../dist/ntm.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'ntm chưa được build: chạy "npm run build" ở thư mục gốc / ntm is not built: run "npm run build" at the repository root\n',
  );
  process.exitCode = 2;
} else {
  await import(built.href);
}
