// Fuzzes safeEvaluate and safeEvaluateAggregate: N generated inputs over every criteria set, on
// all cores. Input i goes to set i mod S (with --all-sets, through every set). Classes of input:
// - structured: aimed at the set's codes, with junk mixed in at every level (sub-units and
//   unitSets for aggregate sets); junk: any JSON-ish value;
// - oracle: one value for one indicator whose target is a plain verified number or flag; the
//   verdict must equal a naive reference evaluation written here by hand (exact for ratios);
// - hostile: getters that throw, proxies (throwing traps, revoked, a forged length), cycles,
//   Map/Date/class instances, non-enumerable and symbol keys, put anywhere in an input;
// - tree: aggregate shapes (thousands of levels deep, cyclic, repeated units, misspelt kinds,
//   data per level, ready results), each with the issue it must raise;
// - big: inputs of 100 kB to 1 MB of JSON (long inner whitespace, long text, many keys, many units).
// A failure is any throw, a broken invariant (no result, an unknown verdict, `success` not
// matching the issues, a refused value that is met, a verdict other than the oracle's, a tree
// without its issue, a polluted Object.prototype), an evaluation slower than --timeBound ms, or
// a worker heap above --heapMb MB. A failing plain input is shrunk to a minimal reproduction.
//
//   npm run fuzz                        # 1,000,000 inputs
//   npm run fuzz -- --count 20000       # what CI runs
//   npm run fuzz -- --all-sets --count 50000   # each input through every set
//   npm run fuzz -- --seed 7 --from 1234 --count 1 --workers 1   # replay one input
//
// Each input is made from (seed, index) alone, so a reported index can be replayed.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  COMMUNE_GROUP_IDS,
  formatMessage,
  INPUT_ISSUE_CODES,
  listCriteriaSets,
  REGION_IDS,
  safeEvaluate,
  safeEvaluateAggregate,
  type CriteriaSet,
} from '../src/index.js';
import { prng } from '../bench/prng.js'; // mulberry32: seeded, ample for picking fuzz cases

