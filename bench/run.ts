// The bench itself (bench/index.ts bundles and runs it): our evaluate vs json-rules-engine, json-logic-js and a hand loop, on 10,000
// generated communes per set (1980/QĐ-TTg 2016–2020 and 318/QĐ-TTg 2021–2025). Verdicts are
// checked to agree before any time is printed. Times are CPU time (process.cpuUsage), the
// engines taking turns chunk by chunk, so a busy machine slows them all alike.
import os from 'node:os';
import {
  evaluate,
  safeEvaluateAggregate,
  summariseResults,
  type CriteriaSet,
  type EvaluationInput,
  type EvaluationResult,
} from '../src/engine.js';
import { getCriteriaSet } from '../src/index.js';
import { checkingHandLoopRunner, handLoopRunner, jsonLogicData, jsonLogicRunner, jsonRulesEngineRunner, type Verdicts } from './engines.js';
import { generateCommunes } from './generate-communes.js';
import { MET, NA, NOT_MET, OPEN } from './verdicts.js';

const N = Number(process.env.BENCH_COMMUNES ?? 10_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const CHUNK = 250;
const gc = (globalThis as { gc?: () => void }).gc;

function ourVerdicts(result: EvaluationResult): Verdicts {
  const statuses = result.criteria.flatMap((c) => c.indicators.map((i) => i.status));
  const codes = Uint8Array.from(statuses, (s) => (s === 'met' ? MET : s === 'not-met' ? NOT_MET : s === 'not-applicable' ? NA : OPEN));
  return { codes, set: result.status };
}

function agree(name: string, a: readonly Verdicts[], b: readonly Verdicts[]): void {
  for (let n = 0; n < a.length; n++) {
    const x = a[n]!,
      y = b[n]!;
    if (x.set !== y.set || x.codes.length !== y.codes.length || x.codes.some((c, i) => c !== y.codes[i])) {
      throw new Error(`verdicts differ for commune #${n} (${name}): ours ${x.set} [${x.codes.join('')}] vs ${y.set} [${y.codes.join('')}]`);
    }
  }
}

/** CPU time of a run in µs (user + system of this process). */
function cpu(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const t = process.cpuUsage(t0);
  return t.user + t.system;
}

async function cpuAsync(run: () => Promise<void>): Promise<number> {
  const t0 = process.cpuUsage();
  await run();
  const t = process.cpuUsage(t0);
  return t.user + t.system;
}

const fmt = (us: number) => (us >= 100 ? us.toFixed(0) : us >= 10 ? us.toFixed(1) : us.toFixed(2));
const ratio = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));

interface SetFigures {
  id: string;
  indicators: number;
  decided: number;
  sets: Record<string, number>;
  /** µs per commune, CPU time. */
  ours: number;
  oursParsed: number;
  jl: number;
  hand: number;
  /** The hand loop after the unknown-code check (listing the keys of `values`), generated and parsed inputs. */
  checking: number;
  checkingParsed: number;
  jre: number;
  /** Bytes of heap per retained full result. */
  heap: number | null;
}

