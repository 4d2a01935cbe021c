import type { ColumnId } from '../model/column.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { Criterion } from '../model/criterion.js';
import type { Indicator, Measure } from '../model/indicator.js';
import type { LocalizedText } from '../model/text.js';
import { isUsableTarget, type Comparison, type Target } from '../model/target.js';
import { casesOf, cellFor, existsIn } from '../model/cell.js';
import { describeInput } from '../schema/input-description.js';
import { resolveTarget } from './resolve-target.js';
import type { CriterionReason, CriterionResult, IndicatorResult, ReasonParams, TargetSource } from './result.js';
import type { Template } from './evaluate-indicator.js';

/** How a cell is judged. @internal */
export const FIXED = 0;
const JUDGE = 1;
export const UNKNOWN = 2;
export const GENERAL = 3;

/** `>=`, `<=`, `=` as small numbers for the comparison in the loop. @internal */
export const GE = 0;
export const LE = 1;
const EQ = 2;

/**
 * What one indicator's result depends on in one column and year, worked out once: whether it
 * exists there, its target when no fact chooses it, where that target is printed, and the
 * results that do not depend on the value (shared by every evaluation, so frozen). Why: an
 * evaluation then only compares and builds the results that carry a number. One class, every
 * field set in the constructor: one object shape for V8.
 * @internal
 */
export class Cell {
  /** FIXED: `fixed` whatever the value; JUDGE: a usable static target; UNKNOWN: a static unknown one; GENERAL: facts, references or the year decide per call. */
  kind: number = GENERAL;
  readonly indicator: Indicator;
  readonly criterion: Criterion;
  readonly code: string;
  readonly criterionId: string;
  readonly measure: Measure;
  readonly unit: LocalizedText | undefined;
  /** The slot of the indicator's value in a clean input. */
  readonly position: number;
  /** FIXED: the indicator does not exist in this column (else: no column to choose its target). */
  notInColumn = false;
  /** FIXED: the outcome whatever the input, made on first use. */
  fixed: IndicatorResult | undefined = undefined;
  /** The target when it depends on nothing but the column and year; undefined: resolve per call. */
  target: Target | undefined = undefined;
  /** Where the indicator is printed (the source of results that name no target). */
  source: TargetSource;
  /** Where the static target is printed. */
  targetSource: TargetSource;
  /** JUDGE: the comparison (GE, LE, EQ), the target value, and whether it is verified. */
  opCode: number = GE;
  goal: number | boolean | null = null;
  verified = false;
  /** Sources of the cases of a cased cell (by fact), made on first use. */
  sources: Map<Target, TargetSource> | undefined = undefined;
  /** The reason params of a number judged against the static verified target (shared, frozen), made on first use. */
  params: ReasonParams | undefined = undefined;
  /** Shared outcomes for the static target, made on first use. */
  missing: IndicatorResult | undefined = undefined;
  invalid: IndicatorResult | undefined = undefined;
  flagTrue: IndicatorResult | undefined = undefined;
  flagFalse: IndicatorResult | undefined = undefined;
  unknown: IndicatorResult | undefined = undefined;
  /** The shared result that a value given for this cell is shown in (`fixed` or `unknown`), read through a monomorphic object. */
  template: IndicatorResult | undefined = undefined;
  plain: Template | undefined = undefined;

  constructor(indicator: Indicator, criterion: Criterion, position: number, source: TargetSource) {
    this.indicator = indicator;
    this.criterion = criterion;
    this.code = indicator.code;
    this.criterionId = criterion.id;
    this.measure = indicator.measure;
    this.unit = indicator.unit;
    this.position = position;
    this.source = source;
    this.targetSource = source;
  }
}

/**
 * One criterion of a view: where its cells are, and its verdicts by the pattern of its
 * indicators' statuses (a criterion's reason depends on nothing else, so it is shared).
 * @internal
 */
interface CriterionView {
  readonly criterion: Criterion;
  readonly start: number;
  readonly count: number;
  /** Verdicts by status pattern (base 4, one digit per indicator), shared by every view of the set; only for up to 15 indicators. */
  readonly verdicts: Map<number, CriterionVerdict> | undefined;
  /**
   * A criterion of up to 5 flags with static targets (or none in this column): each indicator
   * result is one of three shared ones (the flag true, false, or no value), so the criterion
   * result is too, by its flags (base 3, one digit per indicator); shared, frozen. Undefined
   * for any other criterion.
   */
  readonly byFlags: (CriterionResult | undefined)[] | undefined;
}

/** Most flags of a criterion whose results are shared by their flags (3⁵ = 243 per criterion and view). */
const FLAGS_KEPT = 5;

/** A criterion's status and reason. @internal */
interface CriterionVerdict {
  readonly status: CriterionResult['status'];
  readonly reason: CriterionReason;
}

/** Everything an evaluation in one column and year reads from the set. @internal */
export interface View {
  readonly column: ColumnId | null;
  /** The last list of unknown-target codes made in this view (most units of a view have the same one): shared, frozen. */
  unknownTargets: readonly string[] | undefined;
  readonly document: string;
  readonly annex: string | undefined;
  readonly cells: readonly Cell[];
  readonly criteria: readonly CriterionView[];
}

/** Most verdict patterns kept per criterion (a criterion of 10 flags has 1,024): bounded whatever the callers' data. */
export const VERDICTS_KEPT = 1024;
/** Most years kept per column (a set without a period accepts any year). */
const YEARS_KEPT = 32;

interface ColumnViews {
  /** Whether a target of this column is chosen by the year (else one view serves every year). */
  readonly byYear: boolean;
  readonly views: Map<number | null, View>;
}