interface Options {
  count: number;
  seed: number;
  from: number;
  workers: number;
  /** 1: every input through every set; 0: input i through set i mod S. */
  allSets: number;
  /** Milliseconds one evaluation may take (inputs of up to 1 MB of JSON included). */
  timeBound: number;
  /** Megabytes of heap a worker may use (checked every 1,000 inputs). */
  heapMb: number;
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
  /** The largest heap a worker used, in MB. */
  maxHeapMb: number;
  /** Inputs of each generator class, so a run shows every class was exercised. */
  kinds: Record<string, number>;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    count: 1_000_000,
    seed: 1,
    from: 0,
    workers: Math.max(1, availableParallelism()),
    allSets: 0,
    timeBound: 1000,
    heapMb: 1024,
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--all-sets') {
      options.allSets = 1;
      continue;
    }
    const name = argv[i]!.replace(/^--/, '');
    if (!(name in options) || name === 'allSets') {
      throw new Error(`Unknown option ${argv[i]} (known: --count, --seed, --from, --workers, --all-sets, --timeBound, --heapMb)`);
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

const NASTY_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.1,
  0.2 + 0.1,
  99.99,
  100,
  100.0001,
  101,
  1e21,
  1e-7,
  5e-324,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.EPSILON,
  NaN,
  Infinity,
  -Infinity,
  2020,
  2021,
  2025,
  2030,
  1900,
  2.5,
  95,
  97.5,
];
const NASTY_STRINGS = [
  '',
  ' ',
  '95,5',
  '95.5',
  '1,234',
  '1.234,5',
  '100%',
  'đạt',
  'Đạt',
  'true',
  'NaN',
  'null',
  '-0',
  '0x10',
  '1e3',
  '\u0000',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'red-river-delta',
  'ĐBSH',
  'group-1',
  'vinh-phuc',
  '17.8',
  '17,8',
  ' 1.1 ',
  'x'.repeat(200),
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Sets an own data property, as JSON.parse does, without running any setter. */
function put(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function junk(r: Random, depth: number): unknown {
  switch (int(r, depth > 0 ? 14 : 9)) {
    case 0:
      return pick(r, NASTY_NUMBERS);
    case 1:
      return (r() - 0.3) * 10 ** int(r, 6);
    case 2:
      return pick(r, NASTY_STRINGS);
    case 3:
      return r() < 0.5;
    case 4:
      return null;
    case 5:
      return undefined;
    case 6:
      return BigInt(int(r, 1000));
    case 7:
      return pick(r, [Symbol('s'), () => 1, new Date(NaN), new Date(0), /x/, new Map([['1.1', true]]), new Set([1])]);
    case 8:
      return pick(r, [new Number(5), new String('95'), new Boolean(true), new Uint8Array(3), Object.create(null)]);
    case 9:
      return Array.from({ length: int(r, 4) }, () => junk(r, depth - 1));
    case 10: {
      const sparse: unknown[] = [];
      sparse[int(r, 5) + 1] = junk(r, depth - 1);
      return sparse;
    }
    case 11:
      return { numerator: junk(r, 0), denominator: junk(r, 0) };
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
    const key =
      r() < 0.5 || indicators.length === 0
        ? pick(r, NASTY_STRINGS)
        : `${pick(r, indicators).code}${pick(r, ['', ' ', '.1', 'x'])}`.replace('.', pick(r, ['.', ',']));
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
    if (r() < 0.05)
      overrides[indicator.code] = maybe(r, () => ({
        value: value(r, indicator.measure),
        by: pick(r, ['UBND tỉnh', '', 1]),
        op: pick(r, ['>=', '<=', '=', '>', undefined]),
      }));
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
  if (r() < 0.02)
    Object.setPrototypeOf(input, pick(r, [null, [], new Map(), new Uint8Array(2), { values: { '1': 1 }, region: 'red-river-delta' }]));
  return input;
}

// ---------------------------------------------------------------- hostile JavaScript values

const boom = () => {
  throw new Error('fuzz: hostile value');
};

/** A value no JSON can make: throwing getters, proxies, cycles, exotic objects. */
function hostile(r: Random): unknown {
  switch (int(r, 9)) {
    case 0: {
      const o: Record<string, unknown> = { values: {} };
      Object.defineProperty(o, pick(r, ['values', 'region', 'year', 'facts', 'overrides', 'id', 'input', 'units', 'numerator']), {
        enumerable: true,
        get: boom,
      });
      return o;
    }
    case 1: {
      const trap = pick(r, ['ownKeys', 'get', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'has'] as const);
      return new Proxy(r() < 0.5 ? { values: {}, id: 'p' } : [1, 2], { [trap]: boom });
    }
    case 2: {
      const p = Proxy.revocable({}, {});
      p.revoke();
      return p.proxy;
    }
    case 3: {
      const o: Record<string, unknown> = { values: {} };
      (o.values as Record<string, unknown>)['1.1'] = o;
      o.self = o;
      return o;
    }
    case 4:
      return pick(r, [
        new Map([['values', {}]]),
        new Date(0),
        new (class Unit {
          id = 'c';
          values = {};
        })(),
        new Uint8Array(4),
        new Boolean(false),
        new Error('x'),
      ]);
    case 5: {
      // A getter that answers differently on each read (it does not throw, but is not data).
      let n = 0;
      return Object.defineProperty({}, 'values', { enumerable: true, get: () => (n++ % 2 ? {} : { '1.1': true }) });
    }
    case 6:
      return new Proxy([], {
        get: (_t, k) => (k === 'length' ? 2 ** 32 - 1 : undefined),
        getOwnPropertyDescriptor: (_t, k) =>
          k === 'length' ? { value: 2 ** 32 - 1, writable: true, enumerable: false, configurable: false } : undefined,
      });
    case 7:
      return Object.defineProperties(
        {},
        { values: { value: { '1.1': true }, enumerable: false }, [Symbol('values')]: { value: {}, enumerable: true } },
      );
    default:
      return Object.create(new Proxy({}, { get: boom, has: boom }));
  }
}

/** A structured input with one hostile value put somewhere in it (a field, a value, a unit…). */
function withHostile(r: Random, set: CriteriaSet, sets: readonly CriteriaSet[]): unknown {
  const input = structured(r, set, sets) as Record<string, unknown>;
  if (typeof input !== 'object' || input === null) return input;
  const where = int(r, 6);
  if (where === 0) return hostile(r);
  const field = pick(r, ['values', 'facts', 'overrides', 'references', 'communeCategories', 'units', 'unitSets']);
  try {
    if (where === 1 || typeof input[field] !== 'object' || input[field] === null) put(input, field, hostile(r));
    else put(input[field] as object, pick(r, ['1.1', '0', 'commune', 'x', '__proto__']), hostile(r));
  } catch {
    put(input, field, hostile(r)); // the field was frozen or exotic (a typed array): replace it whole
  }
  return input;
}

// ---------------------------------------------------------------- aggregate shapes

/** What an aggregate case promises, checked after the evaluation. */
interface TreePromise {
  readonly issue?: string;
  /** A unit of unknown kind is present: no 100% share may be met. */
  readonly noFullShare?: boolean;
}

/** Unit trees as the issue lists them: deep, cyclic, repeated, misspelt kinds, data per level. */
function tree(r: Random, set: CriteriaSet, sets: readonly CriteriaSet[]): { input: unknown; promise: TreePromise } {
  const byLevel = (level: string) => sets.filter((s) => s.level === level);
  const unitSets = Object.fromEntries(
    ['commune', 'commune-advanced', 'district', 'town'].filter((l) => byLevel(l).length > 0).map((l) => [l, pick(r, byLevel(l))]),
  ) as Record<string, CriteriaSet>;
  const perLevel = (): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(unitSets)
        .filter(() => r() < 0.7)
        .map(([l, s]) => [l, structured(r, s)]),
    );
  const unit = (id: string, kind = 'commune'): Record<string, unknown> => ({
    id,
    kind,
    ...(r() < 0.6 ? { inputs: perLevel() } : { input: structured(r, unitSets.commune ?? set) }),
    ...(r() < 0.2 ? { results: { 'commune-advanced': safeEvaluate(pick(r, sets), {}).result } } : {}),
  });
  const units: Record<string, unknown>[] = Array.from({ length: 1 + int(r, 6) }, (_, i) => unit(`c${i}`));
  const base = { year: 2023, province: 'vinh-phuc', values: {}, unitSets, units };
  switch (int(r, 5)) {
    case 0: {
      let deep: Record<string, unknown> = unit('leaf');
      const depth = 17 + int(r, 3000);
      for (let i = 0; i < depth; i++) deep = { id: `d${i}`, kind: 'district', units: [deep] };
      units.push(deep);
      return { input: base, promise: { issue: 'unit-too-deep' } };
    }
    case 1: {
      const d: Record<string, unknown> = { id: 'dc', kind: 'district', units: [] };
      (d.units as unknown[]).push(r() < 0.5 ? d : { id: 'dc2', kind: 'district', units: [d] });
      units.push(d);
      return { input: base, promise: { issue: 'unit-cycle' } };
    }
    case 2:
      units.push(r() < 0.5 ? units[0]! : unit('c0'));
      return { input: base, promise: { issue: 'duplicate-unit' } };
    case 3:
      units.push(unit('odd', pick(r, ['comune', 'xã', 'District', '', 'communes'])));
      return { input: base, promise: { issue: 'unknown-unit-kind', noFullShare: true } };
    default:
      return { input: base, promise: {} };
  }
}

// ---------------------------------------------------------------- the verdict oracle

/** A naive reference verdict for one indicator alone: what the decree's table says, by hand. */
interface Oracle {
  readonly code: string;
  readonly expected: 'met' | 'not-met';
}

const decimal = (value: number): { n: bigint; d: bigint } => {
  const [whole, fraction = ''] = value.toFixed(6).split('.');
  return { n: BigInt(`${whole}${fraction}`), d: 10n ** BigInt(fraction.length) };
};

/** An input with one value for one indicator whose target is a plain verified number or flag in the column, and the verdict it must get. */
function oracleCase(r: Random, set: CriteriaSet): { input: unknown; oracle: Oracle } | null {
  const column = set.columns === 'regions' ? pick(r, REGION_IDS) : set.columns === 'groups' ? pick(r, COMMUNE_GROUP_IDS) : 'all';
  const usable = set.criteria
    .flatMap((c) => c.indicators)
    .filter((indicator) => {
      if (indicator.appliesWhen || (indicator.columns && !indicator.columns.includes(column as never))) return false;
      const cell = (indicator.targets as Record<string, unknown>)[column] ?? indicator.targets.all;
      if (!cell || Array.isArray(cell)) return false;
      const t = cell as { status: string; when?: unknown; years?: unknown; relativeTo?: unknown; value: unknown };
      return t.status === 'verified' && !t.when && !t.years && t.relativeTo === undefined && t.value !== null;
    });
  if (usable.length === 0) return null;
  const indicator = pick(r, usable);
  const target = ((indicator.targets as Record<string, unknown>)[column] ?? indicator.targets.all) as {
    op: '>=' | '<=' | '=';
    value: number | boolean;
  };
  let value: unknown;
  let met: boolean;
  if (indicator.measure === 'flag') {
    value = r() < 0.5;
    met = value === target.value;
  } else if (indicator.measure === 'percent' && r() < 0.4) {
    const d = 1 + int(r, 400);
    const n = int(r, d + 1);
    value = { numerator: n, denominator: d };
    const t = decimal(target.value as number);
    const lhs = BigInt(n) * 100n * t.d; // n/d × 100 against t.n/t.d
    const rhs = t.n * BigInt(d);
    met = target.op === '>=' ? lhs >= rhs : target.op === '<=' ? lhs <= rhs : lhs === rhs;
  } else {
    const t = target.value as number;
    const step = indicator.measure === 'count' ? 1 : pick(r, [0.01, 0.1, 1, 5]);
    let v = r() < 0.2 ? t : t + (r() < 0.5 ? -1 : 1) * step * (1 + int(r, 3));
    if (indicator.measure === 'count') v = Math.round(v);
    v = Math.max(0, indicator.measure === 'percent' ? Math.min(100, v) : v);
    v = Math.round(v * 100) / 100;
    value = v;
    met = target.op === '>=' ? v >= t : target.op === '<=' ? v <= t : v === t;
  }
  const input = {
    ...(set.columns === 'regions' ? { region: column } : set.columns === 'groups' ? { group: column } : {}),
    ...(set.years ? { year: set.years.from } : {}),
    values: { [indicator.code]: value },
  };
  return { input, oracle: { code: indicator.code, expected: met ? 'met' : 'not-met' } };
}

// ---------------------------------------------------------------- big inputs

/** An input of up to about 1 MB of JSON: long text, many keys, long inner whitespace, many units. */
function big(r: Random, set: CriteriaSet): unknown {
  const size = 100_000 + int(r, 900_000);
  switch (int(r, 4)) {
    case 0:
      return { values: { [set.criteria.flatMap((c) => c.indicators)[0]?.code ?? '1.1']: `1${' '.repeat(size)}2%` } };
    case 1:
      return { region: 'x'.repeat(size), values: {} };
    case 2: {
      const values: Record<string, number> = {};
      for (let i = 0; i < size / 20; i++) values[`k${i}.${i % 7}`] = i;
      return { values };
    }
    default:
      // An aggregate's time is linear in its units (each is evaluated per level): 2,000 units here.
      return {
        values: {},
        units: Array.from({ length: 2000 }, (_, i) => ({ id: `u${i}`, input: { values: { [`${'x'.repeat(size / 4000)}${i}`]: 1 } } })),
      };
  }
}

/** One generated case: the input, how to evaluate it, and what it promises beyond totality. */
interface Case {
  readonly input: unknown;
  readonly kind: 'structured' | 'junk' | 'hostile' | 'tree' | 'oracle' | 'big';
  readonly aggregate: boolean;
  readonly oracle?: Oracle;
  readonly promise?: TreePromise;
}

function generate(seed: number, index: number, target: CriteriaSet, sets: readonly CriteriaSet[]): Case {
  const r = prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77));
  const roll = r();
  const ownsUnits = (input: unknown) => {
    try {
      return typeof input === 'object' && input !== null && Object.hasOwn(input, 'units');
    } catch {
      return hasUnits(target); // a proxy: through the aggregate when the set has units
    }
  };
  if (roll < 0.0004) {
    const input = big(r, target);
    return { input, kind: 'big', aggregate: ownsUnits(input) };
  }
  if (roll < 0.1) {
    const made = oracleCase(r, target);
    if (made) return { input: made.input, kind: 'oracle', aggregate: false, oracle: made.oracle };
  }
  if (roll < 0.16) {
    const input = withHostile(r, target, sets);
    return { input, kind: 'hostile', aggregate: ownsUnits(input) || (hasUnits(target) && r() < 0.5) };
  }
  if (roll < 0.22 && hasUnits(target)) {
    const { input, promise } = tree(r, target, sets);
    return { input, kind: 'tree', aggregate: true, promise };
  }
  if (roll < 0.84) {
    const input = structured(r, target, sets);
    return { input, kind: 'structured', aggregate: ownsUnits(input) };
  }
  const input = junk(r, 3);
  return { input, kind: 'junk', aggregate: ownsUnits(input) };
}