async function benchSet(set: CriteriaSet): Promise<{ figures: SetFigures; communes: EvaluationInput[] }> {
  const communes = generateCommunes(set, N, 20261128);
  // The same communes as an app gets them from a file or a request: JSON.parse'd, fresh objects.
  const parsed = JSON.parse(JSON.stringify(communes)) as EvaluationInput[];
  const flat = communes.map((c) => ({ ...c.values, ...c.facts }));
  const logicData = communes.map(jsonLogicData);
  const jre = jsonRulesEngineRunner(set);
  const jl = jsonLogicRunner(set);
  const hand = handLoopRunner(set);
  const checking = checkingHandLoopRunner(set);

  // 1. Verdict check: every engine, every commune, every indicator and the set verdict.
  const ours = communes.map((c) => ourVerdicts(evaluate(set, c)));
  agree(
    '@ntm/criteria on parsed input',
    ours,
    parsed.map((c) => ourVerdicts(evaluate(set, c))),
  );
  const fromJre: Verdicts[] = [];
  for (let n = 0; n < N; n++) fromJre.push(await jre(communes[n]!, flat[n]!));
  agree('json-rules-engine', ours, fromJre);
  agree(
    'json-logic-js',
    ours,
    communes.map((c, n) => jl(c, logicData[n]!)),
  );
  agree('hand loop', ours, communes.map(hand));
  agree('hand loop with the unknown-code check', ours, communes.map(checking));
  agree('hand loop with the unknown-code check, parsed input', ours, parsed.map(checking));
  const sets: Record<string, number> = {};
  for (const v of ours) sets[v.set] = (sets[v.set] ?? 0) + 1;
  const decided = ours.reduce((k, v) => k + v.codes.filter((c) => c === MET || c === NOT_MET).length, 0);

  // 2. CPU time, in chunks of 250 communes; within a chunk every engine runs once, in turn.
  // json-rules-engine (slow, asynchronous) runs on every 8th chunk only.
  let sink: unknown;
  const total = { ours: 0, oursParsed: 0, jl: 0, hand: 0, checking: 0, checkingParsed: 0, jre: 0 };
  let jreCount = 0;
  for (let r = 0; r < REPEATS; r++) {
    for (let start = 0, k = 0; start < N; start += CHUNK, k++) {
      const end = Math.min(N, start + CHUNK);
      total.ours += cpu(() => {
        for (let n = start; n < end; n++) sink = evaluate(set, communes[n]!);
      });
      total.oursParsed += cpu(() => {
        for (let n = start; n < end; n++) sink = evaluate(set, parsed[n]!);
      });
      total.jl += cpu(() => {
        for (let n = start; n < end; n++) sink = jl(communes[n]!, logicData[n]!);
      });
      total.hand += cpu(() => {
        for (let n = start; n < end; n++) sink = hand(communes[n]!);
      });
      total.checking += cpu(() => {
        for (let n = start; n < end; n++) sink = checking(communes[n]!);
      });
      total.checkingParsed += cpu(() => {
        for (let n = start; n < end; n++) sink = checking(parsed[n]!);
      });
      if ((k + r) % 8 === 0) {
        total.jre += await cpuAsync(async () => {
          for (let n = start; n < end; n++) sink = await jre(communes[n]!, flat[n]!);
        });
        jreCount += end - start;
      }
    }
  }
  void sink;
  const per = (t: number) => t / (N * REPEATS);
  return {
    communes,
    figures: {
      id: set.id,
      indicators: ours[0]!.codes.length,
      decided: decided / N,
      sets,
      ours: per(total.ours),
      oursParsed: per(total.oursParsed),
      jl: per(total.jl),
      hand: per(total.hand),
      checking: per(total.checking),
      checkingParsed: per(total.checkingParsed),
      jre: total.jre / jreCount,
      heap: heapPerResult(set, parsed),
    },
  };
}

/** Heap retained per full result, in bytes (needs node --expose-gc). */
function heapPerResult(set: CriteriaSet, communes: readonly EvaluationInput[]): number | null {
  if (!gc) return null;
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = communes.map((c) => evaluate(set, c));
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept.length !== communes.length) throw new Error('unreachable');
  return (after - before) / communes.length;
}

function check(what: string, ok: boolean, figure: string): string {
  return `  ${ok ? 'MET   ' : 'MISSED'} ${what}: ${figure}`;
}

