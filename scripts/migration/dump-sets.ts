// One-time proof of the table migration (issue 11): dumps every compiled set of a rules tree
// as JSON, so the sets before and after the rewrite can be compared (compare-sets.ts).
// Usage: tsx scripts/migration/dump-sets.ts <rules/index.ts of the tree> <out.json>
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [indexFile, out] = process.argv.slice(2);
if (!indexFile || !out) throw new Error('usage: dump-sets.ts <rules/index.ts> <out.json>');
const rules = (await import(pathToFileURL(resolve(indexFile)).href)) as { listCriteriaSets(): readonly { id: string }[] };
const sets = Object.fromEntries(rules.listCriteriaSets().map((s) => [s.id, s]));
writeFileSync(out, JSON.stringify(sets, null, 1));
console.log(`${Object.keys(sets).length} sets → ${out}`);
