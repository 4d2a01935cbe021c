// Bench: 10,000 commune rows through the built `ntm` binary (read, evaluate, gap plan, report).
// Not a test: run `npm run build` then `node packages/cli/bench/evaluate-10k.mjs [rows]`.
// The data are synthetic (a fixed pseudo-random sequence), not real communes.
import * as XLSX from '@e965/xlsx';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rows = Number(process.argv[2] ?? 10_000);
// Runs the binary in-process and reports its CPU time (the machine may be shared and loaded:
// wall time then says little, CPU time much more).
const cpuRun = fileURLToPath(new URL('./cpu-run.mjs', import.meta.url));
const set = 'commune-2021-2025+211';
const dir = mkdtempSync(join(tmpdir(), 'ntm-bench-'));

// A small deterministic PRNG (mulberry32), so every run reads the same data.
let seed = 20261201;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

function run(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cpuRun, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`ntm ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const cpu = Number(/cpu-ms (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, cpu };
}

// The indicator codes and measures, from the form the CLI writes.
run(['template', set, '--region', 'ĐBSH', '-o', 'form.xlsx']);
const form = XLSX.read(readFileSync(join(dir, 'form.xlsx')));
const sheet = XLSX.utils.sheet_to_json(form.Sheets['Xã'], { header: 1, defval: null });
// Row 3 of the form holds the codes, its last header row each indicator's unit ("%", "Đạt / Chưa đạt"…).
const columns = sheet[2].map((c, i) => [c, i]).filter(([c]) => typeof c === 'string' && /^\d/.test(c));
const codes = columns.map(([c]) => c);
const units = columns.map(([, i]) => sheet[sheet.length - 1][i]);
const header = ['Mã xã', 'Tên xã', 'Tỉnh', 'Năm', ...codes];
const data = [header];
for (let i = 0; i < rows; i++) {
  const row = [`X${String(i + 1).padStart(5, '0')}`, `Xã thử ${i + 1}`, 'Vĩnh Phúc', 2024];
  codes.forEach((_code, k) => {
    const unit = String(units[k] ?? '');
    const r = random();
    if (r < 0.05)
      row.push(null); // no data
    else if (unit.startsWith('Đạt')) row.push(r < 0.8 ? 'Đạt' : 'Chưa đạt');
    else if (unit === '%') row.push(r < 0.5 ? `${(90 + r * 10).toFixed(1).replace('.', ',')}%` : `${Math.floor(1900 + r * 100)}/2.000`);
    else row.push(Math.round(r * 1000) / 10);
  });
  data.push(row);
}
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(data), 'Xã');
writeFileSync(join(dir, 'data.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
writeFileSync(join(dir, 'data.csv'), XLSX.utils.sheet_to_csv(XLSX.utils.aoa_to_sheet(data)));

if (process.env.ONLY_DATA) {
  console.log(dir);
  process.exit(0);
}
const results = [
  ['xlsx → json', run(['evaluate', 'data.xlsx', '--set', set, '-o', 'r.json'])],
  ['csv → json', run(['evaluate', 'data.csv', '--set', set, '-o', 'r2.json'])],
  ['xlsx → csv', run(['evaluate', 'data.xlsx', '--set', set, '-o', 'r.csv'])],
  ['xlsx → xlsx', run(['evaluate', 'data.xlsx', '--set', set, '-o', 'r.xlsx'])],
  ['startup (--version)', run(['--version'])],
];
console.log(
  `ntm evaluate, ${rows} communes × ${codes.length} indicators (${set}); input ${(statSync(join(dir, 'data.xlsx')).size / 1e6).toFixed(1)} MB xlsx`,
);
for (const [label, { ms, cpu }] of results)
  console.log(`  ${label.padEnd(22)} ${(ms / 1000).toFixed(2)} s wall, ${(cpu / 1000).toFixed(2)} s CPU`);
console.log(`  report.xlsx ${(statSync(join(dir, 'r.xlsx')).size / 1e6).toFixed(1)} MB`);
if (process.env.KEEP) console.log(dir);
else rmSync(dir, { recursive: true, force: true });