// Keyed by the set object, then the column, then the year when a target depends on it: bounded
// by the sets, their columns (at most 11 and "none") and YEARS_KEPT, never by caller data.
const cache = new WeakMap<CriteriaSet, Map<ColumnId | null, ColumnViews>>();

/** The compiled view of a set for one column and year (built once, then shared). @internal */
export function viewOf(set: CriteriaSet, column: ColumnId | null, year: number | null): View {
  let byColumn = cache.get(set);
  if (!byColumn) cache.set(set, (byColumn = new Map()));
  let entry = byColumn.get(column);
  if (!entry) byColumn.set(column, (entry = { byYear: dependsOnYear(set, column), views: new Map() }));
  const key = entry.byYear ? year : null;
  let view = entry.views.get(key);
  if (!view) {
    view = build(set, column, key);
    if (entry.views.size < YEARS_KEPT) entry.views.set(key, view);
  }
  return view;
}

function dependsOnYear(set: CriteriaSet, column: ColumnId | null): boolean {
  return set.criteria.some((c) => c.indicators.some((i) => casesOf(cellFor(i, column)).some((t) => t.years !== undefined)));
}

function build(set: CriteriaSet, column: ColumnId | null, year: number | null): View {
  const base = set.legalBasis.find((d) => d.role === 'base') ?? set.legalBasis[0]!;
  const document = base.document;
  const annex = base.annex;
  const { byCode } = describeInput(set);
  const cells: Cell[] = [];
  const criteria: CriterionView[] = [];
  for (const criterion of set.criteria) {
    const start = cells.length;
    for (const indicator of criterion.indicators)
      cells.push(makeCell(indicator, criterion, byCode.get(indicator.code)!.position, column, year, document, annex));
    const count = cells.length - start;
    const flags = count > 0 && count <= FLAGS_KEPT && cells.slice(start).every((c) => c.measure === 'flag' && c.kind !== GENERAL);
    criteria.push({
      criterion,
      start,
      count,
      verdicts: count <= 15 ? verdictsOf(criterion) : undefined,
      byFlags: flags ? new Array<CriterionResult | undefined>(3 ** count).fill(undefined) : undefined,
    });
  }
  return { column, unknownTargets: undefined, document, annex, cells, criteria };
}

const EMPTY_FACTS: ReadonlyMap<string, number | boolean> = new Map();

// A criterion's verdict depends on its indicators' statuses only, not on the column or year.
const verdicts = new WeakMap<Criterion, Map<number, CriterionVerdict>>();

function verdictsOf(criterion: Criterion): Map<number, CriterionVerdict> {
  let known = verdicts.get(criterion);
  if (!known) verdicts.set(criterion, (known = new Map()));
  return known;
}

function makeCell(
  indicator: Indicator,
  criterion: Criterion,
  position: number,
  column: ColumnId | null,
  year: number | null,
  document: string,
  annex: string | undefined,
): Cell {
  if (indicator.columns !== undefined && (column === null ? !indicator.columns.includes('all') : !existsIn(indicator, column))) {
    const cell = new Cell(indicator, criterion, position, Object.freeze(sourceOf(indicator, undefined, document, annex)));
    cell.kind = FIXED;
    cell.notInColumn = column !== null;
    return cell;
  }
  const cases = casesOf(cellFor(indicator, column));
  const byFact = cases.some((t) => t.when !== undefined);
  const cased = cases.length > 1 || cases.some((t) => t.years !== undefined || t.when !== undefined);
  const resolved = resolveTarget(indicator, column, null, EMPTY_FACTS);
  // The source of results that name no target: the static target's, else the indicator's.
  const staticTarget = resolved.kind === 'target' && !cased ? resolved.target : undefined;
  const cell = new Cell(indicator, criterion, position, Object.freeze(sourceOf(indicator, staticTarget, document, annex)));
  if (resolved.kind === 'missing-column' && !indicator.appliesWhen) {
    cell.kind = FIXED;
    return cell;
  }
  // A target chosen by the year alone is static within this view (the view is per year).
  let target = staticTarget;
  if (target === undefined && !byFact && cased) {
    const byYear = resolveTarget(indicator, column, year, EMPTY_FACTS);
    if (byYear.kind === 'target') target = byYear.target;
  }
  if (target === undefined) return cell;
  cell.target = target;
  cell.targetSource = target === staticTarget ? cell.source : Object.freeze(sourceOf(indicator, target, document, annex));
  if (indicator.appliesWhen || target.relativeTo !== undefined) return cell;
  if (isUsableTarget(target)) {
    cell.kind = JUDGE;
    cell.opCode = opCode(target.op);
    cell.goal = target.value;
    cell.verified = target.status === 'verified';
  } else cell.kind = UNKNOWN;
  return cell;
}

function opCode(op: Comparison): number {
  return op === '>=' ? GE : op === '<=' ? LE : EQ;
}

/** Where a target is printed. @internal */
export function sourceOf(indicator: Indicator, target: Target | undefined, document: string, annex: string | undefined): TargetSource {
  // The annex comes with the document that names it: a provincial decision cited by a target
  // (applyTable) must not borrow the base decree's annex.
  const ref = target?.ref ?? indicator.ref;
  const a = ref ? ref.annex : annex;
  const source: { -readonly [K in keyof TargetSource]: TargetSource[K] } = {
    document: ref?.document ?? document,
    row: target?.ref?.row ?? indicator.ref?.row ?? indicator.code,
    sources: target?.sources ?? [],
  };
  if (a !== undefined) source.annex = a;
  if (target?.amendedBy) source.amendedBy = target.amendedBy;
  return source;
}
