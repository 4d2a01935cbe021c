// Mutation testing one engine file at a time (npm run mutation:file -- compare.ts column-for.ts,unit-kind.ts),
// keeping every file's results in the committed incremental report. Stryker writes that report with
// only the files of the run, so this runs Stryker per file and merges what it wrote back into the
// previous report; a later run of any file (or the whole `npm run mutation`) then retests only the
// mutants whose code or tests changed. With no file named, it prints the scores of the report.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const INCREMENTAL = 'test/mutation/stryker-incremental.json';

interface Mutant {
  readonly status: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly location: { readonly start: { line: number; column: number }; readonly end: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
  testFiles?: Record<string, unknown>;
  [key: string]: unknown;
}

const read = (): Report | undefined => (existsSync(INCREMENTAL) ? (JSON.parse(readFileSync(INCREMENTAL, 'utf8')) as Report) : undefined);

// Each argument is one Stryker run (one dry run, ~2 min here): a file, or files joined by commas.
for (const group of process.argv.slice(2)) {
  const mutate = group.split(',').map((name) => (name.includes('/') ? name : `src/evaluate/${name}`));
  const before = read();
  execFileSync('npx', ['stryker', 'run', '--mutate', mutate.join(',')], { stdio: 'inherit' });
  const after = read()!;
  // The files of this run get the new results; every other file keeps what the earlier runs
  // found. A run of part of a file (`evaluate-indicator.ts:1-350`) adds to the file's other
  // mutants, as long as the file has not changed since.
  const files = { ...before?.files };
  for (const [file, result] of Object.entries(after.files)) {
    const earlier = files[file];
    const replace = earlier === undefined || !group.includes(':') || earlier.source !== result.source;
    files[file] = replace
      ? result
      : { ...result, mutants: [...earlier.mutants.filter((m) => !result.mutants.some((n) => same(m, n))), ...result.mutants] };
  }
  const merged: Report = { ...after, files, testFiles: { ...before?.testFiles, ...after.testFiles } };
  writeFileSync(INCREMENTAL, `${JSON.stringify(merged, null, 2)}\n`);
}

const report = read();
if (report) {
  const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'] as const;
  const rows: string[][] = [];
  const total = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<string, number>;
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const count = Object.fromEntries(STATUSES.map((s) => [s, mutants.filter((m) => m.status === s).length])) as Record<string, number>;
    for (const s of STATUSES) total[s]! += count[s]!;
    rows.push([file, ...STATUSES.map((s) => String(count[s])), score(count)]);
  }
  rows.push(['**all measured**', ...STATUSES.map((s) => `**${total[s]}**`), `**${score(total)}**`]);
  console.log(`| file | killed | timeout | survived | no coverage | ignored (static) | score |`);
  console.log(`|---|--:|--:|--:|--:|--:|--:|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/** The same mutant in two reports of the same source: same place, same change. */
function same(a: Mutant, b: Mutant): boolean {
  return a.mutatorName === b.mutatorName && a.replacement === b.replacement && JSON.stringify(a.location) === JSON.stringify(b.location);
}

/** Stryker's mutation score: detected (killed or timed out) over every mutant that ran or could have. */
function score(count: Record<string, number>): string {
  const detected = count.Killed! + count.Timeout!;
  const valid = detected + count.Survived! + count.NoCoverage!;
  return valid === 0 ? '–' : `${((100 * detected) / valid).toFixed(1)} %`;
}
