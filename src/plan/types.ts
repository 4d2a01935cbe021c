// The public shape of a gap plan: plain, serialisable data (no class, no function), so the CLI,
// the explorer and the reports read the same objects. Texts are messages (`code` + `params`),
// rendered with `formatMessage(entry.message, 'vi' | 'en')`.
import type { MessageItem } from '../locale/messages.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { Level } from '../model/level.js';
import type { LocalizedText } from '../model/text.js';
import type { Comparison, TargetCandidate } from '../model/target.js';
import type { VerificationStatus } from '../model/verification.js';
import type { UnitKind } from '../evaluate/unit-kind.js';
import type { ReasonCode, Verdict } from '../evaluate/result.js';

/**
 * What a plan message says, as a code an app can switch on. The text comes from the plan's
 * locale (`formatMessage(message, lang)`); `params` are the raw figures it is made from.
 * @example
 * const code: PlanMessageCode = 'plan.raise-ratio'; // 'plan.raise-ratio': "Cần thêm 20 …: 1.940/2.000 → 1.960/2.000 = 98%"
 */
export type PlanMessageCode =
  | 'plan.raise-ratio'
  | 'plan.lower-ratio'
  | 'plan.set-ratio'
  | 'plan.raise-points'
  | 'plan.lower-points'
  | 'plan.raise-amount'
  | 'plan.lower-amount'
  | 'plan.raise-count'
  | 'plan.lower-count'
  | 'plan.achieve-flag'
  | 'plan.criterion-gaps'
  | 'plan.criterion-open'
  | 'plan.collect-value'
  | 'plan.collect-fact'
  | 'plan.collect-reference'
  | 'plan.collect-column'
  | 'plan.collect-year'
  | 'plan.obtain-target'
  | 'plan.obtain-rows'
  | 'plan.assess-condition'
  | 'plan.condition-fact'
  | 'plan.condition-criteria'
  | 'plan.condition-open'
  | 'plan.share-more'
  | 'plan.share-fewer'
  | 'plan.share-unreachable'
  | 'plan.share-undecided'
  | 'plan.share-needs-set'
  | 'plan.share-needs-results'
  | 'plan.unit-summary'
  | 'plan.unit-met';

/**
 * The values a plan message is made from: numbers as exact decimal strings (`'3.6'`), so no
 * precision is lost before the locale formats them.
 * @example
 * const params: PlanMessageParams = { code: '17.1b', shortfall: '20', numerator: '1940', denominator: '2000' };
 */
export type PlanMessageParams = { readonly [name: string]: string | number | boolean };

/**
 * One sentence of a plan, as data: a code and the params its text is made from, rendered in
 * Vietnamese or English by `formatMessage(message, 'vi' | 'en')` (the sentences are in
 * src/locale/vi.ts and en.ts, section "Gap plan").
 * @example
 * formatMessage(plan.criteria[0]!.gaps[0]!.message, 'vi');
 * // 'Cần thêm 20 hộ được sử dụng nước hợp vệ sinh và nước sạch theo quy định: 1.940/2.000 → 1.960/2.000 = 98% (yêu cầu ≥ 98%)'
 */
export type PlanMessage = MessageItem<PlanMessageCode>;

/**
 * How a shortfall is counted:
 * - `ratio`: a whole number of items (the numerator) to add or remove, denominator kept;
 * - `percentage-points`: a percent given without counts;
 * - `amount`: a quantity in the indicator's unit (million VND/person/year…);
 * - `count`: a whole number of things to add or remove (temporary houses, models…);
 * - `flag`: a requirement to achieve (shortfall 1).
 * @example
 * const kind: ShortfallKind = 'ratio'; // 'ratio': 20 more households, of 2,000
 */
export type ShortfallKind = 'ratio' | 'percentage-points' | 'amount' | 'count' | 'flag';

/**
 * One indicator not met, and exactly how far it is from its target.
 * `shortfall` is in `unit`; `shortfallText` is the same value as an exact decimal string
 * (use it for arithmetic; `shortfall` is the nearest number, for display and sorting).
 * @example
 * const gap: IndicatorGap = plan.criteria[0]!.gaps[0]!;
 * gap.code;      // '17.1a'
 * gap.shortfall; // 20
 * gap.unit.en;   // 'households using hygienic water'
 */
