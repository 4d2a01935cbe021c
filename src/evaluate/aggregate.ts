import type { CriteriaSet, IndicatorCode } from '../model/criteria-set.js';
import type { Level } from '../model/level.js';
import type { LocalizedText } from '../model/text.js';
import type { UnitTally } from './evaluate-conditions.js';
import { EvaluationError } from './error.js';
import { evaluateWith } from './evaluate.js';
import type { EvaluationInput } from './input.js';
import type { InputIssue } from './issue.js';
import { issue } from './make-issue.js';
import { describe as describeValue } from '../_lib/did-you-mean.js';
import type { EvaluationResult, Verdict } from './result.js';
import { unitKindOf, type UnitKind } from './unit-kind.js';

/**
 * One sub-unit of an aggregate (a commune of a district, a district of a province), given
 * as data (`input`, re-evaluated under the set in force), as ready results, or both (the
 * data wins: a stored verdict is never preferred to a re-evaluation).
 * @example
 * const unit: AggregateUnit = {
 *   id: 'ho-son', name: 'Hồ Sơn', kind: 'commune',
 *   input: { values: { '10': 40 } }, // region, province and year default to the aggregate's
 * };
 */
export interface AggregateUnit {
  /** Unique among all units of the aggregate (nested ones included); failing units are named by it. */
  readonly id: string;
  readonly name?: string;
  /** What the unit is; `commune` when absent. Townships are listed but never counted as communes. */
  readonly kind?: UnitKind;
  /**
   * The unit's data. `region`, `province`, `group` and `year` default to the aggregate's own,
   * so a district's communes are judged in the district's column unless they name another.
   */
  readonly input?: EvaluationInput;
  /** The unit's own sub-units (the communes of a district within a province). */
  readonly units?: readonly AggregateUnit[];
  /**
   * Ready results by level, e.g. `{ commune: evaluate(commune1980, …) }`. Used only when the
   * unit has no `input`; a result judged under another set than `unitSets[level]` does not
   * count (it is `stale`: the unit must be re-evaluated under the set in force).
   */
  readonly results?: { readonly [L in Level]?: EvaluationResult };
}

/**
 * What `evaluateAggregate` reads: the unit's own input (as for `evaluate`), its sub-units,
 * and the set each sub-unit level is judged under. The engine never picks a set itself:
 * pass the sets in force (e.g. from `unitSetsInForce` in the package root).
 * @example
 * const input: AggregateInput = {
 *   province: 'vinh-phuc', year: 2020, values: { '1.1': true },
 *   units: [{ id: 'ho-son', input: { values: { '10': 40 } } }],
 *   unitSets: { commune: commune1980 },
 * };
 */
export interface AggregateInput<Code extends string = string> extends Omit<EvaluationInput<Code>, 'values'> {
  /** The unit's own indicator values; optional, since some aggregate sets (321) have only conditions. */
  readonly values?: EvaluationInput<Code>['values'];
  readonly units: readonly AggregateUnit[];
  /** The set each level of sub-unit is judged under, e.g. `{ commune: commune1980 }`. */
  readonly unitSets?: { readonly [L in Level]?: CriteriaSet };
}

/**
 * Where a unit's verdict for one level comes from:
 * - `evaluated`: re-evaluated from its data under the set in force;
 * - `given`: a ready result, judged under the set in force (or no set was passed to compare);
 * - `stale`: a ready result judged under another set; it does not count until re-evaluated;
 * - `no-data`: neither data with a set, nor a result.
 * @example
 * const basis: StandingBasis = 'stale'; // judged under an older set than the one in force
 */
export type StandingBasis = 'evaluated' | 'given' | 'stale' | 'no-data';

/**
 * A sub-unit's verdict for one level (does it meet the commune set? the advanced set?).
 * @example
 * const standing = aggregate.units[0]?.standings.find((s) => s.level === 'commune');
 * standing?.verdict; // 'met' | 'not-met' | 'incomplete'
 */
export interface UnitStanding {
  readonly level: Level;
  /** The set the verdict is under (`null` when there is none). */
  readonly setId: string | null;
  /** The set verdict (`status`) the unit gets; `incomplete` when stale or without data. A `recognised` share reads `result.recognition` instead. */
  readonly verdict: Verdict;
  readonly basis: StandingBasis;
  readonly reason: LocalizedText;
  /** The unit's result for this level (an `AggregateResult` when the unit has sub-units). */
  readonly result?: EvaluationResult;
}

