// tsup's declaration build (rollup) writes an entry named `sets/commune-2021-2025+211` as
// `commune-2021-2025_211.d.ts`: rollup replaces `+` (and other URL-unsafe characters) in file
// names, while the JavaScript build keeps them. The package's `./sets/*` export needs both
// under the set id, so this renames each declaration file to its JavaScript file's name.
// Runs after `tsup` (see package.json "build").
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'sets');
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a file name must not carry
const unsafe = /[\u0000-\u001F"#$&*+,:;<=>?[\]^`{|}\u007F]/g;
let renamed = 0;
const names = new Map(); // escaped name → set id
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
  names.set(name.replace(unsafe, '_'), name);
}
// Declarations that import a renamed one (index.d.ts re-exports every set) follow the new name.
const dist = join(dir, '..');
const declarations = [...readdirSync(dist).map((f) => join(dist, f)), ...readdirSync(dir).map((f) => join(dir, f))].filter((f) =>
  /\.d\.c?ts$/.test(f),
);
for (const file of declarations) {
  const text = readFileSync(file, 'utf8');
  let fixed = text;
  for (const [escaped, name] of names) fixed = fixed.split(`/${escaped}.`).join(`/${name}.`);
  if (fixed !== text) writeFileSync(file, fixed);
}
console.log(`dts-entry-names: ${renamed} declaration file(s) renamed to their set id`);