export interface IndicatorGap<Code extends string = string, CriterionId extends string = string> {
  readonly code: Code;
  readonly criterionId: CriterionId;
  readonly kind: ShortfallKind;
  /** `raise`: the value must go up; `lower`: down (a ceiling); `achieve`: a flag. */
  readonly direction: 'raise' | 'lower' | 'achieve';
  readonly shortfall: number;
  readonly shortfallText: string;
  readonly unit: LocalizedText;
  readonly comparison: Comparison;
  /** The value compared (for a ratio, its percent rounded for display). */
  readonly actual: number | boolean;
  /** The target compared against (for a relative target, the computed value). */
  readonly target: number | boolean;
  /** The value once the shortfall is made up (for a ratio, its new percent, display only). */
  readonly after: number | boolean;
  /** For a ratio: the counts now and once the shortfall is made up. */
  readonly ratio?: {
    readonly numerator: number;
    readonly denominator: number;
    readonly neededNumerator: number;
  };
  /** For a relative target: what it is relative to (`factor × referenceValue = target`). */
  readonly relative?: { readonly factor: number; readonly reference: string; readonly referenceValue: number };
  /** The target came from the caller's override (a province's own value). */
  readonly overrideBy?: string;
  /** The shortfall over the target (`shortfall / target`, 1 for a flag): how far, relatively; for ordering. */
  readonly relativeSize: number;
  readonly message: PlanMessage;
}

/**
 * Data to collect before a verdict can be given: an indicator's value, a fact, a reference
 * value, the column or the year.
 * @example
 * plan.dataToCollect.map((d) => d.code ?? d.name); // ['1.1', '1.2', …, '17.1b', …, 'registeredInPlan']
 */
export interface DataNeed<Code extends string = string, CriterionId extends string = string> {
  readonly kind: 'value' | 'fact' | 'reference' | 'column' | 'year';
  /** The indicator the data is for (absent for a set-level condition's fact). */
  readonly code?: Code;
  readonly criterionId?: CriterionId;
  /** The condition the data is for, when it is a set-level condition's fact. */
  readonly conditionId?: string;
  /** The fact or reference name, when known. */
  readonly name?: string;
  /** Why the indicator has no usable value (`missing-value`, `invalid-value`, `missing-fact`…). */
  readonly reason?: ReasonCode;
  readonly message: PlanMessage;
}

/**
 * A target to obtain before a verdict can be given: an indicator whose target for the column
 * is not yet known, rows of a criterion the decree prints but the library has not seen, or a
 * condition an official must assess.
 * @example
 * plan.targetsToObtain.filter((t) => t.kind === 'indicator').map((t) => t.code); // ['4.2', '5', '6.3', '7.1', '9.2', '11', '12', '16', '17.2', '17.6', '17.7', '17.8', '18.4', '19.1', '19.2']
 */
export interface TargetNeed<Code extends string = string, CriterionId extends string = string> {
  readonly kind: 'indicator' | 'criterion-rows' | 'condition';
  readonly code?: Code;
  readonly criterionId?: CriterionId;
  readonly conditionId?: string;
  readonly targetStatus?: VerificationStatus | 'override';
  /** Values reported for the unknown target (kept for humans; never used as a target). */
  readonly candidates?: readonly TargetCandidate[];
  readonly message: PlanMessage;
}

/**
 * One criterion not met (or not decidable), and what stands between it and `met`.
 * @example
 * const c: CriterionGap = plan.criteria[0]!;
 * c.required;            // 1: indicators that must still turn met
 * c.gaps.map((g) => g.code); // ['17.1a']
 */
export interface CriterionGap<Code extends string = string, CriterionId extends string = string> {
  readonly id: CriterionId;
  readonly number: number | null;
  readonly name: LocalizedText;
  readonly status: Verdict;
  /**
   * How many of `gaps` must be closed: all of them under the default rule; fewer under an
   * `at-least n` rule (known only when the set is passed to `gapPlan`).
   */
  readonly required: number;
  /** Indicators not met, smallest relative shortfall first. */
  readonly gaps: readonly IndicatorGap<Code, CriterionId>[];
  /** Codes of indicators of this criterion with missing data or an unknown target. */
  readonly open: readonly Code[];
  readonly message: PlanMessage;
}

/**
 * A sub-unit that blocks a unit-share condition, with how close it is to passing.
 * @example
 * const share = districtPlan.conditions.find((c): c is UnitShareGap => c.kind === 'unit-share')!;
 * const closest = share.candidates[0]!; // the commune nearest to the advanced set
 * closest.criteriaLeft; // 19
 */
export interface UnitCandidate {
  readonly unitId: string;
  readonly name?: string;
  readonly kind: UnitKind | 'unknown';
  /** Its verdict as the condition counts it (set verdict, or recognition): `not-met` blocks, `incomplete` is undecided. */
  readonly verdict: Verdict;
  /** Criteria not met (or not decidable); from its counts when only its verdict was kept; `null` when unknown. */
  readonly criteriaLeft: number | null;
  /** Indicator gaps of a known size, plus its own conditions not met; `null` without its plan. */
  readonly indicatorsLeft: number | null;
  /** Items of data to collect and targets to obtain; `null` without its plan. */
  readonly openItems: number | null;
  /** The relative shortfalls of its gaps, summed (each gap's `relativeSize`); `null` without its plan. */
  readonly distance: number | null;
  /** Where its verdict comes from (`evaluated`, `given`, `stale`, `no-data`). */
  readonly basis: string;
  /** The unit's plan is `plan.units.find((u) => u.unitId === unitId && u.level === level)`. */
  readonly level: Level | null;
}