/**
 * One sub-unit in an aggregate result: what it is and its verdict for every level counted.
 * @example
 * for (const unit of aggregate.units) console.log(unit.id, unit.standings.map((s) => `${s.level}: ${s.verdict}`));
 */
export interface UnitOutcome {
  readonly id: string;
  readonly name?: string;
  readonly kind: UnitKind;
  /** Id of the unit it is nested in, for units of units. */
  readonly parent?: string;
  readonly standings: readonly UnitStanding[];
}

/**
 * The result of an aggregate: the set result (conditions carry `failingUnits` and
 * `undecidedUnits`) plus every sub-unit's outcome.
 * @example
 * const r = evaluateAggregate(district558, input);
 * r.meetsAllCriteria; // true: 9/9 district criteria
 * r.recognisable;     // false
 * r.conditions.find((c) => c.id === 'allCommunesNTM')?.failingUnits; // ['dao-tru', …]
 */
export interface AggregateResult extends EvaluationResult {
  readonly units: readonly UnitOutcome[];
}

/**
 * The outcome of `safeEvaluateAggregate`: the result (always) and every issue, sub-units' included.
 * @example
 * const outcome: SafeAggregateEvaluation = safeEvaluateAggregate(district2021, input);
 * outcome.result.units.length;
 */
export type SafeAggregateEvaluation =
  | { readonly success: true; readonly result: AggregateResult; readonly issues: readonly [] }
  | { readonly success: false; readonly result: AggregateResult; readonly issues: readonly InputIssue[] };

/**
 * Evaluates a district, advanced district, town or province (any set with unit-share
 * conditions) from its own data and its sub-units. Each sub-unit given as data is
 * re-evaluated under `unitSets[level]` in the aggregate's column (a commune recognised
 * years ago under an older set counts only if it meets the set in force today); the shares
 * of the set's conditions (100% of communes meet the commune set, ≥10% are advanced…) are
 * counted from those verdicts, and each failed condition names the units that caused it.
 * Throws one `EvaluationError` listing every issue, the sub-units' included (their paths
 * start with `units`); use `safeEvaluateAggregate` to get them as values.
 * @example
 * const r = evaluateAggregate(district558, {
 *   province: 'vinh-phuc', year: 2020,
 *   values: { '1.1': true, '2.2': 100 },
 *   units: [{ id: 'ho-son', name: 'Hồ Sơn', input: { values: { '10': 40 } } }],
 *   unitSets: { commune: commune1980 },
 * });
 * r.units[0].standings[0].verdict; // 'not-met' (income 40 < 50, Red River Delta)
 */
export function evaluateAggregate<const S extends CriteriaSet>(set: S, input: AggregateInput<IndicatorCode<S>>): AggregateResult {
  const result = aggregateWith(set, input, [], undefined);
  if (result.issues.length > 0) throw new EvaluationError(result.issues, result);
  return result;
}

/**
 * `evaluateAggregate` without throwing: every issue (the aggregate's and its sub-units')
 * is returned as a value, and every valid part is still evaluated.
 * @example
 * const { success, result, issues } = safeEvaluateAggregate(district558, input);
 * if (!success) for (const i of issues) console.log(i.path.join('.'), formatMessage(i, 'vi'));
 */
export function safeEvaluateAggregate(set: CriteriaSet, input: AggregateInput): SafeAggregateEvaluation {
  const result = aggregateWith(set, input, [], undefined);
  return result.issues.length === 0
    ? { success: true, result, issues: [] }
    : { success: false, result, issues: result.issues };
}

/** The context keys a sub-unit inherits from the unit above it. */
const INHERITED = ['region', 'province', 'group', 'year'] as const;

