// The three engines the benchmark compares ours with, each built by a generator from the same
// rule plan (never hand-typed rules): json-rules-engine, json-logic-js, and a hand-written loop
// of plain comparisons over precomputed thresholds (the floor).
import jsonLogic from 'json-logic-js';
import { Engine, type NestedCondition, type RuleProperties } from 'json-rules-engine';
import type { ColumnId, CriteriaSet, EvaluationInput, FactTest } from '../src/engine.js';
import { rulePlan, type PlanCase, type PlanIndicator, type RulePlan } from './rule-plan.js';
import { MET, NA, NOT_MET, OPEN, setVerdict, testOp, type SetVerdict } from './verdicts.js';

/** Per-indicator codes (plan order) and the set verdict of one commune. */
export interface Verdicts {
  readonly codes: Uint8Array;
  readonly set: SetVerdict;
}

/** The column and year a commune is judged in (region / group / single). */
export function keyOf(set: CriteriaSet, input: EvaluationInput): { column: ColumnId; year: number | undefined } {
  const column: ColumnId = set.columns === 'regions' ? input.region! : set.columns === 'groups' ? input.group! : 'all';
  return { column, year: input.year };
}

/** Caches one compiled form per column and year (compiling is not timed: in the peers' favour). */
function perKey<T>(set: CriteriaSet, compile: (plan: RulePlan) => T) {
  const cache = new Map<string, { plan: RulePlan; compiled: T }>();
  return (input: EvaluationInput) => {
    const { column, year } = keyOf(set, input);
    const key = `${column}|${year}`;
    let entry = cache.get(key);
    if (!entry) {
      const plan = rulePlan(set, column, year, input.overrides as never);
      entry = { plan, compiled: compile(plan) };
      cache.set(key, entry);
    }
    return entry;
  };
}

// ---------- json-rules-engine ----------

const JRE_OPS = { '>=': 'greaterThanInclusive', '<=': 'lessThanInclusive', '=': 'equal', '>': 'greaterThan', '<': 'lessThan' } as const;

function jreTest(fact: string, op: keyof typeof JRE_OPS, value: number | boolean): NestedCondition {
  return { fact, operator: JRE_OPS[op], value };
}

function jreConditions(p: PlanIndicator, cases: readonly PlanCase[]): NestedCondition[] {
  // First matching case wins: case i requires that no earlier case's `when` passed.
  return cases.map((c, i) => ({
    all: [
      ...cases.slice(0, i).flatMap((prior) => (prior.when ? [{ not: jreTest(prior.when.fact, prior.when.op, prior.when.value) }] : [])),
      ...(c.when ? [jreTest(c.when.fact, c.when.op, c.when.value)] : []),
      jreTest(p.code, c.op, c.value),
    ],
  }));
}

/** json-rules-engine rules generated from a rule plan: one rule per decidable indicator. */
export function jsonRulesEngineRules(plan: RulePlan): RuleProperties[] {
  const rules: RuleProperties[] = [];
  plan.indicators.forEach((p, index) => {
    if (p.notInColumn) return;
    if (p.appliesWhen) {
      rules.push({
        conditions: { all: [jreTest(p.appliesWhen.fact, p.appliesWhen.op, p.appliesWhen.value)] },
        event: { type: 'applies', params: { index } },
      });
    }
    if (p.cases) rules.push({ conditions: { any: jreConditions(p, p.cases) }, event: { type: 'met', params: { index } } });
  });
  return rules;
}

/** Runs json-rules-engine on pre-flattened facts (values and facts in one object). */
export function jsonRulesEngineRunner(set: CriteriaSet) {
  const get = perKey(set, (plan) => new Engine(jsonRulesEngineRules(plan), { allowUndefinedFacts: true }));
  return async (input: EvaluationInput, flat: Record<string, unknown>): Promise<Verdicts> => {
    const { plan, compiled } = get(input);
    const { results } = await compiled.run(flat);
    const met = new Set<number>();
    const applies = new Set<number>();
    for (const r of results) (r.event!.type === 'met' ? met : applies).add(r.event!.params!.index as number);
    const codes = new Uint8Array(plan.indicators.length);
    plan.indicators.forEach((p, i) => {
      codes[i] = p.notInColumn || (p.appliesWhen && !applies.has(i)) ? NA : p.cases === null ? OPEN : met.has(i) ? MET : NOT_MET;
    });
    return { codes, set: setVerdict(set, plan, codes, input.facts ?? {}) };
  };
}

// ---------- json-logic-js ----------

type Logic = jsonLogic.RulesLogic;
const safe = (name: string) => name.replace(/\./g, '_');

function jlTest(variable: string, op: string, value: number | boolean): Logic {
  return { [op === '=' ? '===' : op]: [{ var: variable }, value] } as unknown as Logic;
}

