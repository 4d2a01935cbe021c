import { describe as describeValue, didYouMean } from '../_lib/did-you-mean.js';
import { isRefusal, readOwn, readOwnList, type OwnRecord, type Refusal } from '../_lib/read-own.js';
import type { CriteriaSet, CriterionId, FactName, IndicatorCode, ReferenceName } from '../model/criteria-set.js';
import { LEVELS, type Level } from '../model/level.js';
import { checkSetStructure } from './check-set-structure.js';
import type { UnitTally } from './evaluate-conditions.js';
import { EvaluationError } from './error.js';
import { evaluateWith } from './evaluate.js';
import type { EvaluationInput, TargetOverride } from './input.js';
import { applyTables, type AppliedTable } from '../table/apply-tables.js';
import type { CriteriaTable } from '../table/format.js';
import type { TableIssue } from '../table/issue.js';
import type { Expectation, MessageItem } from '../locale/messages.js';
import type { InputIssue, InputIssueCode } from './issue.js';
import { issue } from './make-issue.js';
import type { EvaluationResult, Verdict } from './result.js';
import { indicatorsOf } from '../model/find.js';
import { UNIT_KINDS, unitKindOf, type UnitKind } from './unit-kind.js';

/**
 * One sub-unit of an aggregate (a commune of a district, a district of a province). Its data
 * may be given for each level it is judged at (`inputs`), as ready results (`results`), or as
 * one `input` (the older form). For each level the engine takes, in this order:
 * 1. `inputs[level]`: re-evaluated under the set in force;
 * 2. `results[level]`: a ready result (it counts only if judged under the set in force);
 * 3. `input`, when it is unambiguous for that level: the unit is judged at that level alone,
 *    or every indicator code (and override, fact and reference name) it gives belongs to that
 *    level's set. An `input` that fits no level is judged at the first level, so its problems
 *    are reported once.
 * @example
 * const unit: AggregateUnit = {
 *   id: 'ho-son', name: 'Hồ Sơn', kind: 'commune',
 *   inputs: { commune: { values: { '10': 40 } } }, // region, province and year default to the aggregate's
 *   results: { 'commune-advanced': advancedResult },
 * };
 */
export interface AggregateUnit {
  /** Unique among all units of the aggregate (nested ones included); a repeated id is an issue, counted once. */
  readonly id: string;
  readonly name?: string;
  /** What the unit is; `commune` when absent. A township may be given among the units, but it is never counted as a commune, and `result.units` leaves it out. */
  readonly kind?: UnitKind;
  /**
   * The unit's data, one record for every level (the older form). `region`, `province`,
   * `group` and `year` default to the enclosing unit's, so a district's communes are judged
   * in the district's column unless they name another.
   */
  readonly input?: EvaluationInput;
  /** The unit's data for each level it is judged at, e.g. `{ commune: {...}, 'commune-advanced': {...} }`. */
  readonly inputs?: { readonly [L in Level]?: EvaluationInput };
  /** The unit's own sub-units (the communes of a district within a province). */
  readonly units?: readonly AggregateUnit[];
  /**
   * Ready results by level, e.g. `{ 'commune-advanced': evaluate(communeAdvanced318, …) }`.
   * Used for a level without `inputs[level]`, even when `input` exists; a result judged under
   * another set than `unitSets[level]` does not count (it is `stale`).
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
export interface AggregateInput<Code extends string = string, Fact extends string = string, Reference extends string = string>
  extends Omit<EvaluationInput<Code, Fact, Reference>, 'values'> {
  /** The unit's own indicator values; optional, since some aggregate sets (321) have only conditions. */
  readonly values?: EvaluationInput<Code>['values'];
  readonly units: readonly AggregateUnit[];
  /** The set each level of sub-unit is judged under, e.g. `{ commune: commune1980 }`. */
  readonly unitSets?: { readonly [L in Level]?: CriteriaSet };
  /**
   * A province's criteria tables (`ntm-criteria-table/1`, docs/table-format.md), given once for
   * the whole aggregate instead of `applyTable` on every set by hand. Each table applies to the
   * set it names as its `base`: the aggregate's own set and/or any `unitSets` level; the
   * derived set is what the aggregate and its units are judged under (a standing's `setId` is
   * the derived set's id) and `result.tables` records which table and document gave it.
   * A table `applyTable` refuses, a table whose base is none of these sets, and two tables for
   * one set (neither is applied) are issues (paths `tables.0…`); the sets they concern are then
   * used as given (the national ones), and everything else is still evaluated.
   *
   * Why in the input and not in `options`: a table changes the law a unit is judged under, as
   * `unitSets` and `overrides` do, and it is data an app reads from a file with the rest of the
   * input; options only say what to keep of the result.
   * @example
   * // TEST-ONLY table, not the law of any province.
   * evaluateAggregate(province51, { province: 'ha-noi', year: 2026, units, unitSets: { commune: commune51 }, tables: [testOnlyTable] });
   */
  readonly tables?: readonly CriteriaTable[];
  /**
   * Overrides for every unit judged at a level, given once (the same shape as an evaluation
   * input's `overrides`, under the level they are for), e.g. a province's target for income
   * that every commune's evaluation would otherwise repeat. A unit's own override for the same
   * code wins. The rules of a unit's own overrides apply: an override looser than a verified
   * target is refused (reported once, at `unitOverrides.<level>.<code>`, not once per unit) and
   * the target stands; every override used is recorded in the unit's result.
   *
   * Why keyed by level: a code names an indicator of one set (`10` of the commune set is
   * not `10` of the advanced-commune set), so an override is always said for the set it tightens.
   * `overrides` itself stays the aggregate's own (its own set's indicators).
   * @example
   * const unitOverrides: AggregateInput['unitOverrides'] = {
   *   commune: { '10': { value: 60, by: 'UBND tỉnh Vĩnh Phúc', source: 'QĐ …/QĐ-UBND' } },
   * };
   */
  readonly unitOverrides?: { readonly [L in Level]?: { readonly [code: string]: TargetOverride } };
}