/**
 * A unit-share condition of an aggregate (100% of communes meet the commune set, ≥ 10% are
 * advanced…): how many units pass, how many must, the fewest that must change, and the
 * candidates, closest first.
 * @example
 * const share = districtPlan.conditions.find((c) => c.kind === 'unit-share');
 * share?.more;     // 6: every commune must still come to meet the commune set
 * share?.closest;  // ['dao-tru', 'yen-duong', 'bo-ly', …]
 */
export interface UnitShareGap {
  readonly kind: 'unit-share';
  readonly id: string;
  readonly purpose: 'criteria' | 'recognition';
  readonly text: LocalizedText;
  readonly status: Verdict | 'unknown-target';
  /** The level the units are counted at; `null` when the set was not passed. */
  readonly unitLevel: Level | null;
  readonly standard: 'meets-set' | 'recognised' | null;
  readonly op: '>=' | '=' | null;
  /** The share the condition asks for; `null` when the set was not passed or the share is unknown. */
  readonly percent: number | null;
  /** Units passing and units counted; `null` when the level is not known (set not passed). */
  readonly passing: number | null;
  readonly total: number | null;
  /** How many units must pass; `null` when the share is not known. */
  readonly required: number | null;
  /**
   * The fewest units that must change their verdict: turn passing (`direction: 'raise'`),
   * or, for an exact share exceeded, stop counting (`'lower'`); `null` when not computable
   * (share unknown, or no whole number of units gives an exact share).
   */
  readonly more: number | null;
  readonly direction: 'raise' | 'lower';
  /** Units that block the condition (not met), and units not yet decidable. */
  readonly blocking: readonly string[];
  readonly undecided: readonly string[];
  /** Every unit not passing, closest first. */
  readonly candidates: readonly UnitCandidate[];
  /** The `more` candidates closest to passing: the fewest units to work on. */
  readonly closest: readonly string[];
  readonly message: PlanMessage;
}

/**
 * A set-level condition on a fact (no outstanding construction debt, a council vote…) that is
 * not met: what the fact must be.
 * @example
 * const debt = plan.conditions.find((c) => c.kind === 'fact');
 * debt?.fact; // 'outstandingConstructionDebt'
 */
export interface FactConditionGap {
  readonly kind: 'fact';
  readonly id: string;
  readonly purpose: 'criteria' | 'recognition';
  readonly text: LocalizedText;
  readonly status: Verdict;
  /** The fact, comparison and value required; known only when the set is passed to `gapPlan`. */
  readonly fact?: string;
  readonly op?: string;
  readonly value?: number | boolean;
  readonly message: PlanMessage;
}

/**
 * The condition "every criterion is met", not met: the criteria left are in `plan.criteria`.
 * @example
 * plan.conditions.find((c) => c.kind === 'criteria-met')?.criteriaLeft; // 19
 */
export interface CriteriaConditionGap {
  readonly kind: 'criteria-met';
  readonly id: string;
  readonly purpose: 'criteria' | 'recognition';
  readonly text: LocalizedText;
  readonly status: Verdict;
  readonly criteriaLeft: number;
  readonly message: PlanMessage;
}

/**
 * A set-level condition not met whose kind is not known, because its set was not passed to
 * `gapPlan`: its text and verdict only.
 * @example
 * plan.conditions.filter((c) => c.kind === 'condition').map((c) => c.id); // []
 */
export interface OtherConditionGap {
  readonly kind: 'condition';
  readonly id: string;
  readonly purpose: 'criteria' | 'recognition';
  readonly text: LocalizedText;
  readonly status: Verdict;
  readonly message: PlanMessage;
}

/**
 * A set-level condition that is not met or not decidable.
 * @example
 * for (const c of districtPlan.conditions) if (c.kind === 'unit-share') console.log(c.id, c.more); // allCommunesNTM 6
 */
export type ConditionGap = UnitShareGap | FactConditionGap | CriteriaConditionGap | OtherConditionGap;

/**
 * What one unit lacks against one set: the criteria not met, closest first, each with the
 * indicators that stand between it and `met`; the set-level conditions not met; the data to
 * collect and the targets to obtain (never counted as gaps of a known size); and, for an
 * aggregate, each sub-unit's own plan. `Code` and `CriterionId` are the result's (a typed set's
 * literal codes and criterion ids, else `string`); sub-units' plans are untyped.
 * @example
 * const plan = gapPlan(result, { sets: [commune318] });
 * plan.criteria.map((c) => c.id); // ['3', '5', '7', '10', …]: closest first
 * plan.dataToCollect.length; // 20
 */
