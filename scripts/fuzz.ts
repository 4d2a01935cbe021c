// Fuzzes safeEvaluate: N generated inputs over every criteria set, on all cores. By default
// input i goes to set i mod S (aimed at that set's codes 80% of the time, pure junk otherwise),
// so every set gets N/S inputs; with --all-sets every input goes through every set (N × S
// evaluations: with 20-odd sets a million inputs then take most of an hour on two cores).
// Inputs for a set with unit-share conditions (district, town, province) sometimes carry
// sub-units and unitSets, and then go through safeEvaluateAggregate instead.
// A crash is any throw; a broken invariant (no result, an unknown verdict, `success` not
// matching the issues, a refused value that is met, a polluted Object.prototype) counts too.
//
//   npm run fuzz                        # 1,000,000 inputs
//   npm run fuzz -- --count 20000       # what CI runs
//   npm run fuzz -- --all-sets --count 50000   # each input through every set
//   npm run fuzz -- --seed 7 --from 1234 --count 1 --workers 1   # replay one input
//
// Each input is made from (seed, index) alone, so a reported index can be replayed.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { formatMessage, INPUT_ISSUE_CODES, listCriteriaSets, safeEvaluate, safeEvaluateAggregate, type CriteriaSet } from '../src/index.js';
import { prng } from '../bench/prng.js'; // mulberry32: seeded, ample for picking fuzz cases

interface Options {
  count: number;
  seed: number;
  from: number;
  workers: number;
  /** 1: every input through every set; 0: input i through set i mod S. */
  allSets: number;
}

interface Crash {
  index: number;
  set: string;
  kind: 'throw' | 'invariant';
  message: string;
  input: string;
}

interface Report {
  done: number;
  evaluations: number;
  crashes: Crash[];
  crashCount: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { count: 1_000_000, seed: 1, from: 0, workers: Math.max(1, availableParallelism()), allSets: 0 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--all-sets') {
      options.allSets = 1;
      continue;
    }
    const name = argv[i]!.replace(/^--/, '');
    if (!(name in options) || name === 'allSets') {
      throw new Error(`Unknown option ${argv[i]} (known: --count, --seed, --from, --workers, --all-sets)`);
    }
    const value = Number(argv[++i]);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
    options[name as keyof Options] = value;
  }
  options.workers = Math.max(1, Math.min(options.workers, options.count || 1));
  return options;
}

// ---------------------------------------------------------------- generation


type Random = () => number;
const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, items: readonly T[]): T => items[int(r, items.length)]!;