// ---------------------------------------------------------------- checking

const VERDICTS = new Set(['met', 'not-met', 'incomplete']);
const CODES = new Set<string>(INPUT_ISSUE_CODES);

/** The promise a result must keep, or a description of how it broke. */
function broken(set: CriteriaSet, c: Case, timeBound: number): string | null {
  const evaluateOnce = () => (c.aggregate ? safeEvaluateAggregate(set, c.input as never) : safeEvaluate(set, c.input));
  // The time of one evaluation: the lesser of wall-clock time and the process's CPU time (on a
  // machine shared by others, wall time counts the waits; CPU time counts every worker's work).
  const timed = <T>(f: () => T): [T, number] => {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const value = f();
    const used = process.cpuUsage(cpu);
    return [value, Math.min(performance.now() - wall, (used.user + used.system) / 1000)];
  };
  const [outcome, first] = timed(evaluateOnce);
  let took = first;
  // Over the bound: measured again, twice, and the fastest run counts (a garbage collection may
  // fall in one run); a super-linear scan is slow in all three.
  for (let retry = 0; retry < 2 && took > timeBound; retry++) took = Math.min(took, timed(evaluateOnce)[1]);
  if (took > timeBound) return `took ${took.toFixed(0)} ms (bound ${timeBound} ms)`;
  const { result, issues } = outcome;
  if (!result || !VERDICTS.has(result.status)) return `bad status ${String(result?.status)}`;
  if (outcome.success !== (issues.length === 0)) return 'success does not match issues';
  let met: Set<string> | undefined;
  for (const i of issues) {
    if (!CODES.has(i.code) || !formatMessage(i, 'vi') || !formatMessage(i, 'en')) return `malformed issue ${i.code}`;
    if (i.path[0] === 'values' && typeof i.path[1] === 'string') {
      met ??= new Set(result.criteria.flatMap((x) => x.indicators.filter((y) => y.status === 'met').map((y) => y.code)));
      if (met.has(i.path[1])) return `indicator ${i.path[1]} is met despite issue ${i.code}`;
    }
  }
  if (c.oracle) {
    const found = result.criteria.flatMap((x) => x.indicators).find((y) => y.code === c.oracle!.code);
    const refused = issues.some((i) => i.path[0] === 'values' && i.path[1] === c.oracle!.code);
    if (!found) return `oracle: no result for ${c.oracle.code}`;
    if (refused ? found.status === 'met' : found.status !== c.oracle.expected) {
      return `oracle: ${c.oracle.code} is ${found.status}, the naive reference says ${refused ? 'not met (refused value)' : c.oracle.expected}`;
    }
  }
  if (c.promise?.issue && !issues.some((i) => i.code === c.promise!.issue)) return `tree: no ${c.promise.issue} issue`;
  if (c.promise?.noFullShare) {
    for (const condition of result.conditions) {
      const check = set.conditions.find((x) => x.id === condition.id)?.check;
      if (check?.kind === 'unit-share' && check.percent === 100 && condition.status === 'met')
        return `tree: ${condition.id} met with a unit of unknown kind`;
    }
  }
  if (Object.hasOwn(Object.prototype, 'polluted')) return 'Object.prototype polluted';
  return null;
}