/** json-logic rules generated from a rule plan: per indicator, true / false, or null (undecided). */
export function jsonLogicRules(plan: RulePlan): (Logic | null)[] {
  return plan.indicators.map((p) => {
    if (p.notInColumn) return null;
    // Lean rules: a single case without a condition is the comparison itself, no `if` around it.
    const single = p.cases !== null && p.cases.length === 1 && !p.cases[0]!.when;
    const decide: Logic =
      p.cases === null
        ? (null as unknown as Logic)
        : single
          ? jlTest(`v.${safe(p.code)}`, p.cases[0]!.op, p.cases[0]!.value)
          : ({
              if: [
                ...p.cases.flatMap((c) => [
                  c.when ? jlTest(`f.${c.when.fact}`, c.when.op, c.when.value) : true,
                  jlTest(`v.${safe(p.code)}`, c.op, c.value),
                ]),
                null,
              ],
            } as unknown as Logic);
    return p.appliesWhen
      ? ({ if: [jlTest(`f.${p.appliesWhen.fact}`, p.appliesWhen.op, p.appliesWhen.value), decide, 'na'] } as unknown as Logic)
      : decide;
  });
}

/** Converts a commune to json-logic data (dots in codes are path separators there). */
export function jsonLogicData(input: EvaluationInput) {
  const v: Record<string, unknown> = {};
  for (const [code, value] of Object.entries(input.values)) v[safe(code)] = value;
  return { v, f: input.facts ?? {} };
}

/** Runs json-logic-js on pre-converted data. */
export function jsonLogicRunner(set: CriteriaSet) {
  const get = perKey(set, jsonLogicRules);
  return (input: EvaluationInput, data: ReturnType<typeof jsonLogicData>): Verdicts => {
    const { plan, compiled } = get(input);
    const codes = new Uint8Array(compiled.length);
    for (let i = 0; i < compiled.length; i++) {
      const rule = compiled[i];
      if (plan.indicators[i]!.notInColumn) {
        codes[i] = NA;
        continue;
      }
      const r = rule === null || rule === undefined ? null : jsonLogic.apply(rule, data);
      codes[i] = r === 'na' ? NA : r === true ? MET : r === false ? NOT_MET : OPEN;
    }
    return { codes, set: setVerdict(set, plan, codes, input.facts ?? {}) };
  };
}

// ---------- hand-written loop (the floor) ----------

const GE = 0,
  LE = 1,
  EQ = 2;
interface Slot {
  readonly code: string;
  readonly kind: 0 | 1 | 2; // 0 NA, 1 open, 2 decide
  readonly applies?: FactTest;
  readonly when: readonly (FactTest | undefined)[];
  readonly ops: Uint8Array;
  readonly thresholds: readonly (number | boolean)[];
}

/** Precomputed thresholds per indicator (from the plan) for the hand loop. */
export function handThresholds(plan: RulePlan): Slot[] {
  return plan.indicators.map((p) => ({
    code: p.code,
    kind: p.notInColumn ? 0 : p.cases === null ? 1 : 2,
    ...(p.appliesWhen ? { applies: p.appliesWhen } : {}),
    when: (p.cases ?? []).map((c) => c.when),
    ops: Uint8Array.from((p.cases ?? []).map((c) => (c.op === '>=' ? GE : c.op === '<=' ? LE : EQ))),
    thresholds: (p.cases ?? []).map((c) => c.value),
  }));
}

/** The floor: plain comparisons of the input's values with precomputed thresholds. */
export function handLoopRunner(set: CriteriaSet) {
  const get = perKey(set, handThresholds);
  return (input: EvaluationInput): Verdicts => {
    const { plan, compiled } = get(input);
    const values = input.values as Record<string, number | boolean | null | undefined>;
    const facts = input.facts ?? {};
    const codes = new Uint8Array(compiled.length);
    for (let i = 0; i < compiled.length; i++) {
      const s = compiled[i]!;
      if (s.kind === 0 || (s.applies && !testOp(s.applies.op, facts[s.applies.fact]!, s.applies.value))) {
        codes[i] = NA;
        continue;
      }
      if (s.kind === 1) {
        codes[i] = OPEN;
        continue;
      }
      const v = values[s.code];
      if (v === undefined || v === null) {
        codes[i] = OPEN;
        continue;
      }
      let c = -1;
      for (let k = 0; k < s.when.length; k++) {
        const w = s.when[k];
        if (!w || testOp(w.op, facts[w.fact]!, w.value)) {
          c = k;
          break;
        }
      }
      if (c < 0) {
        codes[i] = OPEN;
        continue;
      }
      const t = s.thresholds[c]!;
      const op = s.ops[c];
      codes[i] = (op === GE ? v >= t : op === LE ? v <= t : v === t) ? MET : NOT_MET;
    }
    return { codes, set: setVerdict(set, plan, codes, facts) };
  };
}

/**
 * The floor of an engine that reports unknown codes: the hand loop, after listing the keys of
 * `values` and looking each up among the set's codes. Why a second floor: listing an object's
 * keys is the one way to find a code the set does not have, and what it costs depends on how the
 * caller built the object (V8 keeps an object filled one key at a time as a dictionary, and
 * lists its keys far more slowly than those of a `JSON.parse`d one). The count is returned so the
 * check cannot be optimised away; the bench inputs have no unknown code.
 */
export function checkingHandLoopRunner(set: CriteriaSet) {
  const hand = handLoopRunner(set);
  const known = new Set(set.criteria.flatMap((c) => c.indicators.map((i) => i.code)));
  return (input: EvaluationInput): Verdicts => {
    const keys = Object.keys(input.values);
    let unknown = 0;
    for (let k = 0; k < keys.length; k++) if (!known.has(keys[k]!)) unknown++;
    const verdicts = hand(input);
    return unknown === 0 ? verdicts : { codes: verdicts.codes, set: 'incomplete' };
  };
}