const NASTY_NUMBERS = [0, -0, 1, -1, 0.1, 0.2 + 0.1, 99.99, 100, 100.0001, 101, 1e21, 1e-7, 5e-324, Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER, Number.EPSILON, NaN, Infinity, -Infinity, 2020, 2021, 2025, 2030, 1900, 2.5, 95, 97.5];
const NASTY_STRINGS = ['', ' ', '95,5', '95.5', '1,234', '1.234,5', '100%', 'đạt', 'Đạt', 'true', 'NaN', 'null', '-0', '0x10',
  '1e3', '\u0000', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'red-river-delta', 'ĐBSH',
  'group-1', 'vinh-phuc', '17.8', '17,8', ' 1.1 ', 'x'.repeat(200), '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Sets an own data property, as JSON.parse does, without running any setter. */
function put(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function junk(r: Random, depth: number): unknown {
  switch (int(r, depth > 0 ? 14 : 9)) {
    case 0: return pick(r, NASTY_NUMBERS);
    case 1: return (r() - 0.3) * 10 ** int(r, 6);
    case 2: return pick(r, NASTY_STRINGS);
    case 3: return r() < 0.5;
    case 4: return null;
    case 5: return undefined;
    case 6: return BigInt(int(r, 1000));
    case 7: return pick(r, [Symbol('s'), () => 1, new Date(NaN), new Date(0), /x/, new Map([['1.1', true]]), new Set([1])]);
    case 8: return pick(r, [new Number(5), new String('95'), new Boolean(true), new Uint8Array(3), Object.create(null)]);
    case 9: return Array.from({ length: int(r, 4) }, () => junk(r, depth - 1));
    case 10: {
      const sparse: unknown[] = [];
      sparse[int(r, 5) + 1] = junk(r, depth - 1);
      return sparse;
    }
    case 11: return { numerator: junk(r, 0), denominator: junk(r, 0) };
    case 12: {
      const o: Record<string, unknown> = r() < 0.3 ? Object.create(null) : {};
      // Own data properties, as JSON.parse makes them: plain assignment would run setters
      // (`__proto__`, or a typed array's numeric keys once it is the prototype).
      for (let i = int(r, 4); i > 0; i--) {
        const key = pick(r, [...NASTY_STRINGS, 'values', 'region', 'year']);
        put(o, key, junk(r, depth - 1));
      }
      return o;
    }
    default:
      // Parsed JSON has real own "__proto__" keys, as an uploaded file would.
      return JSON.parse(`{"${pick(r, PROTO_KEYS)}": {"polluted": true}, "values": {"${pick(r, PROTO_KEYS)}": 1}}`);
  }
}

/** A value for an indicator: usually plausible, sometimes junk. */
function value(r: Random, measure: string): unknown {
  const roll = r();
  if (roll < 0.15) return junk(r, 1);
  if (roll < 0.2) return null;
  if (measure === 'flag') return r() < 0.7 ? r() < 0.5 : pick(r, [0, 1, 'true', 'có']);
  if (measure === 'percent' && roll < 0.45) {
    const d = int(r, 300) + (r() < 0.05 ? 0 : 1);
    return { numerator: r() < 0.9 ? int(r, d + 1) : int(r, d * 2 + 2) + r(), denominator: r() < 0.05 ? -d : d };
  }
  if (roll < 0.3) return pick(r, NASTY_NUMBERS);
  if (roll < 0.35) return String(Math.round(r() * 10000) / 100).replace('.', ',');
  const max = measure === 'percent' ? 100 : measure === 'count' ? 30 : 200;
  const n = Math.round(r() * max * 100) / 100;
  return measure === 'count' ? Math.round(n) : n;
}

function maybe(r: Random, valid: () => unknown): unknown {
  const roll = r();
  return roll < 0.6 ? valid() : roll < 0.8 ? undefined : junk(r, 2);
}

const hasUnits = (set: CriteriaSet) => set.conditions.some((c) => c.check.kind === 'unit-share');

/** Sub-units for an aggregate set (district, town, province): data, junk, nesting, ready results. */
function unitsFor(r: Random, sets: readonly CriteriaSet[], depth: number): unknown {
  const levels = ['commune', 'commune-advanced', 'district', 'town'] as const;
  return Array.from({ length: int(r, 5) }, (_, i) => {
    if (r() < 0.1) return junk(r, 1);
    const unitSet = pick(r, sets);
    return {
      id: r() < 0.95 ? `u${i}` : junk(r, 0),
      ...(r() < 0.3 ? { kind: pick(r, ['commune', 'township', 'district', 'town', 'village', 7]) } : {}),
      ...(r() < 0.8 ? { input: structured(r, unitSet, sets, depth + 1) } : {}),
      ...(r() < 0.1 && depth < 1 ? { units: unitsFor(r, sets, depth + 1) } : {}),
      ...(r() < 0.1 ? { results: { [pick(r, levels)]: r() < 0.5 ? safeEvaluate(unitSet, {}).result : junk(r, 1) } } : {}),
    };
  });
}

/** An input aimed at one set: mostly the right shape, with junk mixed in at every level. */
function structured(r: Random, set: CriteriaSet, sets: readonly CriteriaSet[] = [], depth = 0): unknown {
  const indicators = set.criteria.flatMap((c) => c.indicators);
  const values: Record<string, unknown> = {};
  for (const indicator of indicators) if (r() < 0.7) values[indicator.code] = value(r, indicator.measure);
  for (let i = int(r, 3); i > 0; i--) {
    const key = r() < 0.5 || indicators.length === 0 ? pick(r, NASTY_STRINGS) : `${pick(r, indicators).code}${pick(r, ['', ' ', '.1', 'x'])}`.replace('.', pick(r, ['.', ',']));
    put(values, key, value(r, 'percent'));
  }
  const names = (defs: CriteriaSet['facts']) => {
    const o: Record<string, unknown> = {};
    for (const [name, def] of Object.entries(defs ?? {})) {
      if (r() < 0.6) o[name] = r() < 0.8 ? (def.kind === 'boolean' ? r() < 0.5 : int(r, 10)) : junk(r, 1);
    }
    return o;
  };
  const overrides: Record<string, unknown> = {};
  for (const indicator of indicators) {
    if (r() < 0.05) overrides[indicator.code] = maybe(r, () => ({ value: value(r, indicator.measure), by: pick(r, ['UBND tỉnh', '', 1]), op: pick(r, ['>=', '<=', '=', '>', undefined]) }));
  }
  const input: Record<string, unknown> = {
    region: maybe(r, () => pick(r, ['red-river-delta', 'central-highlands', 'mekong-delta', 'ĐBSH', 'red river delta'])),
    group: maybe(r, () => pick(r, ['group-1', 'group-2', 'group-3', 1, 'group-4'])),
    province: maybe(r, () => pick(r, ['vinh-phuc', 'ha-noi', 'lao-cai', 'vinh phuc', 'atlantis'])),
    communeCategories: maybe(r, () => (set.communeCategories ?? []).map((c) => c.id).filter(() => r() < 0.3)),
    year: maybe(r, () => (set.years ? set.years.from + int(r, set.years.to - set.years.from + 3) - 1 : 2000 + int(r, 30))),
    values: r() < 0.95 ? values : junk(r, 2),
    facts: maybe(r, () => names(set.facts)),
    references: maybe(r, () => names(set.references)),
    overrides: maybe(r, () => overrides),
  };
  if (hasUnits(set) && depth === 0 && sets.length > 0 && r() < 0.5) {
    input.units = r() < 0.9 ? unitsFor(r, sets, depth) : junk(r, 1);
    const byLevel = (level: string) => sets.filter((s) => s.level === level);
    input.unitSets = maybe(r, () =>
      Object.fromEntries(
        ['commune', 'commune-advanced', 'district', 'town']
          .filter((level) => byLevel(level).length > 0 && r() < 0.8)
          .map((level) => [level, r() < 0.95 ? pick(r, byLevel(level)) : junk(r, 1)]),
      ),
    );
  }
  // Sometimes an own "__proto__" key (as parsed JSON has), sometimes a real prototype swap.
  if (r() < 0.1) put(input, pick(r, [...PROTO_KEYS, 'value', 'regions']), junk(r, 1));
  if (r() < 0.02) Object.setPrototypeOf(input, pick(r, [null, [], new Map(), new Uint8Array(2), { values: { '1': 1 }, region: 'red-river-delta' }]));
  return input;
}

function generate(seed: number, index: number, target: CriteriaSet, sets: readonly CriteriaSet[]): unknown {
  const r = prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77));
  return r() < 0.8 ? structured(r, target, sets) : junk(r, 3);
}