/** Whether a value is plain JSON-like data (no proxies, getters, cycles), so it can be shrunk and printed. */
function plain(value: unknown, seen = new Set<unknown>()): boolean {
  try {
    if (typeof value !== 'object' || value === null)
      return typeof value !== 'function' && typeof value !== 'symbol' && typeof value !== 'bigint';
    if (seen.has(value)) return false;
    seen.add(value);
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null && proto !== Array.prototype) return false;
    for (const key of Reflect.ownKeys(value)) {
      const d = Reflect.getOwnPropertyDescriptor(value, key)!;
      if (typeof key === 'symbol' || !('value' in d) || !plain(d.value, seen)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Removes parts of a failing plain input while it still fails: a minimal reproduction. */
function shrink(input: unknown, fails: (candidate: unknown) => boolean): unknown {
  let current = input;
  for (let budget = 400; budget > 0; ) {
    let improved = false;
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value !== 'object' || value === null || paths.length > 200) return;
      for (const key of Object.keys(value)) {
        paths.push([...path, Array.isArray(value) ? Number(key) : key]);
        walk((value as Record<string, unknown>)[key], [...path, key]);
      }
    };
    walk(current, []);
    for (const path of paths) {
      if (--budget <= 0) break;
      const candidate = structuredClone(current) as Record<string, unknown>;
      let parent: Record<string, unknown> = candidate;
      for (const key of path.slice(0, -1)) parent = parent[key as string] as Record<string, unknown>;
      const last = path[path.length - 1]!;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last as string];
      if (fails(candidate)) {
        current = candidate;
        improved = true;
        break;
      }
    }
    if (!improved) break;
  }
  return current;
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_k, v) =>
      typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
    );
    return (text ?? String(input)).slice(0, 500);
  } catch {
    try {
      return Object.prototype.toString.call(input);
    } catch {
      return '(an unprintable value: see the generator class)';
    }
  }
}