export interface GapPlan<Code extends string = string, CriterionId extends string = string> {
  /** The unit planned for, when known (a sub-unit of an aggregate, or `options.unit`). */
  readonly unitId: string | null;
  readonly unitName?: string;
  readonly setId: string;
  readonly version: string;
  readonly level: Level;
  readonly status: Verdict;
  readonly recognition: Verdict;
  readonly metCount: number;
  readonly total: number;
  /** Criteria not met or not decidable, closest to `met` first. */
  readonly criteria: readonly CriterionGap<Code, CriterionId>[];
  /** Set-level conditions (criteria and recognition) not met or not decidable. */
  readonly conditions: readonly ConditionGap[];
  readonly dataToCollect: readonly DataNeed<Code, CriterionId>[];
  readonly targetsToObtain: readonly TargetNeed<Code, CriterionId>[];
  /** For an aggregate: each sub-unit's plan at each level it was counted for. */
  readonly units: readonly UnitPlan[];
  readonly message: PlanMessage;
}

/**
 * A sub-unit of an aggregate, its verdict at one level, and its plan when its result is kept.
 * @example
 * districtPlan.units.filter((u) => u.level === 'commune' && u.verdict !== 'met').map((u) => u.unitId); // ['dao-tru', 'yen-duong', 'bo-ly', 'minh-quang', 'ho-son', 'tam-quan']
 */
export interface UnitPlan {
  readonly unitId: string;
  readonly name?: string;
  readonly kind: UnitKind | 'unknown';
  readonly parent?: string;
  readonly level: Level;
  /** Its set verdict at this level, and its recognition verdict (what a `recognised` share counts). */
  readonly verdict: Verdict;
  readonly recognition: Verdict;
  /** Criteria met and in all at this level (`null` when unknown). */
  readonly metCount: number | null;
  readonly total: number | null;
  readonly basis: string;
  /**
   * The unit's plan at this level; absent when the aggregate did not keep the unit's result
   * (evaluate the aggregate with `{ keep: 'results' }`, or `'failing'`, for every unit's plan).
   */
  readonly plan?: GapPlan;
}

/**
 * One line of the officials' table: a unit, what it lacks (an indicator gap, data to collect,
 * a target to obtain, or a condition), and the sentence to assign it by.
 * @example
 * const table = gapTable(districtPlan);
 * const task: WorkTask = table.byUnit[0]!.tasks[0]!;
 * formatMessage(task.message, 'vi'); // 'Cần thông tin "Đã đăng ký và được đưa vào kế hoạch của cấp trên" cho điều kiện …'
 */
export interface WorkTask {
  readonly unitId: string | null;
  readonly unitName?: string;
  readonly setId: string;
  readonly kind: 'indicator' | 'data' | 'target' | 'condition';
  readonly criterionId?: string;
  readonly code?: string;
  readonly conditionId?: string;
  readonly shortfall?: number;
  readonly unit?: LocalizedText;
  readonly message: PlanMessage;
}

/**
 * The officials' table of a plan: by criterion, which units lack it and by how much; by unit,
 * what is left. Plain data, ready for a spreadsheet, the CLI or a web page.
 * @example
 * const table = gapTable(districtPlan);
 * table.byCriterion.find((c) => c.criterionId === '10')?.units.length; // 6: the communes lacking income
 */
export interface GapTable {
  readonly byCriterion: readonly {
    readonly setId: string;
    readonly criterionId: string;
    readonly number: number | null;
    readonly name: LocalizedText;
    /** Units that lack it, with their tasks for it. */
    readonly units: readonly { readonly unitId: string | null; readonly unitName?: string; readonly tasks: readonly WorkTask[] }[];
  }[];
  readonly byUnit: readonly {
    readonly unitId: string | null;
    readonly unitName?: string;
    readonly setId: string;
    readonly level: Level;
    readonly status: Verdict;
    readonly tasks: readonly WorkTask[];
  }[];
}

/**
 * Options of `gapPlan`.
 * @example
 * gapPlan(result, { sets: listCriteriaSets(), unit: { id: 'ho-son', name: 'Hồ Sơn' } });
 */
export interface GapPlanOptions {
  /**
   * The sets the result (and its sub-units) were judged under, found by id. A result does not
   * carry its set's wording, criterion rules or condition thresholds: with the sets the plan
   * names each counted item, honours `at-least` rules, and computes unit shares (how many more
   * communes); without them those parts are `null` and say so.
   */
  readonly sets?: readonly CriteriaSet[];
  /** The unit the result is for, named in the plan and the table. */
  readonly unit?: { readonly id: string; readonly name?: string };
}