// ---------------------------------------------------------------- checking

const VERDICTS = new Set(['met', 'not-met', 'incomplete']);
const CODES = new Set<string>(INPUT_ISSUE_CODES);

/** The invariant a result must keep, or a description of how it broke. */
function broken(set: CriteriaSet, input: unknown): string | null {
  // An input with sub-units goes through the aggregate evaluation, which must be as total.
  const aggregate = typeof input === 'object' && input !== null && Object.hasOwn(input, 'units');
  const outcome = aggregate ? safeEvaluateAggregate(set, input as never) : safeEvaluate(set, input);
  const { result, issues } = outcome;
  if (!result || !VERDICTS.has(result.status)) return `bad status ${String(result?.status)}`;
  if (outcome.success !== (issues.length === 0)) return 'success does not match issues';
  let met: Set<string> | undefined;
  for (const i of issues) {
    if (!CODES.has(i.code) || !formatMessage(i, 'vi') || !formatMessage(i, 'en')) return `malformed issue ${i.code}`;
    if (i.path[0] === 'values' && typeof i.path[1] === 'string') {
      met ??= new Set(result.criteria.flatMap((c) => c.indicators.filter((x) => x.status === 'met').map((x) => x.code)));
      if (met.has(i.path[1])) return `indicator ${i.path[1]} is met despite issue ${i.code}`;
    }
  }
  if (Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) return 'Object.prototype polluted';
  return null;
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_k, v) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    return (text ?? String(input)).slice(0, 500);
  } catch {
    return Object.prototype.toString.call(input);
  }
}

