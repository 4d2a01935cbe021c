// Memory of a province-sized aggregate (issue 14): 100 districts × 100 communes, every commune
// with full data for the commune and advanced-commune sets of 2021–2025, evaluated through
// the 321/QĐ-TTg province set. Reports the heap the retained result holds, per unit standing,
// with the default `keep: 'verdicts'` and, on one district, with `keep: 'results'`.
//
//   npm run bench:aggregate-memory            # node --expose-gc: heap measured after a full GC
//   npm run bench:aggregate-memory -- 20 50   # 20 districts × 50 communes
//
// Not a test: figures depend on the machine; the README quotes a run.
import {
  commune318,
  communeAdvanced318,
  district320,
  province321,
  safeEvaluateAggregate,
  town320,
  type AggregateInput,
  type AggregateUnit,
  type CriteriaSet,
  type EvaluationInput,
} from '../src/index.js';
import { prng } from './prng.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:aggregate-memory)');

const [districts = 100, communesPerDistrict = 100] = process.argv.slice(2).map(Number);

/** A commune's data for one set: every indicator given, about 9 in 10 values passing (bench data, not real communes). */
function dataFor(set: CriteriaSet, r: () => number): EvaluationInput {
  const values: Record<string, number | boolean> = {};
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      const pass = r() < 0.9;
      values[indicator.code] =
        indicator.measure === 'flag'
          ? pass
          : indicator.measure === 'percent'
            ? pass
              ? 100
              : Math.round(r() * 50)
            : indicator.measure === 'count'
              ? pass
                ? 3
                : 0
              : pass
                ? 200
                : 1;
    }
  }
  return { values };
}

function province(d: number, c: number): AggregateInput {
  const r = prng(20261201);
  const units: AggregateUnit[] = Array.from({ length: d }, (_, i) => ({
    id: `d${i}`,
    kind: 'district',
    input: dataFor(district320, r),
    units: Array.from({ length: c }, (_, j) => ({
      id: `d${i}-c${j}`,
      inputs: { commune: dataFor(commune318, r), 'commune-advanced': dataFor(communeAdvanced318, r) },
    })),
  }));
  return {
    year: 2024,
    province: 'vinh-phuc',
    units,
    unitSets: { commune: commune318, 'commune-advanced': communeAdvanced318, district: district320, town: town320 },
  };
}

const heap = () => {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function measure(label: string, input: AggregateInput, keep: 'verdicts' | 'results') {
  const before = heap();
  const started = performance.now();
  const outcome = safeEvaluateAggregate(province321, input, { keep });
  const seconds = (performance.now() - started) / 1000;
  const peak = process.memoryUsage().heapUsed;
  const retained = heap() - before;
  const standings = outcome.result.units.reduce((n, u) => n + u.standings.length, 0);
  console.log(
    `${label}: ${outcome.result.units.length.toLocaleString('en-US')} units, ${standings.toLocaleString('en-US')} standings, ` +
      `${outcome.issues.length} issues, ${seconds.toFixed(1)} s; retained ${mb(retained)} ` +
      `(${Math.round(retained / standings).toLocaleString('en-US')} B per standing), heap at end of run ${mb(peak - before)} above start`,
  );
  return outcome; // kept alive until measured
}

const input = province(districts, communesPerDistrict);
console.log(
  `input: ${districts} districts × ${communesPerDistrict} communes, heap ${mb(heap())} (limit ${mb((await import('node:v8')).getHeapStatistics().heap_size_limit)})`,
);
const kept = [measure(`keep 'verdicts' (default)`, input, 'verdicts')];
kept.push(measure(`keep 'results', one district`, province(1, communesPerDistrict), 'results'));
void kept;