/**
 * What an aggregate result keeps of each sub-unit's own result:
 * - `verdicts` (default): the verdicts and counts only (memory stays small: a province of
 *   10,000 communes fits in the default heap);
 * - `failing`: the full result of every standing that is not met (what a gap plan needs);
 * - `results`: every full result.
 * @example
 * const keep: KeepUnitResults = 'failing';
 */
export type KeepUnitResults = 'verdicts' | 'failing' | 'results';

/**
 * Options of `evaluateAggregate` and `safeEvaluateAggregate`.
 * @example
 * const options: AggregateOptions = { keep: 'failing' };
 */
export interface AggregateOptions {
  /** What to keep of each sub-unit's result (default `verdicts`). */
  readonly keep?: KeepUnitResults;
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
 * const standing = district.units.find((u) => u.id === 'ho-son')?.standings.find((s) => s.level === 'commune');
 * standing?.verdict; // 'not-met'
 */
export interface UnitStanding {
  readonly level: Level;
  /** The set the verdict is under (`null` when there is none). */
  readonly setId: string | null;
  /** The set verdict (`status`) the unit gets; `incomplete` when stale or without data. */
  readonly verdict: Verdict;
  /** The recognition verdict (what a `recognised` share counts); `incomplete` when stale or without data. */
  readonly recognition: Verdict;
  /** Criteria met and applicable (`null` without a usable result). */
  readonly metCount: number | null;
  readonly total: number | null;
  readonly basis: StandingBasis;
  /** Why, as data: `formatMessage(standing.reason, 'vi')`. */
  readonly reason: StandingReason;
  /**
   * The unit's full result for this level, kept only as `options.keep` asks (by default it is
   * not). For a unit with sub-units, its conditions name its failing units; the sub-units'
   * own outcomes are in the aggregate's `units` (with `parent`).
   */
  readonly result?: EvaluationResult;
}

/**
 * The reason of a standing, as data (`aggregate.re-evaluated`, `aggregate.ready-result`,
 * `aggregate.ready-wrong-set`, `aggregate.no-data`, `aggregate.no-set`).
 * @example
 * const standing = district.units.find((u) => u.id === 'ho-son')!.standings[0]!;
 * formatMessage(standing.reason, 'en'); // 'Re-evaluated under 1980/QĐ-TTg: … of 19 criteria met.'
 */
export type StandingReason = MessageItem<
  'aggregate.re-evaluated' | 'aggregate.ready-result' | 'aggregate.ready-wrong-set' | 'aggregate.no-data' | 'aggregate.no-set'
>;

/**
 * One sub-unit in an aggregate result: what it is and its verdict for every level counted.
 * @example
 * for (const unit of district.units) console.log(unit.id, unit.standings.map((s) => `${s.level}: ${s.verdict}`).join(', '));
 */
export interface UnitOutcome {
  /** The unit's id; for a unit without a readable id, its path (`units.3`). */
  readonly id: string;
  readonly name?: string;
  /** What the unit is; `unknown` when its `kind` is not a unit kind (it is then undecided in every share). */
  readonly kind: UnitKind | 'unknown';
  /** Id of the unit it is nested in, for units of units. */
  readonly parent?: string;
  readonly standings: readonly UnitStanding[];
}

/**
 * The result of an aggregate: the set result (conditions carry `failingUnits` and
 * `undecidedUnits`) plus the outcome of every sub-unit counted in a share (and of every unit
 * of unknown kind), in the order of the unit tree.
 * @example
 * const r = evaluateAggregate(district558, districtInput);
 * r.meetsAllCriteria; // true: 9/9 district criteria
 * r.recognisable;     // false
 * r.conditions.find((c) => c.id === 'allCommunesNTM')?.failingUnits; // ['dao-tru', …]
 */
export interface AggregateResult<Code extends string = string, CriterionId extends string = string>
  extends EvaluationResult<Code, CriterionId> {
  readonly units: readonly UnitOutcome[];
  /**
   * What became of each table of `input.tables`, in order: which table and document, the set
   * it completes and the derived set (`status: 'applied'`), or `refused` (its issues are in the
   * outcome's issues). Empty when no table is given.
   */
  readonly tables: readonly AppliedTable[];
}

/**
 * A problem an aggregate reports: an input issue (`InputIssue`, in `result.issues`), or a
 * problem with one of its tables (`TableIssue`, path `tables.…`). Both render with
 * `formatMessage(issue, 'vi' | 'en')`.
 * @example
 * const outcome = safeEvaluateAggregate(district558, { ...districtInput, year: 1800 });
 * for (const i of outcome.issues) console.log(i.path.join('.'), formatMessage(i, 'vi'));
 */
export type AggregateIssue = InputIssue | TableIssue;

/**
 * The outcome of `safeEvaluateAggregate`: the result (always) and every issue, sub-units' included.
 * @example
 * const outcome: SafeAggregateEvaluation = safeEvaluateAggregate(district558, districtInput);
 * outcome.result.units.length; // 6 (the communes; townships are not counted in a commune share)
 */
export type SafeAggregateEvaluation<Code extends string = string, CriterionId extends string = string> =
  | { readonly success: true; readonly result: AggregateResult<Code, CriterionId>; readonly issues: readonly [] }
  | { readonly success: false; readonly result: AggregateResult<Code, CriterionId>; readonly issues: readonly AggregateIssue[] };

/**
 * Thrown by `evaluateAggregate`: an `EvaluationError` (its `issues` are the input issues)
 * that also lists the problems of the tables given (`tableIssues`).
 * @example
 * try { evaluateAggregate(province51, { province: 'ha-noi', year: 2026, units, tables: [{ ...testOnlyTable, base: 'no-such-set' }] }); } catch (e) { if (e instanceof AggregateEvaluationError) console.log(e.tableIssues); }
 */
export class AggregateEvaluationError extends EvaluationError {
  // The same name as its parent: code that checks `e.name === 'EvaluationError'` still catches it.
  override readonly name = 'EvaluationError';
  readonly tableIssues: readonly TableIssue[];
  override readonly result: AggregateResult;

