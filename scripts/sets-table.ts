// Prints the README's table of criteria sets, made from the sets themselves:
//   npx tsx scripts/sets-table.ts          print the table (markdown)
//   npx tsx scripts/sets-table.ts --write  replace it in README.md between the sets markers
// test/sets/readme-table.test.ts fails when README.md and the data disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCriteriaSets, type CriteriaSet } from '../src/index.js';
import { coverageOf } from './docs/coverage.js';

export const START = '<!-- sets:start -->';
export const END = '<!-- sets:end -->';

/** Cells and verified cells, as docs/coverage.md counts them (`coverageCells`). */
export function cellCounts(set: CriteriaSet): { cells: number; verified: number } {
  const { cells, verified } = coverageOf(set);
  return { cells, verified };
}

const COLUMNS = { regions: '7 regions', groups: '3 groups', single: 'single' } as const;

/**
 * The markdown table of the sets: level, period, decree, in force from/to, columns, criteria,
 * indicators, set-level conditions and the share of target cells verified.
 * @example
 * console.log(setsTable(listCriteriaSets()));
 */
export function setsTable(sets: readonly CriteriaSet[]): string {
  const rows = sets.map((s) => {
    const { cells, verified } = cellCounts(s);
    const indicators = s.criteria.reduce((n, c) => n + c.indicators.length, 0);
    const period = /(\d{4}-\d{4}|\d{4})$/.exec(s.family)?.[1]?.replace('-', '–') ?? '–';
    const share = cells === 0 ? '–' : `${verified}/${cells} (${Math.round((verified * 100) / cells)}%)`;
    const id = s.scope ? `${s.id} (scope ${s.scope})` : s.id;
    return `| \`${id}\` | ${s.level} | ${period} | ${s.version} | ${s.period.from ?? '?'} | ${s.period.to ?? '?'} | ${COLUMNS[s.columns]} | ${s.criteria.length} | ${indicators} | ${s.conditions.length} | ${share} |`;
  });
  return [
    '| set | level | period | decree | in force from | to | columns | criteria | indicators | conditions | target cells verified |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** README.md with the table between the markers replaced (markers added at the end if absent). */
export function withTable(readme: string, table: string): string {
  const block = `${START}\n${table}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) return `${readme.trimEnd()}\n\n${block}\n`;
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const table = setsTable(listCriteriaSets());
  if (process.argv.includes('--write')) {
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
    writeFileSync(file, withTable(readFileSync(file, 'utf8'), table));
    console.log('README.md: sets table updated');
  } else {
    console.log(table);
  }
}