function run(options: Options, first: number, last: number, progress?: (report: Report) => void): Report {
  const sets = listCriteriaSets();
  const report: Report = { done: 0, evaluations: 0, crashes: [], crashCount: 0 };
  for (let index = first; index < last; index++) {
    const own = sets[index % sets.length]!;
    const input = generate(options.seed, index, own, sets);
    for (const set of options.allSets ? sets : [own]) {
      let problem: Crash | null = null;
      try {
        const message = broken(set, input);
        if (message) problem = { index, set: set.id, kind: 'invariant', message, input: describeInput(input) };
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        problem = { index, set: set.id, kind: 'throw', message, input: describeInput(input) };
      }
      report.evaluations++;
      if (problem) {
        report.crashCount++;
        if (report.crashes.length < 5) report.crashes.push(problem);
      }
    }
    report.done++;
    if (progress && report.done % 10_000 === 0) progress(report);
  }
  return report;
}

// ---------------------------------------------------------------- orchestration

if (!isMainThread) {
  const { options, first, last } = workerData as { options: Options; first: number; last: number };
  const report = run(options, first, last, (r) => parentPort!.postMessage({ progress: r.done }));
  parentPort!.postMessage({ report });
} else {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const sets = listCriteriaSets();
  const share = Math.ceil(options.count / options.workers);
  // Progress on stderr every 100,000 inputs, so a long run shows it is alive.
  const doneBy = new Array<number>(options.workers).fill(0);
  let reported = 0;
  const tick = (worker: number, done: number) => {
    doneBy[worker] = done;
    const total = doneBy.reduce((a, b) => a + b, 0);
    if (total - reported >= 100_000) {
      reported = total;
      console.error(`  … ${total.toLocaleString('en-US')} inputs (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  };
  const parts = await Promise.all(
    Array.from({ length: options.workers }, (_, w) => {
      const first = options.from + w * share;
      const last = Math.min(options.from + options.count, first + share);
      if (options.workers === 1) return Promise.resolve(run(options, first, last));
      return new Promise<Report>((resolve, reject) => {
        // A worker does not inherit tsx's loader on Node 20: register it, then load this file.
        const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
        const worker = new Worker(boot, { eval: true, workerData: { options, first, last } });
        worker.on('message', (message: { progress?: number; report?: Report }) => {
          if (message.report) resolve(message.report);
          else if (message.progress !== undefined) tick(w, message.progress);
        });
        worker.once('error', reject);
      });
    }),
  );
  const total = parts.reduce(
    (a, b) => ({ done: a.done + b.done, evaluations: a.evaluations + b.evaluations, crashes: [...a.crashes, ...b.crashes], crashCount: a.crashCount + b.crashCount }),
    { done: 0, evaluations: 0, crashes: [], crashCount: 0 } as Report,
  );
  for (const crash of total.crashes) {
    const replay = `--seed ${options.seed} --from ${crash.index} --count 1 --workers 1${options.allSets ? ' --all-sets' : ''}`;
    console.error(`\n[${crash.kind}] input #${crash.index} on ${crash.set} (replay: ${replay})`);
    console.error(`  input: ${crash.input}`);
    console.error(`  ${crash.message.split('\n').join('\n  ')}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz: ${total.done.toLocaleString('en-US')} inputs over ${sets.length} sets (${options.allSets ? 'each through every set' : 'input i through set i mod S'}), ` +
      `${total.evaluations.toLocaleString('en-US')} safeEvaluate / safeEvaluateAggregate calls, ` +
      `${total.crashCount} crashes (seed ${options.seed}, ${options.workers} workers, ${seconds} s)`,
  );
  process.exitCode = total.crashCount > 0 ? 1 : 0;
}