  constructor(issues: readonly InputIssue[], tableIssues: readonly TableIssue[], result: AggregateResult) {
    super(issues, result);
    this.tableIssues = tableIssues;
    this.result = result;
    if (tableIssues.length > 0) {
      const all = issues.length + tableIssues.length;
      this.message =
        `Invalid evaluation input (${all} issue${all === 1 ? '' : 's'}):\n` +
        [...tableIssues, ...issues]
          .map((i) => `- ${i.code} at ${i.path.join('.') || '(input)'}: expected ${i.expected}, received ${i.received}`)
          .join('\n');
    }
  }
}

/**
 * How deep units may nest (province → district → commune → village is 3). Deeper units are an
 * issue and are not read, so a tree of any depth is walked in bounded time and stack.
 * @example
 * MAX_UNIT_DEPTH; // 16
 */
export const MAX_UNIT_DEPTH = 16;

/**
 * Evaluates a district, advanced district, town or province (any set with unit-share
 * conditions) from its own data and its sub-units. Each sub-unit's data for a level is
 * re-evaluated under `unitSets[level]` in the aggregate's column (a commune recognised
 * years ago under an older set counts only if it meets the set in force today); the shares
 * of the set's conditions (100% of communes meet the commune set, ≥10% are advanced…) are
 * counted from those verdicts, and each failed condition names the units that caused it.
 * A province's tables (`tables`) and overrides for every unit of a level (`unitOverrides`)
 * are given once in the input and apply to the sets and units they name.
 * Throws one `EvaluationError` (an `AggregateEvaluationError`, which also lists the tables'
 * problems in `tableIssues`) listing every issue, the sub-units' included (their paths start
 * with `units`, and they name the unit and the set); use `safeEvaluateAggregate` to get them
 * as values.
 * @example
 * const r = evaluateAggregate(district558, {
 *   province: 'vinh-phuc', year: 2020,
 *   values: { '1.1': true, '2.2': 100 },
 *   units: [{ id: 'ho-son', name: 'Hồ Sơn', inputs: { commune: { values: { '10': 40 } } } }],
 *   unitSets: { commune: commune1980 },
 * });
 * r.units[0]!.standings[0]!.verdict; // 'not-met' (income 40 < 50, Red River Delta)
 */
export function evaluateAggregate<const S extends CriteriaSet>(
  set: S,
  input: AggregateInput<IndicatorCode<S>, FactName<S>, ReferenceName<S>> & { readonly tables?: undefined },
  options?: AggregateOptions,
): AggregateResult<IndicatorCode<S>, CriterionId<S>>;
// With tables the result's codes are `string`: a table may add indicators and criteria to the set.
export function evaluateAggregate<const S extends CriteriaSet>(
  set: S,
  input: AggregateInput<IndicatorCode<S>, FactName<S>, ReferenceName<S>>,
  options?: AggregateOptions,
): AggregateResult;
export function evaluateAggregate(set: CriteriaSet, input: AggregateInput, options: AggregateOptions = {}): AggregateResult {
  const { result, tableIssues } = aggregate(set, input, options);
  if (result.issues.length > 0 || tableIssues.length > 0) throw new AggregateEvaluationError(result.issues, tableIssues, result);
  return result;
}

/**
 * `evaluateAggregate` without throwing, whatever the input (deep, cyclic or repeated units,
 * getters, proxies, junk sets or tables): every issue (the tables' first, then the
 * aggregate's and its sub-units') is returned as a value, and every valid part is still
 * evaluated (a refused table leaves its set as given).
 * @example
 * const { success, result, issues } = safeEvaluateAggregate(district558, districtInput, { keep: 'failing' });
 * if (!success) for (const i of issues) console.log(i.path.join('.'), formatMessage(i, 'vi'));
 */
export function safeEvaluateAggregate<const S extends CriteriaSet>(
  set: S,
  input: AggregateInput & { readonly tables?: undefined },
  options?: AggregateOptions,
): SafeAggregateEvaluation<IndicatorCode<S>, CriterionId<S>>;
// With tables the result's codes are `string`: a table may add indicators and criteria to the set.
export function safeEvaluateAggregate(set: CriteriaSet, input: AggregateInput, options?: AggregateOptions): SafeAggregateEvaluation;
export function safeEvaluateAggregate(set: CriteriaSet, input: AggregateInput, options: AggregateOptions = {}): SafeAggregateEvaluation {
  const { result, tableIssues } = aggregate(set, input, options);
  return result.issues.length === 0 && tableIssues.length === 0
    ? { success: true, result, issues: [] }
    : { success: false, result, issues: [...tableIssues, ...result.issues] };
}

// ---------------------------------------------------------------- the unit tree

type Path = readonly (string | number)[];

/** The column and year keys a unit inherits from the unit above it. */
const INHERITED = ['region', 'province', 'group', 'year'] as const;
type Context = { readonly [K in (typeof INHERITED)[number]]?: unknown };

/** One unit of the tree, read once and safely. */
interface UnitNode {
  readonly id: string;
  readonly name?: string;
  /** `null`: the kind is unknown (or the unit unreadable); it is undecided in every share. */
  readonly kind: UnitKind | null;
  readonly path: Path;
  readonly parent?: string;
  /** What its data inherits: its own column and year keys over its parent's. */
  readonly context: Context;
  readonly input?: unknown;
  readonly inputs?: OwnRecord;
  readonly results?: OwnRecord;
  readonly children: UnitNode[];
}

/** Everything one aggregate call shares down the tree. */
interface Run {
  readonly unitSets: { readonly [L in Level]?: CriteriaSet };
  /** The overrides given once for every unit of a level (`unitOverrides`), read. */
  readonly unitOverrides: { readonly [L in Level]?: OwnRecord };
  /** Problems of `unitOverrides` already reported (each once, however many units it meets). */
  readonly reported: Set<string>;
  /** Levels judged for each kind of unit, in `LEVELS` order. */
  readonly levelsOf: ReadonlyMap<UnitKind, readonly Level[]>;
  readonly keep: KeepUnitResults;
  readonly issues: InputIssue[];
  /** Each unit's standing per level, judged once however many conditions count it. */
  readonly standings: Map<UnitNode, Map<Level, UnitStanding>>;
}

const isKind = (value: unknown): value is UnitKind => typeof value === 'string' && (UNIT_KINDS as readonly string[]).includes(value);
const own = (record: OwnRecord, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The issue for a value the reader refused. */
function refusalIssue(refusal: Refusal, path: Path, expected: Expectation): InputIssue {
  const code: InputIssueCode = refusal.refused === 'not-a-record' ? 'invalid-type' : 'unreadable';
  return issue(code, path, expected, refusal.received);
}

/** The column and year keys of a unit's data over its parent's context. */
function contextOf(data: unknown, parent: Context): Context {
  const record = readOwn(data);
  if (isRefusal(record)) return parent;
  const out: Record<string, unknown> = { ...parent };
  for (const key of INHERITED) if (own(record, key) !== undefined) out[key] = own(record, key);
  return out;
}

/**
 * Reads the unit tree iteratively (no recursion, so any depth is safe), once: every record
 * through `readOwn`; a unit nested in itself, deeper than `MAX_UNIT_DEPTH`, listed twice or of
 * an unknown kind is an issue, and never silently dropped from a share.
 */
function readTree(rawUnits: unknown, base: Path, context: Context, issues: InputIssue[]): UnitNode[] {
  const roots: UnitNode[] = [];
  const seenIds = new Set<string>();
  interface Pending {
    readonly raw: unknown;
    readonly at: Path;
    readonly into: UnitNode[];
    readonly parent: { readonly id: string; readonly context: Context } | undefined;
    readonly ancestors: ReadonlySet<unknown>;
    readonly depth: number;
  }
  const queue: Pending[] = [];
  const list = (raw: unknown, at: Path, into: UnitNode[], parent: Pending['parent'], ancestors: ReadonlySet<unknown>, depth: number) => {
    if (raw === undefined) return;
    const units = readOwnList(raw);
    if (isRefusal(units)) {
      issues.push(refusalIssue(units, [...at, 'units'], 'units-array'));
      return;
    }
    if (units.length > 0 && depth > MAX_UNIT_DEPTH) {
      issues.push(issue('unit-too-deep', [...at, 'units'], { range: { from: 1, to: MAX_UNIT_DEPTH } }, String(depth)));
      return;
    }
    // Pushed in reverse so the stack pops them in order: outcomes follow the tree's order.
    for (let i = units.length - 1; i >= 0; i--) queue.push({ raw: units[i], at: [...at, 'units', i], into, parent, ancestors, depth });
  };
  list(rawUnits, base, roots, undefined, new Set(), 1);
  const placed: Array<{ node: UnitNode; into: UnitNode[]; order: number }> = [];
  let order = 0;
  while (queue.length > 0) {
    const { raw, at, into, parent, ancestors, depth } = queue.pop()!;
    const label = at.slice(base.length).join('.');
    const parentContext = parent?.context ?? context;
    if (ancestors.has(raw)) {
      issues.push(issue('unit-cycle', at, 'acyclic-unit', describeValue(label)));
      continue;
    }
    const record = readOwn(raw);
    if (isRefusal(record)) {
      issues.push(refusalIssue(record, at, 'unit'));
      into.push(undecidedNode(label, at, parent?.id, parentContext));
      continue;
    }
    const rawId = own(record, 'id');
    let id = label;
    if (typeof rawId === 'string' && rawId !== '') id = rawId;
    else issues.push(issue('invalid-type', [...at, 'id'], 'unit-id', describeValue(rawId)));
    if (seenIds.has(id)) {
      issues.push(issue('duplicate-unit', at, 'unique-unit-id', id));
      continue;
    }
    seenIds.add(id);
    const rawName = own(record, 'name');
    if (rawName !== undefined && typeof rawName !== 'string')
      issues.push(issue('invalid-type', [...at, 'name'], 'unit-name', describeValue(rawName)));
    const rawKind = own(record, 'kind');
    let kind: UnitKind | null = 'commune';
    if (rawKind !== undefined) {
      if (isKind(rawKind)) kind = rawKind;
      else {
        kind = null;
        issues.push(
          issue(
            'unknown-unit-kind',
            [...at, 'kind'],
            { oneOf: UNIT_KINDS },
            describeValue(rawKind),
            typeof rawKind === 'string' ? didYouMean(rawKind, UNIT_KINDS) : undefined,
          ),
        );
      }
    }
    const byLevel = (field: 'inputs' | 'results', expected: Expectation): OwnRecord | undefined => {
      const value = own(record, field);
      if (value === undefined) return undefined;
      const read = readOwn(value);
      if (isRefusal(read)) {
        issues.push(refusalIssue(read, [...at, field], expected));
        return undefined;
      }
      for (const level of Object.keys(read)) {
        if (!(LEVELS as readonly string[]).includes(level)) {
          issues.push(issue('unknown-key', [...at, field, level], { oneOf: LEVELS }, level, didYouMean(level, LEVELS)));
        }
      }
      return read;
    };
    const inputs = byLevel('inputs', 'unit-data-by-level');
    const results = byLevel('results', 'results-by-level');
    const input = own(record, 'input');
    const firstData = input ?? (inputs ? Object.values(inputs).find((v) => v !== undefined) : undefined);
    const node: UnitNode = {
      id,
      ...(typeof rawName === 'string' ? { name: rawName } : {}),
      kind,
      path: at,
      ...(parent ? { parent: parent.id } : {}),
      context: contextOf(firstData, parentContext),
      ...(input !== undefined ? { input } : {}),
      ...(inputs ? { inputs } : {}),
      ...(results ? { results } : {}),
      children: [],
    };
    placed.push({ node, into, order: order++ });
    into.push(node);
    const inner = new Set(ancestors).add(raw);
    list(own(record, 'units'), at, node.children, { id, context: node.context }, inner, depth + 1);
  }
  return roots;
}

function undecidedNode(id: string, path: Path, parent: string | undefined, context: Context): UnitNode {
  return { id, kind: null, path, ...(parent !== undefined ? { parent } : {}), context, children: [] };
}

/** Every node of a tree in order (iterative). */
function flatten(nodes: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

// ---------------------------------------------------------------- the sets passed in

/**
 * The usable sets of `unitSets`: each one checked for the structure the engine reads (a set
 * that merely looks like one is an issue, never a throw), and for the level it is given for.
 */
function readUnitSets(raw: unknown, path: Path, issues: InputIssue[]): { readonly [L in Level]?: CriteriaSet } {
  const sets: Partial<Record<Level, CriteriaSet>> = Object.create(null); // a "__proto__" key stays a key
  if (raw === undefined) return sets;
  const record = readOwn(raw);
  if (isRefusal(record)) {
    issues.push(refusalIssue(record, [...path, 'unitSets'], 'unit-sets'));
    return sets;
  }
  for (const level of Object.keys(record)) {
    const set = record[level];
    const at = [...path, 'unitSets', level];
    if (set === undefined) continue;
    if (!(LEVELS as readonly string[]).includes(level)) {
      issues.push(issue('unknown-key', at, { oneOf: LEVELS }, level, didYouMean(level, LEVELS)));
      continue;
    }
    const checked = checkSetStructure(set);
    if (checked.problem !== undefined) issues.push(issue('invalid-criteria-set', at, 'criteria-set', checked.problem));
    else if (checked.set.level !== level) issues.push(issue('invalid-criteria-set', at, { oneOf: [level] }, checked.set.level));
    // The set as checked: a plain copy unless it is deep-frozen, so the engine reads it once.
    else sets[level as Level] = checked.set;
  }
  return sets;
}

/**
 * The overrides of `unitOverrides`, by level: each level's record read once (its overrides
 * are checked where they are used, by the units' own evaluations, and reported once).
 */
function readUnitOverrides(raw: unknown, issues: InputIssue[]): { readonly [L in Level]?: OwnRecord } {
  const byLevel: Partial<Record<Level, OwnRecord>> = Object.create(null);
  if (raw === undefined) return byLevel;
  const record = readOwn(raw);
  if (isRefusal(record)) {
    issues.push(refusalIssue(record, ['unitOverrides'], 'unit-data-by-level'));
    return byLevel;
  }
  for (const level of Object.keys(record)) {
    const at = ['unitOverrides', level];
    if (record[level] === undefined) continue;
    if (!(LEVELS as readonly string[]).includes(level)) {
      issues.push(issue('unknown-key', at, { oneOf: LEVELS }, level, didYouMean(level, LEVELS)));
      continue;
    }
    const overrides = readOwn(record[level]);
    if (isRefusal(overrides)) issues.push(refusalIssue(overrides, at, 'codes-object'));
    else byLevel[level as Level] = overrides;
  }
  return byLevel;
}

const shareLevels = (set: CriteriaSet): Level[] =>
  set.conditions.flatMap((c) => (c.check.kind === 'unit-share' ? [c.check.unitLevel] : []));

// ---------------------------------------------------------------- evaluation

function aggregate(
  givenSet: CriteriaSet,
  input: AggregateInput,
  options: AggregateOptions,
): { result: AggregateResult; tableIssues: readonly TableIssue[] } {
  const issues: InputIssue[] = [];
  const record = readOwn(input);
  if (isRefusal(record)) {
    // Not a record: the unit's own evaluation reports an input that is not an object; an
    // object that is not plain data (or throws when read) is reported here and read as empty.
    const shown = record.refused === 'not-a-record' ? (Array.isArray(input) ? [] : input) : {};
    const result = evaluateWith(givenSet, shown);
    if (record.refused !== 'not-a-record')
      issues.push(issue(record.refused === 'exotic' ? 'invalid-input' : 'unreadable', [], 'input-object', record.received));
    return { result: { ...result, issues: [...result.issues, ...issues], units: [], tables: [] }, tableIssues: [] };
  }
  const nationalUnitSets = readUnitSets(own(record, 'unitSets'), [], issues);
  // The province's tables, once for the whole aggregate: each replaces the set it completes.
  const given = Object.entries(nationalUnitSets) as [Level, CriteriaSet][];
  const tabled = applyTables([givenSet, ...given.map(([, s]) => s)], own(record, 'tables'));
  const set = tabled.sets[0]!;
  const unitSets: Partial<Record<Level, CriteriaSet>> = Object.create(null);
  given.forEach(([level], i) => (unitSets[level] = tabled.sets[i + 1]!));
  const unitOverrides = readUnitOverrides(own(record, 'unitOverrides'), issues);
  const levels = new Set<Level>(shareLevels(set));
  for (const s of Object.values(unitSets)) for (const l of shareLevels(s!)) levels.add(l);
  const levelsOf = new Map<UnitKind, Level[]>();
  for (const level of LEVELS) {
    const kind = levels.has(level) ? unitKindOf(level) : null;
    if (kind) levelsOf.set(kind, [...(levelsOf.get(kind) ?? []), level]);
  }
  const keep = options.keep === 'failing' || options.keep === 'results' ? options.keep : 'verdicts';
  const run: Run = { unitSets, unitOverrides, reported: new Set(), levelsOf, keep, issues, standings: new Map() };
  const ownData = ownInputOf(record);
  const nodes = readTree(own(record, 'units'), [], contextOf(ownData, {}), issues);
  const result = evaluateNodes(set, ownData, nodes, run, []);
  return {
    result: { ...result, issues: [...result.issues, ...issues], units: outcomesOf(nodes, run), tables: tabled.applied },
    tableIssues: tabled.issues,
  };
}

/** Fields of an aggregate input that are not the unit's own data. */
const AGGREGATE_FIELDS: ReadonlySet<string> = new Set(['units', 'unitSets', 'tables', 'unitOverrides']);

/** The unit's own input: every field but the aggregate's (`units`, `unitSets`…), `values` defaulting to `{}`. */
function ownInputOf(record: OwnRecord): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(record)) if (!AGGREGATE_FIELDS.has(key)) out[key] = record[key];
  if (out.values === undefined) out.values = {};
  return out;
}

/** Evaluates a unit's own data under a set, counting its sub-units for the set's shares. */
function evaluateNodes(set: CriteriaSet, data: unknown, nodes: readonly UnitNode[], run: Run, path: Path): EvaluationResult {
  const tallies = new Map<string, UnitTally>();
  let all: UnitNode[] | undefined;
  for (const condition of set.conditions) {
    const check = condition.check;
    if (check.kind !== 'unit-share') continue;
    const kind = unitKindOf(check.unitLevel);
    if (kind === null) continue;
    all ??= flatten(nodes);
    let passing = 0;
    let total = 0;
    const failing: string[] = [];
    const undecided: string[] = [];
    for (const node of all) {
      if (node.kind === null) {
        // Of unknown kind: it may be one of these units, so it is never passed over.
        total++;
        undecided.push(node.id);
        continue;
      }
      if (node.kind !== kind) continue;
      total++;
      const standing = standingOf(node, check.unitLevel, run);
      const verdict = check.standard === 'meets-set' ? standing.verdict : standing.recognition;
      if (verdict === 'met') passing++;
      else if (verdict === 'not-met') failing.push(node.id);
      else undecided.push(node.id);
    }
    tallies.set(condition.id, { passing, total, failing, undecided });
  }
  return evaluateSafely(set, data, path, run.issues, tallies);
}

/**
 * `evaluateWith` that never throws: data that throws while the validator reads it (a proxy
 * deep in `values`) is reported and read as empty.
 */
function evaluateSafely(
  set: CriteriaSet,
  data: unknown,
  path: Path,
  issues: InputIssue[],
  tallies?: ReadonlyMap<string, UnitTally>,
): EvaluationResult {
  try {
    return evaluateWith(set, data, tallies);
  } catch {
    issues.push(issue('unreadable', path, 'readable-value', 'a throwing getter or Proxy'));
    return evaluateWith(set, { values: {} }, tallies);
  }
}

/** Where a unit's data for a level is: its path and the data, or a ready result, or nothing. */
type Source =
  | { readonly kind: 'data'; readonly data: unknown; readonly at: Path }
  | { readonly kind: 'result'; readonly result: unknown; readonly at: Path }
  | { readonly kind: 'none' };

function sourceOf(node: UnitNode, level: Level, set: CriteriaSet | undefined, run: Run): Source {
  const perLevel = node.inputs ? own(node.inputs, level) : undefined;
  if (perLevel !== undefined) return { kind: 'data', data: perLevel, at: [...node.path, 'inputs', level] };
  const ready = node.results ? own(node.results, level) : undefined;
  if (ready !== undefined) return { kind: 'result', result: ready, at: [...node.path, 'results', level] };
  if (node.input === undefined || !set || node.kind === null) return { kind: 'none' };
  const candidates = (run.levelsOf.get(node.kind) ?? []).filter((l) => run.unitSets[l] !== undefined);
  if (candidates.length <= 1) return { kind: 'data', data: node.input, at: [...node.path, 'input'] };
  const fitting = candidates.filter((l) => fits(node.input, run.unitSets[l]!));
  const used = fitting.length > 0 ? fitting.includes(level) : candidates[0] === level;
  return used ? { kind: 'data', data: node.input, at: [...node.path, 'input'] } : { kind: 'none' };
}

// Why a cache: a set is immutable data, so its codes are a pure function of it (weakly keyed).
const CODES = new WeakMap<CriteriaSet, ReadonlySet<string>>();
function codesOf(set: CriteriaSet): ReadonlySet<string> {
  let codes = CODES.get(set);
  if (!codes) CODES.set(set, (codes = new Set(indicatorsOf(set).map((i) => i.code))));
  return codes;
}

/** Whether every code and name a unit's single `input` gives belongs to a set (so it is that set's data). */
function fits(data: unknown, set: CriteriaSet): boolean {
  const record = readOwn(data);
  if (isRefusal(record)) return false;
  const indicators = codesOf(set);
  const keysOf = (field: string): string[] | undefined => {
    const value = own(record, field);
    if (value === undefined) return [];
    const read = readOwn(value);
    return isRefusal(read) ? undefined : Object.keys(read);
  };
  const codes = keysOf('values');
  const overrides = keysOf('overrides');
  const facts = keysOf('facts');
  const references = keysOf('references');
  if (!codes || !overrides || !facts || !references) return false;
  if (![...codes, ...overrides].every((code) => indicators.has(code))) return false;
  const declared = (names: CriteriaSet['facts'] | CriteriaSet['references'], given: readonly string[]) =>
    names === undefined || given.every((name) => Object.hasOwn(names, name));
  return declared(set.facts, facts) && declared(set.references, references);
}

const VERDICTS: readonly unknown[] = ['met', 'not-met', 'incomplete'];

function standingOf(node: UnitNode, level: Level, run: Run): UnitStanding {
  let byLevel = run.standings.get(node);
  if (!byLevel) run.standings.set(node, (byLevel = new Map()));
  let standing = byLevel.get(level);
  if (!standing) byLevel.set(level, (standing = judge(node, level, run)));
  return standing;
}

/** Whether `keep` asks to keep this result. */
function kept(run: Run, verdict: Verdict): boolean {
  return run.keep === 'results' || (run.keep === 'failing' && verdict !== 'met');
}

function judge(node: UnitNode, level: Level, run: Run): UnitStanding {
  const set = run.unitSets[level];
  const label = node.name ?? node.id;
  const source = sourceOf(node, level, set, run);
  if (source.kind === 'data' && set) {
    const record = readOwn(source.data);
    let result: EvaluationResult;
    const unitIssues: InputIssue[] = [];
    if (isRefusal(record)) {
      unitIssues.push(refusalIssue(record, source.at, 'input-object'));
      result = evaluateWith(set, { values: {} });
    } else {
      const data: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(record)) data[key] = record[key];
      for (const key of INHERITED) if (data[key] === undefined && node.context[key] !== undefined) data[key] = node.context[key];
      const shared = withSharedOverrides(data, run.unitOverrides[level]);
      result =
        node.children.length > 0 && shareLevels(set).length > 0
          ? evaluateNodes(set, data, node.children, run, source.at)
          : evaluateSafely(set, data, source.at, unitIssues);
      for (const i of result.issues) {
        if (i.path[0] === 'overrides' && shared.has(String(i.path[1]))) reportShared(i, level, run);
        else unitIssues.push({ ...i, path: [...source.at, ...i.path] });
      }
    }
    for (const i of unitIssues) {
      run.issues.push({ ...i, params: { ...i.params, within: { unit: label, set: set.id } } });
    }
    const verdict = result.status;
    return {
      level,
      setId: set.id,
      verdict,
      recognition: result.recognition,
      metCount: result.metCount,
      total: result.total,
      basis: 'evaluated',
      reason: { code: 'aggregate.re-evaluated', params: { version: set.version, met: result.metCount, total: result.total } },
      ...(kept(run, verdict) ? { result: slim(result) } : {}),
    };
  }
  if (source.kind === 'result') {
    const given = readOwn(source.result);
    const usable =
      !isRefusal(given) &&
      typeof given.setId === 'string' &&
      typeof given.version === 'string' &&
      typeof given.level === 'string' &&
      VERDICTS.includes(given.status) &&
      typeof given.metCount === 'number' &&
      typeof given.total === 'number';
    if (!usable) {
      const problem = isRefusal(given)
        ? refusalIssue(given, source.at, 'ready-result')
        : issue('invalid-type', source.at, 'ready-result', 'an object');
      run.issues.push({ ...problem, params: { ...problem.params, within: { unit: label, ...(set ? { set: set.id } : {}) } } });
    } else {
      const ready = given as unknown as EvaluationResult;
      const recognition = VERDICTS.includes(ready.recognition) ? ready.recognition : 'incomplete';
      if ((set && ready.setId !== set.id) || ready.level !== level) {
        const inForce = set ? set.id : level;
        return {
          level,
          setId: ready.setId,
          verdict: 'incomplete',
          recognition: 'incomplete',
          metCount: null,
          total: null,
          basis: 'stale',
          reason: { code: 'aggregate.ready-wrong-set', params: { given: ready.setId, inForce } },
          ...(kept(run, 'incomplete') ? { result: source.result as EvaluationResult } : {}),
        };
      }
      return {
        level,
        setId: ready.setId,
        verdict: ready.status,
        recognition,
        metCount: ready.metCount,
        total: ready.total,
        basis: 'given',
        reason: { code: 'aggregate.ready-result', params: { version: ready.version, met: ready.metCount, total: ready.total } },
        ...(kept(run, ready.status) ? { result: source.result as EvaluationResult } : {}),
      };
    }
  }
  return {
    level,
    setId: set?.id ?? null,
    verdict: 'incomplete',
    recognition: 'incomplete',
    metCount: null,
    total: null,
    basis: 'no-data',
    reason: set ? { code: 'aggregate.no-data', params: { level } } : { code: 'aggregate.no-set', params: { level } },
  };
}

