// Measure, not a test: the CPU time of `readUnits` on 10,000 commune rows, XLSX and CSV, each
// file written by this package's own `writeBook` with the header rows of `writeInputForm`.
// Run from packages/sheets: `npm run bench:read -- [rows]`; to profile,
// `NODE_OPTIONS=--cpu-prof npm run bench:read`. The CPU time is the process's own (user + system)
// around each call, so it is noisy on a shared machine. The data are synthetic (a fixed
// pseudo-random sequence), not real communes.
import { getCriteriaSet } from '@ntm/criteria';
import { readGrids, readUnits, readUnitsFromGrids, textOf, writeBook, writeInputForm } from '../src/index.js';

const rows = Number(process.argv[2] ?? 10_000);
const set = getCriteriaSet('commune-2021-2025+211');

// A small deterministic PRNG (mulberry32), so every run reads the same data.
let seed = 20261201;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

// The form's header rows as officials receive them (codes as text, merged criterion headers).
const form = readGrids(writeInputForm(set, { format: 'xlsx', column: 'red-river-delta' }), { format: 'xlsx' }).grids[0]!;
const header = form.rows.map((row) => Array.from(row, (cell) => (cell === undefined ? null : textOf(cell))));
const codeRow = header.findIndex((row) => row[0] === 'Mã chỉ tiêu');
const units = header[header.length - 1]!;
const firstCode = header[codeRow]!.findIndex((text) => text !== null && /^\d/.test(text));
const data: (string | number | null)[][] = [...header];
for (let i = 0; i < rows; i++) {
  // STT, Mã xã, Tên xã, Tỉnh, Năm, Vùng: the unit columns the form writes before the codes.
  const row: (string | number | null)[] = [
    String(i + 1),
    `X${String(i + 1).padStart(5, '0')}`,
    `Xã thử ${i + 1}`,
    'Vĩnh Phúc',
    2024,
    'ĐBSH',
  ].slice(0, firstCode);
  for (let c = row.length; c < header[codeRow]!.length; c++) {
    const unit = String(units[c] ?? '');
    const r = random();
    if (r < 0.05)
      row.push(null); // no data
    else if (r > 0.995)
      row.push('?'); // an unreadable cell: an issue
    else if (unit.startsWith('Đạt')) row.push(r < 0.8 ? 'Đạt' : 'Chưa đạt');
    else if (unit.startsWith('Có'))
      row.push(r < 0.5 ? 'Có' : 'Không'); // a yes/no fact
    else if (unit === '%') row.push(r < 0.5 ? `${(90 + r * 10).toFixed(1).replace('.', ',')}%` : `${Math.floor(1900 + r * 100)}/2.000`);
    else row.push(Math.round(r * 1000) / 10);
  }
  data.push(row);
}
const xlsx = writeBook([{ name: 'Xã', rows: data }], 'xlsx');
const csv = writeBook([{ name: 'Xã', rows: data }], 'csv');

function measure(label: string, run: () => { units: readonly unknown[]; issues: readonly unknown[] }): void {
  const before = process.cpuUsage();
  const start = performance.now();
  const reading = run();
  const cpu = process.cpuUsage(before);
  const wall = performance.now() - start;
  console.log(
    `  ${label.padEnd(14)} cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, wall ${(wall / 1000).toFixed(2)} s: ${reading.units.length} units, ${reading.issues.length} issues`,
  );
}

console.log(
  `readUnits, ${rows} rows × ${header[codeRow]!.length} columns (${set.id}); xlsx ${(xlsx.length / 1e6).toFixed(1)} MB, csv ${(csv.length / 1e6).toFixed(1)} MB`,
);
measure('xlsx (file)', () => readUnits(xlsx, set, { format: 'xlsx' }));
measure('csv (file)', () => readUnits(csv, set, { format: 'csv' }));
// The two halves of the XLSX reading: SheetJS's parse into grids, then the units from the grids.
let grids: ReturnType<typeof readGrids>['grids'] = [];
measure('xlsx → grids', () => {
  const read = readGrids(xlsx, { format: 'xlsx' });
  grids = read.grids;
  return { units: read.grids, issues: read.issues };
});
measure('grids → units', () => readUnitsFromGrids(grids, set));
