// tsup's declaration build (rollup) writes an entry named `sets/commune-2021-2025+211` as
// `commune-2021-2025_211.d.ts`: rollup replaces `+` (and other URL-unsafe characters) in file
// names, while the JavaScript build keeps them. The package's `./sets/*` export needs both
// under the set id, so this renames each declaration file to its JavaScript file's name.
// Runs after `tsup` (see package.json "build").
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'sets');
const unsafe = /[\u0000-\u001F"#$&*+,:;<=>?[\]^`{|}\u007F]/g;
let renamed = 0;
for (const file of readdirSync(dir)) {
  const match = /^(.*)\.(js|cjs)$/.exec(file);
  if (!match || !unsafe.test(match[1])) continue;
  unsafe.lastIndex = 0;
  const name = match[1];
  const ext = match[2] === 'js' ? '.d.ts' : '.d.cts';
  const from = join(dir, name.replace(unsafe, '_') + ext);
  if (existsSync(from)) {
    renameSync(from, join(dir, name + ext));
    renamed++;
  }
}
console.log(`dts-entry-names: ${renamed} declaration file(s) renamed to their set id`);