/**
 * Adds the overrides given once for the unit's level to its data (the unit's own override of
 * a code wins) and returns the codes that came from the aggregate. A unit whose own
 * `overrides` cannot be read keeps them as they are: its evaluation reports them.
 */
function withSharedOverrides(data: Record<string, unknown>, shared: OwnRecord | undefined): ReadonlySet<string> {
  if (!shared) return NONE;
  const ownOverrides = data.overrides === undefined ? Object.create(null) : readOwn(data.overrides);
  if (isRefusal(ownOverrides)) return NONE;
  const codes = new Set(Object.keys(shared).filter((code) => !Object.hasOwn(ownOverrides, code)));
  if (codes.size > 0) data.overrides = Object.assign(Object.create(null), shared, ownOverrides);
  return codes;
}
const NONE: ReadonlySet<string> = new Set();

/** An issue of an override given once for a level: reported at `unitOverrides.<level>.<code>`, once. */
function reportShared(found: InputIssue, level: Level, run: Run): void {
  const path = ['unitOverrides', level, ...found.path.slice(1)];
  const key = JSON.stringify([found.code, path, found.received, found.params.expects]);
  if (run.reported.has(key)) return;
  run.reported.add(key);
  const shown = path.join('.');
  run.issues.push({ ...found, path, params: { ...found.params, path: shown.length > 60 ? `${shown.slice(0, 60)}…` : shown } });
}

/** A kept unit result without its issues (they are in the aggregate's issues already, with the unit's path). */
function slim(result: EvaluationResult): EvaluationResult {
  return result.issues.length === 0 ? result : { ...result, issues: [] };
}

/** Every unit counted in a share (townships of a commune share are not), and every unit of unknown kind, in tree order. */
function outcomesOf(nodes: readonly UnitNode[], run: Run): UnitOutcome[] {
  return flatten(nodes)
    .filter((node) => node.kind === null || run.standings.has(node))
    .map((node) => ({
      id: node.id,
      ...(node.name !== undefined ? { name: node.name } : {}),
      kind: node.kind ?? 'unknown',
      ...(node.parent !== undefined ? { parent: node.parent } : {}),
      standings: [...(run.standings.get(node)?.values() ?? [])],
    }));
}
