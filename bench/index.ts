// npm run bench: our evaluate vs json-rules-engine, json-logic-js and a hand loop, on 10,000
// generated communes per set. Verdicts are checked to agree before any time is printed.
import os from 'node:os';
import * as engine from '../src/engine.js';
import { evaluate, type CriteriaSet, type EvaluationInput, type EvaluationResult } from '../src/engine.js';
import { getCriteriaSet } from '../src/index.js';
import { handLoopRunner, jsonLogicData, jsonLogicRunner, jsonRulesEngineRunner, type Verdicts } from './engines.js';
import { generateCommunes, tableOverrides } from './generate-communes.js';
import { MET, NA, NOT_MET, OPEN } from './verdicts.js';

const N = Number(process.env.BENCH_COMMUNES ?? 10_000);
const REPEATS = 7;
const gc = (globalThis as { gc?: () => void }).gc;

function ourVerdicts(result: EvaluationResult): Verdicts {
  const statuses = result.criteria.flatMap((c) => c.indicators.map((i) => i.status));
  const codes = Uint8Array.from(statuses, (s) => (s === 'met' ? MET : s === 'not-met' ? NOT_MET : s === 'not-applicable' ? NA : OPEN));
  return { codes, set: result.status };
}

function agree(name: string, a: readonly Verdicts[], b: readonly Verdicts[]): void {
  for (let n = 0; n < a.length; n++) {
    const x = a[n]!, y = b[n]!;
    if (x.set !== y.set || x.codes.length !== y.codes.length || x.codes.some((c, i) => c !== y.codes[i])) {
      throw new Error(`verdicts differ for commune #${n} (${name}): ours ${x.set} [${x.codes.join('')}] vs ${y.set} [${y.codes.join('')}]`);
    }
  }
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median of `repeats` timed passes over all communes, in µs per commune. */
function time(run: () => void, repeats = REPEATS): number {
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / N);
  }
  return median(samples);
}

const fmt = (us: number) => (us >= 100 ? us.toFixed(0) : us >= 10 ? us.toFixed(1) : us.toFixed(2));
const ratio = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));

interface SetFigures { id: string; note: string; ours: number; jre: number; jl: number; hand: number; indicators: number; decided: number; sets: Record<string, number> }

async function benchSet(set: CriteriaSet, withOverrides: boolean): Promise<{ figures: SetFigures; communes: EvaluationInput[] }> {
  const overrides = withOverrides ? tableOverrides(set) : undefined;
  const communes = generateCommunes(set, N, 20261128, overrides);
  const flat = communes.map((c) => ({ ...c.values, ...c.facts }));
  const logicData = communes.map(jsonLogicData);
  const jre = jsonRulesEngineRunner(set);
  const jl = jsonLogicRunner(set);
  const hand = handLoopRunner(set);

  // 1. Verdict check: every engine, every commune, every indicator and the set verdict.
  const ours = communes.map((c) => ourVerdicts(evaluate(set, c)));
  const fromJre: Verdicts[] = [];
  for (let n = 0; n < N; n++) fromJre.push(await jre(communes[n]!, flat[n]!));
  agree('json-rules-engine', ours, fromJre);
  agree('json-logic-js', ours, communes.map((c, n) => jl(c, logicData[n]!)));
  agree('hand loop', ours, communes.map(hand));
  const sets: Record<string, number> = {};
  for (const v of ours) sets[v.set] = (sets[v.set] ?? 0) + 1;
  const decided = ours.reduce((k, v) => k + v.codes.filter((c) => c === MET || c === NOT_MET).length, 0);

  // 2. Timings (rules compiled once per column and year during the check above: not timed).
  // The engines take turns within each repeat, so a busy machine slows them all alike.
  let sink: unknown;
  const samples: Record<'ours' | 'jl' | 'hand' | 'jre', number[]> = { ours: [], jl: [], hand: [], jre: [] };
  const pass = (run: () => void) => {
    const t0 = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - t0) / 1000 / N;
  };
  for (let r = 0; r < REPEATS; r++) {
    samples.ours.push(pass(() => { for (const c of communes) sink = evaluate(set, c); }));
    samples.jl.push(pass(() => { for (let n = 0; n < N; n++) sink = jl(communes[n]!, logicData[n]!); }));
    samples.hand.push(pass(() => { for (const c of communes) sink = hand(c); }));
    if (r % 3 === 0) {
      const t0 = process.hrtime.bigint();
      for (let n = 0; n < N; n++) sink = await jre(communes[n]!, flat[n]!);
      samples.jre.push(Number(process.hrtime.bigint() - t0) / 1000 / N);
    }
  }
  const tOurs = median(samples.ours), tJl = median(samples.jl), tHand = median(samples.hand), tJre = median(samples.jre);
  void sink;
  return {
    communes,
    figures: {
      id: set.id,
      note: withOverrides ? `caller overrides from a fixed table for ${Object.keys(overrides!).length} indicators (no verified targets yet; not legal values)` : 'verified targets only; unknown targets stay unknown',
      ours: tOurs, jre: tJre, jl: tJl, hand: tHand,
      indicators: ours[0]!.codes.length,
      decided: decided / N,
      sets,
    },
  };
}

