// The package subpaths of the sets (`@ntm/criteria/sets/<set id>` → its rules file), read from
// the manifest (rules/manifest.ts): each of its lines names the sets one rules file exports.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as MANIFEST from '../rules/manifest.js';

const LINE = /^export \{([^}]+)\} from '\.\/(.+)\.js';$/gm;

/**
 * Set id → rules file (from the repository root), in the manifest's order.
 * @example
 * setEntries()['commune-2021-2025']; // 'rules/national/2021-2025/commune-318.ts'
 */
export function setEntries(): Record<string, string> {
  const text = readFileSync(fileURLToPath(new URL('../rules/manifest.ts', import.meta.url)), 'utf8');
  const sets = MANIFEST as Record<string, { readonly id: string }>;
  const entries: Record<string, string> = {};
  for (const [, names, file] of text.matchAll(LINE)) {
    for (const name of names!.split(',').map((n) => n.trim())) {
      const set = sets[name];
      if (!set) throw new Error(`rules/manifest.ts names ${name}, which ${file}.ts does not export`);
      entries[set.id] = `rules/${file}.ts`;
    }
  }
  if (Object.keys(entries).length !== Object.keys(sets).length) throw new Error('rules/manifest.ts: a line the parser did not read');
  return entries;
}
