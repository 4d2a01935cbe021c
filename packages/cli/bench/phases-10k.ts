// Measure, not a test: the CPU time of each phase of `ntm evaluate` on a data file, in one
// process: reading (XLSX or CSV → units), evaluating with the gap plan, and writing each report
// format. Make the 10,000-commune data with `ONLY_DATA=1 node bench/evaluate-10k.mjs` (it prints
// the folder holding data.xlsx and data.csv), then `npm run bench:phases -- <folder>/data.xlsx`.
// The CPU time is the process's (user + system, GC threads included), noisy on a shared machine.
import { getCriteriaSet } from '@ntm/criteria';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateUnits, fromSheetIssue } from '../src/report/model.js';
import { writeReport } from '../src/report/write.js';
import { readUnitsFile } from '../src/units-file.js';

const data = process.argv[2];
if (data === undefined) throw new Error('usage: bench:phases -- <data.xlsx|data.csv>');
const set = getCriteriaSet('commune-2021-2025+211');
const out = mkdtempSync(join(tmpdir(), 'ntm-phases-'));

function cpu<T>(label: string, run: () => T): T {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  console.log(`  ${label.padEnd(22)} ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`);
  return value;
}

console.log(`ntm evaluate by phase, ${data} (${set.id})`);
const reading = cpu('read', () => readUnitsFile(data, set, { lang: 'vi' }));
const report = cpu('evaluate + gap plan', () =>
  evaluateUnits(
    set,
    reading.units,
    reading.issues.map((i) => fromSheetIssue(i)),
    {},
  ),
);
for (const ext of ['json', 'csv', 'xlsx'])
  cpu(`write .${ext}`, () => writeReport(report, join(out, `report.${ext}`), { force: true, lang: 'vi' }));
rmSync(out, { recursive: true, force: true });