async function main() {
  const cpuModel = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`@ntm/criteria bench — ${N.toLocaleString('en')} generated communes per set`);
  console.log(
    `machine: Node ${process.version}, ${cpuModel} (${os.cpus().length} cores), ${os.platform()} ${os.arch()}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at start`,
  );
  console.log(
    `method: CPU time (user + system), ${REPEATS} passes in chunks of ${CHUNK} communes, every engine once per chunk in turn (json-rules-engine on every 8th chunk); rules compiled once per column and year and inputs converted to each peer's native format before timing (both in the peers' favour); json-logic-js rules lean (a single case is the comparison itself)`,
  );

  const results: SetFigures[] = [];
  const c2016 = await benchSet(getCriteriaSet('commune-2016-2020'));
  results.push(c2016.figures);
  const c2021 = await benchSet(getCriteriaSet('commune-2021-2025'));
  results.push(c2021.figures);
  console.log(
    "\nverdict check: OK — all four engines (and the hand loop with the unknown-code check) agree on every indicator (met / not met / undecided / n.a.) and every set verdict, on generated and on JSON.parse'd inputs",
  );

  for (const r of results) {
    console.log(
      `\n${r.id}: ${r.indicators} indicators per commune, ${r.decided.toFixed(1)} decided on average; set verdicts ${JSON.stringify(r.sets)}`,
    );
    console.log('  engine                                 µs/commune (CPU)   ours is');
    // `ours`: the figure of ours this row is compared with (the parsed-input rows with ours on parsed inputs).
    const row = (name: string, us: number, ours = r.ours) =>
      console.log(
        `  ${name.padEnd(38)} ${fmt(us).padStart(10)}         ${name.startsWith('@ntm') ? '' : us >= ours ? `${ratio(us / ours)}× faster` : `${ratio(ours / us)}× slower`}`,
      );
    row('@ntm/criteria evaluate (full results)', r.ours);
    row("@ntm/criteria, JSON.parse'd inputs", r.oursParsed);
    row('json-rules-engine 7', r.jre);
    row('json-logic-js 2 (lean rules)', r.jl);
    row('hand loop (floor)', r.hand);
    row('hand loop + unknown-code check', r.checking);
    row("  the same, JSON.parse'd inputs", r.checkingParsed, r.oursParsed);
    console.log(
      r.heap === null
        ? '  heap: run with node --expose-gc'
        : `  heap per retained full result: ${(r.heap / 1024).toFixed(1)} kB (${((r.heap * 10_000) / 1024 / 1024).toFixed(0)} MB per 10,000)`,
    );
  }

  // 10,000 communes + the district aggregate + the officials' report, on one core.
  const set2021 = getCriteriaSet('commune-2021-2025');
  const district = getCriteriaSet('district-2021-2025');
  const units = c2021.communes.map((input, n) => ({ id: `c${n}`, input }));
  const runs: number[] = [];
  let summary: unknown;
  for (let r = 0; r < 3; r++) {
    runs.push(
      cpu(() => {
        const aggregate = safeEvaluateAggregate(district, {
          region: 'red-river-delta',
          year: 2024,
          values: {},
          units,
          unitSets: { commune: set2021 },
        });
        const rows = aggregate.result.units.map((u) => ({ id: u.id, result: u.standings[0]!.result! }));
        summary = summariseResults(rows.filter((row) => row.result !== undefined));
      }),
    );
  }
  void summary;
  const tAggregate = Math.min(...runs) / 1000;
  console.log(
    `\naggregate: ${N.toLocaleString('en')} communes (commune-2021-2025) + safeEvaluateAggregate(district-2021-2025) + summariseResults (the officials' report): ${tAggregate.toFixed(0)} ms CPU (best of 3)`,
  );

  console.log('\ntargets:');
  for (const r of results) {
    const jlTarget = r.id === 'commune-2016-2020' ? 3 : 2.5;
    console.log(
      check(
        `${r.id} ≤ 2× the hand loop`,
        r.ours / r.hand <= 2,
        `${ratio(r.ours / r.hand)}× (parsed inputs ${ratio(r.oursParsed / r.hand)}×; ${ratio(r.ours / r.checking)}× the hand loop with the unknown-code check, parsed ${ratio(r.oursParsed / r.checkingParsed)}×)`,
      ),
    );
    console.log(check(`${r.id} ≥ ${jlTarget}× faster than json-logic-js`, r.jl / r.ours >= jlTarget, `${ratio(r.jl / r.ours)}×`));
    console.log(check(`${r.id} ≥ 25× faster than json-rules-engine`, r.jre / r.ours >= 25, `${ratio(r.jre / r.ours)}×`));
    if (r.heap !== null)
      console.log(check(`${r.id} ≤ 6 kB heap per retained result`, r.heap <= 6 * 1024, `${(r.heap / 1024).toFixed(1)} kB`));
  }
  console.log(check('10,000 communes + district aggregate + report well under 0.5 s', tAggregate < 500, `${tAggregate.toFixed(0)} ms`));
  console.log(
    `  load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
  );
}

await main();
