// One-time proof of the table migration (issue 11): every compiled set of the rules at a
// commit before the rewrite is deep-equal to the set the table files compile to, apart from
// the notes (rewritten for auditors) and the differences listed in ALLOWED below.
// Usage: tsx scripts/migration/compare-sets.ts [base commit, default f780c75]
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const base = process.argv[2] ?? 'f780c75';
const dir = '.tmp/sets-before';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// The old rules and engine, unpacked inside the repository so that node_modules resolves.
execSync(`git archive ${base} rules src | tar -x -C ${dir}`);
execSync(`npx tsx scripts/migration/dump-sets.ts ${dir}/rules/index.ts ${dir}/before.json`, { stdio: 'inherit' });
execSync(`npx tsx scripts/migration/dump-sets.ts rules/index.ts ${dir}/after.json`, { stdio: 'inherit' });

/** Intended changes, each with its reason (a path prefix and why it may differ). */
const ALLOWED: readonly (readonly [RegExp, string])[] = [
  [/^[^.]+\.sources\.SC_(TAMDAO|HOSON)$/, 'one description per source id (rules/sources.ts)'],
  // Notes for auditors (rewrite-notes.py): the English of a source's description or of a rule's
  // text loses its account of the research; no value, status or Vietnamese text changes.
  [/^[^.]+\.sources\.[^.]+\.what$/, 'source description without research wording'],
  [/\.(text|incompleteIndicators)\.en$/, 'English text without research wording'],
  // After the migration (issue 13): 1980's income is bound to 2020, the year its source states.
  [/^commune-2016-2020\.criteria\.9\.indicators\.0\.targets\.[a-z-]+$/, 'issue 13: a value "by 2020" applies from 2020'],
  [/^commune-advanced-2021-2025(\+211)?\.sources\.H[34]$/, 'issue 13: the sources of the 75-indicator count of 318 Annex II'],
  // 211/QĐ-TTg is stated once (rules/decrees.ts) with its sources, also where it is the base.
  [/^district-special-2024\.(legalBasis\.0\.sources|sources\.S17)$/, 'one statement per document (rules/decrees.ts)'],
];

type Json = unknown;
function stripNotes(x: Json): Json {
  if (Array.isArray(x)) return x.map(stripNotes);
  if (x && typeof x === 'object') {
    return Object.fromEntries(
      Object.entries(x as Record<string, Json>)
        .filter(([k]) => k !== 'note' && k !== 'notes')
        .map(([k, v]) => [k, stripNotes(v)]),
    );
  }
  return x;
}
const differences: string[] = [];
function compare(a: Json, b: Json, path: string): void {
  if (isDeepStrictEqual(a, b)) return;
  const allowed = ALLOWED.find(([re]) => re.test(path));
  if (allowed) {
    console.log(`allowed: ${path} (${allowed[1]})`);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) compare((a as Record<string, Json>)[k], (b as Record<string, Json>)[k], `${path}.${k}`);
    return;
  }
  differences.push(`${path}: ${JSON.stringify(a)?.slice(0, 200)} → ${JSON.stringify(b)?.slice(0, 200)}`);
}
const before = stripNotes(JSON.parse(readFileSync(`${dir}/before.json`, 'utf8'))) as Record<string, Json>;
// The 211 column rules now live in the 211 file only: the 318 sets as signed do not have them.
for (const id of ['commune-2021-2025', 'commune-advanced-2021-2025']) {
  const set = before[id] as { columnRules: { id: string }[] };
  set.columnRules = set.columnRules.filter((r) => !/\.r[34]$/.test(r.id));
  console.log(`intended: ${id} without its two 211 column rules (they are in amend-211.ts)`);
}
const after = stripNotes(JSON.parse(readFileSync(`${dir}/after.json`, 'utf8'))) as Record<string, Json>;
for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) compare(before[id], after[id], id);
for (const d of differences) console.log(`DIFFERENT ${d}`);
console.log(differences.length === 0 ? 'every set deep-equal (notes aside)' : `${differences.length} difference(s)`);
process.exit(differences.length === 0 ? 0 : 1);