function run(options: Options, first: number, last: number, progress?: (report: Report) => void): Report {
  const sets = listCriteriaSets();
  const report: Report = { done: 0, evaluations: 0, crashes: [], crashCount: 0, maxHeapMb: 0, kinds: {} };
  for (let index = first; index < last; index++) {
    const own = sets[index % sets.length]!;
    const c = generate(options.seed, index, own, sets);
    report.kinds[c.kind] = (report.kinds[c.kind] ?? 0) + 1;
    for (const set of options.allSets ? sets : [own]) {
      let problem: Crash | null = null;
      const check = (candidate: Case): string | null => {
        try {
          return broken(set, candidate, options.timeBound);
        } catch (error) {
          return `throw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
        }
      };
      const message = check(c);
      if (message) {
        // A minimal reproduction for plain inputs (a slow input is printed as generated).
        const minimal =
          plain(c.input) && !message.startsWith('took') ? shrink(c.input, (x) => check({ ...c, input: x }) !== null) : c.input;
        problem = {
          index,
          set: set.id,
          kind: message.startsWith('throw') ? 'throw' : 'invariant',
          message: `[${c.kind}] ${message}`,
          input: describeInput(minimal),
        };
      }
      report.evaluations++;
      if (problem) {
        report.crashCount++;
        if (report.crashes.length < 5) report.crashes.push(problem);
      }
    }
    report.done++;
    if (report.done % 1000 === 0) {
      // The heap bound: caches keyed by caller data would grow it without end.
      const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
      report.maxHeapMb = Math.max(report.maxHeapMb, heapMb);
      if (heapMb > options.heapMb) {
        report.crashCount++;
        report.crashes.push({
          index,
          set: own.id,
          kind: 'invariant',
          message: `heap ${heapMb.toFixed(0)} MB above the bound ${options.heapMb} MB`,
          input: '',
        });
        break;
      }
    }
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
    (a, b) => ({
      done: a.done + b.done,
      evaluations: a.evaluations + b.evaluations,
      crashes: [...a.crashes, ...b.crashes],
      crashCount: a.crashCount + b.crashCount,
      maxHeapMb: Math.max(a.maxHeapMb, b.maxHeapMb),
      kinds: Object.fromEntries(
        [...new Set([...Object.keys(a.kinds), ...Object.keys(b.kinds)])].map((k) => [k, (a.kinds[k] ?? 0) + (b.kinds[k] ?? 0)]),
      ),
    }),
    { done: 0, evaluations: 0, crashes: [], crashCount: 0, maxHeapMb: 0, kinds: {} } as Report,
  );
  for (const crash of total.crashes) {
    const replay = `--seed ${options.seed} --from ${crash.index} --count 1 --workers 1${options.allSets ? ' --all-sets' : ''}`;
    console.error(`\n[${crash.kind}] input #${crash.index} on ${crash.set} (replay: ${replay})`);
    console.error(`  minimal input: ${crash.input}`);
    console.error(`  ${crash.message.split('\n').join('\n  ')}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz: ${total.done.toLocaleString('en-US')} inputs over ${sets.length} sets (${options.allSets ? 'each through every set' : 'input i through set i mod S'}), ` +
      `${total.evaluations.toLocaleString('en-US')} safeEvaluate / safeEvaluateAggregate calls, ` +
      `${total.crashCount} crashes (seed ${options.seed}, ${options.workers} workers, ${seconds} s, ` +
      `each evaluation under ${options.timeBound} ms, heap at most ${total.maxHeapMb.toFixed(0)} MB of ${options.heapMb} MB per worker)`,
  );
  console.log(
    `  classes: ${Object.entries(total.kinds)
      .map(([k, n]) => `${k} ${n.toLocaleString('en-US')}`)
      .join(', ')}`,
  );
  process.exitCode = total.crashCount > 0 ? 1 : 0;
}