function inherit(parent: EvaluationInput | undefined, own: EvaluationInput): EvaluationInput {
  if (!parent) return own;
  const merged: Record<string, unknown> = { ...own };
  for (const key of INHERITED) {
    if (merged[key] === undefined && parent[key] !== undefined) merged[key] = parent[key];
  }
  return merged as unknown as EvaluationInput;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A ready result with the fields the standing reads (anything else is treated as no result). */
const isResultLike = (value: unknown): value is EvaluationResult =>
  isObject(value) &&
  typeof value.setId === 'string' &&
  typeof value.version === 'string' &&
  typeof value.level === 'string' &&
  typeof value.status === 'string' &&
  typeof value.metCount === 'number' &&
  typeof value.total === 'number';

/** A set object as the engine needs it (an app could pass anything in `unitSets`). */
const isSetLike = (value: unknown): value is CriteriaSet =>
  isObject(value) && Array.isArray(value.criteria) && Array.isArray(value.conditions) && typeof value.id === 'string';

/**
 * Reports the malformed parts of the unit tree and of `unitSets` once, as issues; the
 * evaluation then skips them, so junk in the structure never throws. Returns the usable sets.
 */
function checkStructure(
  input: Record<string, unknown>,
  path: readonly (string | number)[],
  issues: InputIssue[],
): { readonly [L in Level]?: CriteriaSet } {
  const walk = (raw: unknown, at: readonly (string | number)[]) => {
    if (raw === undefined) return;
    if (!Array.isArray(raw)) {
      issues.push(issue('invalid-type', [...at, 'units'], 'units-array', describeValue(raw)));
      return;
    }
    raw.forEach((unit: unknown, i) => {
      const here = [...at, 'units', i];
      if (!isObject(unit)) issues.push(issue('invalid-type', here, 'unit', describeValue(unit)));
      else {
        if (typeof unit.id !== 'string') issues.push(issue('invalid-type', [...here, 'id'], 'unit-id', describeValue(unit.id)));
        walk(unit.units, here);
      }
    });
  };
  walk(input.units, path);
  const sets: Partial<Record<Level, CriteriaSet>> = Object.create(null); // a "__proto__" key stays a key
  if (input.unitSets !== undefined && !isObject(input.unitSets)) {
    issues.push(issue('invalid-type', [...path, 'unitSets'], 'unit-sets', describeValue(input.unitSets)));
  } else if (isObject(input.unitSets)) {
    for (const [level, set] of Object.entries(input.unitSets)) {
      if (isSetLike(set)) sets[level as Level] = set;
      else if (set !== undefined) issues.push(issue('invalid-type', [...path, 'unitSets', level], 'criteria-set', describeValue(set)));
    }
  }
  return sets;
}

function ownInputOf(input: AggregateInput): EvaluationInput {
  const { units: _units, unitSets: _sets, ...own } = input as AggregateInput & Record<string, unknown>;
  return (own.values === undefined ? { ...own, values: {} } : own) as EvaluationInput;
}

/** Every unit of a kind in the tree, depth first, with its parent's id. */
function collect(units: readonly AggregateUnit[], kind: UnitKind, parent: string | undefined, out: Array<[AggregateUnit, string | undefined, readonly (string | number)[]]>, path: readonly (string | number)[]): void {
  units.forEach((unit, i) => {
    if (!isObject(unit) || typeof unit.id !== 'string') return; // reported by checkStructure
    const here = [...path, 'units', i];
    if ((unit.kind ?? 'commune') === kind) out.push([unit, parent, here]);
    if (Array.isArray(unit.units)) collect(unit.units, kind, unit.id, out, here);
  });
}

function hasUnitShares(set: CriteriaSet): boolean {
  return set.conditions.some((c) => c.check.kind === 'unit-share');
}

function aggregateWith(
  set: CriteriaSet,
  input: AggregateInput,
  path: readonly (string | number)[],
  parent: EvaluationInput | undefined,
): AggregateResult {
  if (!isObject(input)) {
    // Not an object: the unit's own evaluation reports it (invalid-input); there are no units.
    const result = evaluateWith(set, input);
    return { ...result, issues: result.issues.map((i) => ({ ...i, path: [...path, ...i.path] })), units: [] };
  }
  const own = inherit(parent, ownInputOf(input));
  const issues: InputIssue[] = [];
  const unitSets = checkStructure(input as unknown as Record<string, unknown>, path, issues);
  const tallies = new Map<string, UnitTally>();
  const outcomes = new Map<AggregateUnit, { parent: string | undefined; standings: Map<Level, UnitStanding> }>();
  const units = Array.isArray(input.units) ? input.units : [];

  for (const condition of set.conditions) {
    const check = condition.check;
    if (check.kind !== 'unit-share') continue;
    const kind = unitKindOf(check.unitLevel);
    if (kind === null) continue;
    const members: Array<[AggregateUnit, string | undefined, readonly (string | number)[]]> = [];
    collect(units, kind, undefined, members, []);
    let passing = 0;
    const failing: string[] = [];
    const undecided: string[] = [];
    for (const [unit, parentId, unitPath] of members) {
      let outcome = outcomes.get(unit);
      if (!outcome) outcomes.set(unit, (outcome = { parent: parentId, standings: new Map() }));
      let standing = outcome.standings.get(check.unitLevel);
      if (!standing) {
        standing = judgeUnit(unit, check.unitLevel, unitSets, own, [...path, ...unitPath], issues);
        outcome.standings.set(check.unitLevel, standing);
      }
      // A `recognised` share reads the recognition verdict, a `meets-set` share the set verdict.
      const verdict =
        check.standard === 'meets-set' ? standing.verdict : standing.basis === 'stale' || !standing.result ? 'incomplete' : standing.result.recognition;
      if (verdict === 'met') passing++;
      else if (verdict === 'not-met') failing.push(unit.id);
      else undecided.push(unit.id);
    }
    tallies.set(condition.id, { passing, total: members.length, failing, undecided });
  }

  const result = evaluateWith(set, own, tallies);
  const unitOutcomes: UnitOutcome[] = [];
  for (const [unit, { parent: parentId, standings }] of outcomes) {
    unitOutcomes.push({
      id: unit.id,
      ...(unit.name !== undefined ? { name: unit.name } : {}),
      kind: unit.kind ?? 'commune',
      ...(parentId !== undefined ? { parent: parentId } : {}),
      standings: [...standings.values()],
    });
  }
  return { ...result, issues: [...result.issues.map((i) => ({ ...i, path: [...path, ...i.path] })), ...issues], units: unitOutcomes };
}

function judgeUnit(
  unit: AggregateUnit,
  level: Level,
  unitSets: { readonly [L in Level]?: CriteriaSet },
  parent: EvaluationInput,
  path: readonly (string | number)[],
  issues: InputIssue[],
): UnitStanding {
  const set = unitSets[level];
  const label = typeof unit.name === 'string' ? unit.name : unit.id;
  if (set && unit.input) {
    const result =
      unit.units && hasUnitShares(set)
        ? aggregateWith(set, { ...(isObject(unit.input) ? unit.input : {}), units: unit.units, unitSets }, [...path, 'input'], parent)
        : evaluateWith(set, inherit(parent, unit.input));
    for (const i of result.issues) {
      issues.push({
        ...i,
        path: unit.units && hasUnitShares(set) ? i.path : [...path, 'input', ...i.path],
        params: { ...i.params, within: { unit: label, set: set.id } },
      });
    }
    return {
      level,
      setId: set.id,
      verdict: result.status,
      basis: 'evaluated',
      reason: {
        vi: `Đánh giá lại theo ${set.version}: ${result.metCount}/${result.total} tiêu chí đạt.`,
        en: `Re-evaluated under ${set.version}: ${result.metCount} of ${result.total} criteria met.`,
      },
      result,
    };
  }
  const given = isObject(unit.results) ? unit.results[level] : undefined;
  if (isResultLike(given)) {
    if ((set && given.setId !== set.id) || given.level !== level) {
      const inForce = set ? set.id : level;
      return {
        level,
        setId: given.setId,
        verdict: 'incomplete',
        basis: 'stale',
        reason: {
          vi: `Kết quả có sẵn được đánh giá theo ${given.setId}, không phải ${inForce}; cần đánh giá lại.`,
          en: `The ready result was judged under ${given.setId}, not ${inForce}; it must be re-evaluated.`,
        },
        result: given,
      };
    }
    return {
      level,
      setId: given.setId,
      verdict: given.status,
      basis: 'given',
      reason: {
        vi: `Kết quả có sẵn theo ${given.version}: ${given.metCount}/${given.total} tiêu chí đạt.`,
        en: `Ready result under ${given.version}: ${given.metCount} of ${given.total} criteria met.`,
      },
      result: given,
    };
  }
  return {
    level,
    setId: set?.id ?? null,
    verdict: 'incomplete',
    basis: 'no-data',
    reason: set
      ? { vi: 'Không có dữ liệu của đơn vị.', en: 'The unit has no data.' }
      : {
          vi: `Không có dữ liệu hay kết quả; cần bộ tiêu chí cho cấp "${level}" (unitSets) và dữ liệu.`,
          en: `No data or result; needs the set for level "${level}" (unitSets) and the unit's data.`,
        },
  };
}