function memoryPer10k(set: CriteriaSet, communes: readonly EvaluationInput[]): number | null {
  if (!gc) return null;
  gc(); gc();
  const before = process.memoryUsage().heapUsed;
  const kept = communes.map((c) => evaluate(set, c));
  gc(); gc();
  const after = process.memoryUsage().heapUsed;
  if (kept.length !== communes.length) throw new Error('unreachable');
  return ((after - before) / communes.length) * 10_000;
}

async function main() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`@ntm/criteria bench — ${N.toLocaleString('en')} generated communes per set`);
  console.log(`machine: Node ${process.version}, ${cpu} (${os.cpus().length} cores), ${os.platform()} ${os.arch()}, load average ${os.loadavg()[0]!.toFixed(1)} at start`);
  console.log('method: median of 7 timed passes over all communes (json-rules-engine: 3), engines taking turns; rules compiled once per column and year and inputs converted to each peer\'s native format before timing (both in the peers\' favour)');
  const results: SetFigures[] = [];
  const c2021 = await benchSet(getCriteriaSet('commune-2021-2025'), false);
  results.push(c2021.figures);
  results.push((await benchSet(getCriteriaSet('commune-2026-2030'), true)).figures);

  console.log('\nverdict check: OK — all four engines agree on every indicator (met / not met / undecided / n.a.) and every set verdict');
  for (const r of results) {
    console.log(`\n${r.id}: ${r.note}`);
    console.log(`  ${r.indicators} indicators per commune, ${r.decided.toFixed(1)} decided on average; set verdicts ${JSON.stringify(r.sets)}`);
    console.log('  engine                     µs/commune   ours is');
    const row = (name: string, us: number) => console.log(`  ${name.padEnd(26)} ${fmt(us).padStart(10)}   ${name.startsWith('@ntm') ? '' : us >= r.ours ? `${ratio(us / r.ours)}× faster` : `${ratio(r.ours / us)}× slower`}`);
    row('@ntm/criteria evaluate', r.ours);
    row('json-rules-engine 7', r.jre);
    row('json-logic-js 2', r.jl);
    row('hand loop (floor)', r.hand);
  }

  // Aggregate: a district of 10,000 communes (district-2021-2025, commune-2021-2025).
  const aggregate = (engine as Record<string, unknown>).safeEvaluateAggregate as undefined | ((s: CriteriaSet, i: unknown) => { result: { status: string } });
  const set2021 = getCriteriaSet('commune-2021-2025');
  const units = c2021.communes.map((input, n) => ({ id: `c${n}`, input }));
  const tAgg = aggregate
    ? time(() => aggregate(getCriteriaSet('district-2021-2025'), { region: 'red-river-delta', year: 2024, values: {}, units, unitSets: { commune: set2021 } }), 3) * N / 1000
    : null;
  const tTally = time(() => {
    const buckets = { all: 0, '15+': 0, '10-14': 0, '5-9': 0, '<5': 0 };
    let sum = 0;
    for (const c of c2021.communes) {
      const r = evaluate(set2021, c);
      sum += r.metCount;
      if (r.metCount === r.total) buckets.all++; else if (r.metCount >= 15) buckets['15+']++; else if (r.metCount >= 10) buckets['10-14']++; else if (r.metCount >= 5) buckets['5-9']++; else buckets['<5']++;
    }
    if (sum < 0) console.log(buckets);
  }, 3) * N / 1000;
  console.log(`\naggregate over ${N.toLocaleString('en')} communes (commune-2021-2025):`);
  if (tAgg !== null) console.log(`  safeEvaluateAggregate(district-2021-2025, ${N.toLocaleString('en')} commune units): ${tAgg.toFixed(0)} ms`);
  else console.log('  (no aggregate API in this build)');
  console.log(`  ${N.toLocaleString('en')} evaluations + report tally (criteria-met buckets, average): ${tTally.toFixed(0)} ms`);
  const mem = memoryPer10k(set2021, c2021.communes);
  console.log(mem === null ? '\nmemory: run with node --expose-gc to measure' : `\nmemory: ${(mem / 1024 / 1024).toFixed(1)} MB of heap per 10,000 full results (commune-2021-2025, retained)`);

  const targets = results.map((r) => `${r.id}: ${ratio(r.jre / r.ours)}× vs json-rules-engine (target ≥100×) ${r.jre / r.ours >= 100 ? 'MET' : 'MISSED'}, ${ratio(r.jl / r.ours)}× vs json-logic-js (≥3×) ${r.jl / r.ours >= 3 ? 'MET' : 'MISSED'}, ${ratio(r.ours / r.hand)}× the hand loop (≤2×) ${r.ours / r.hand <= 2 ? 'MET' : 'MISSED'}`);
  console.log('\ntargets:\n  ' + targets.join('\n  '));
  console.log(`  load average ${os.loadavg()[0]!.toFixed(1)} at the end: timings on a busy machine are slower for every engine, ratios less so`);
}

await main();
