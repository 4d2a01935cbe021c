import type { ColumnId } from '../model/column.js';
import type { Measure } from '../model/indicator.js';
import type { ProvinceUnit } from '../model/province-unit.js';
import type { Level } from '../model/level.js';
import type { LocalizedText } from '../model/text.js';
import type { Comparison, TargetCandidate } from '../model/target.js';
import type { VerificationStatus } from '../model/verification.js';
import type { Message } from '../locale/format-message.js';
import type { ColumnReasonCode, CriterionReasonCode, IndicatorReasonCode, IndicatorReasonParams, MessageItem } from '../locale/messages.js';
import type { InputIssue } from './issue.js';
import type { RatioValue, TargetOverride } from './input.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * The verdict on one indicator:
 * - `met` / `not-met`: the value was compared with a verified (or overridden) target;
 * - `not-applicable`: the indicator does not apply to this unit;
 * - `missing`: no usable value (absent, invalid, or a fact the rule needs is absent);
 * - `unknown-target`: the target for this column is not yet known (not verified).
 * @example
 * INDICATOR_STATUSES.length; // 5
 */
export const INDICATOR_STATUSES = /* @__PURE__ */ deepFreeze(['met', 'not-met', 'not-applicable', 'missing', 'unknown-target'] as const);

/**
 * The verdict on one indicator.
 * @example
 * const status: IndicatorStatus = 'unknown-target'; // never counted as met
 */
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/**
 * The verdict on a criterion or a set: met, not met, or not decidable yet (`incomplete`).
 * @example
 * const verdict: Verdict = result.status; // 'met' | 'not-met' | 'incomplete'
 */
export type Verdict = 'met' | 'not-met' | 'incomplete';

/**
 * Why an indicator got its status, as a code an app can switch on.
 * @example
 * const code: ReasonCode = 'indicator.unknown-target';
 */
export type ReasonCode = IndicatorReasonCode;

/**
 * The reason of an indicator's verdict, as data: a code, the params its text is made from, and
 * beside them the value the text shows (`actual`, and `ratio` for counts) when it shows one
 * (`indicator.met`, `indicator.not-met` of a number or ratio). Get its text with
 * `formatMessage(reason, 'vi' | 'en')`.
 * @example
 * const { code, params } = result.criteria[0]!.indicators[0]!.reason;
 * formatMessage(result.criteria[2]!.indicators[0]!.reason, 'vi'); // 'Đạt: …'
 */
export type Reason = MessageItem<IndicatorReasonCode> & {
  /** The value the text shows: a number, or a ratio's percent (rounded for display). */
  readonly actual?: number;
  /** The counts the text shows, when the value came as a ratio. */
  readonly ratio?: RatioValue;
};

/**
 * What an indicator reason's `params` hold: everything its text needs but the unit's value, so
 * one params object serves every result of an indicator in a column (shared, frozen).
 * @example
 * const p: ReasonParams = { indicator: '17.1', measure: 'percent', target: 95, op: '>=', column: 'red-river-delta', source: { document: '318/QĐ-TTg' } };
 */
export type ReasonParams = Omit<IndicatorReasonParams, 'actual' | 'ratio'>;

/**
 * The reason of a criterion's verdict (which indicators are not met or undecided, or that the
 * decree's list of indicators is incomplete), as data.
 * @example
 * formatMessage(result.criteria[16]!.reason, 'en'); // 'Not decidable yet: 0 of 11 met; undecided: 17.1, 17.x, …'
 */
export type CriterionReason = MessageItem<CriterionReasonCode>;

/**
 * Where a target comes from: document, annex and row, and the ids of the texts it was read in.
 * @example
 * const { document, annex, row, sources } = result.criteria[0]!.indicators[0]!.source;
 */
export interface TargetSource {
  readonly document: string;
  readonly annex?: string;
  readonly row?: string;
  readonly sources: readonly string[];
  /** The amending decree that set this value, if any. */
  readonly amendedBy?: string;
}

/**
 * An override that the evaluation used, and the target it replaced.
 * @example
 * for (const o of result.overrides) console.log(o.code, o.value, o.by, o.replaced);
 */
export interface AppliedOverride<Code extends string = string> extends TargetOverride {
  readonly code: Code;
  /** The target the library knows for this cell, if verified; `null` when unknown. */
  readonly replaced: number | boolean | null;
}

/**
 * The result of one indicator; `Code` and `CriterionId` are the set's indicator codes and
 * criterion ids (`string` for a set whose codes are not known to TypeScript).
 * @example
 * const r = result.criteria[16]?.indicators[7];
 * r?.status; // 'unknown-target'
 * formatMessage(r!.reason, 'vi');
 */
export interface IndicatorResult<Code extends string = string, CriterionId extends string = string> {
  readonly code: Code;
  readonly criterionId: CriterionId;
  readonly status: IndicatorStatus;
  readonly measure: Measure;
  readonly unit?: LocalizedText;
  /** The value compared: a number, a flag, or for a ratio its percent (rounded for display). */
  readonly actual: number | boolean | null;
  /** The ratio as given, when the value came as counts. */
  readonly ratio?: RatioValue;
  /** The target compared against; for a relative target, the computed value. */
  readonly target: number | boolean | null;
  readonly comparison: Comparison;
  /** Status of the target used: its verification status, or `override`. */
  readonly targetStatus: VerificationStatus | 'override';
  /** Values reported for an unknown target (a province's value, conflicting readings). */
  readonly candidates?: readonly TargetCandidate[];
  /** A relative target: the factor, the reference named, and its value. */
  readonly relative?: { readonly factor: number; readonly reference: string; readonly referenceValue: number | null };
  readonly override?: AppliedOverride<Code>;
  readonly source: TargetSource;
  readonly reason: Reason;
}

/**
 * The result of one criterion.
 * @example
 * const income = result.criteria.find((c) => c.id === '10');
 * income?.status; // 'met' | 'not-met' | 'incomplete' | 'not-applicable'
 */
export interface CriterionResult<Code extends string = string, CriterionId extends string = string> {
  readonly id: CriterionId;
  readonly number: number | null;
  readonly name: LocalizedText;
  readonly status: Verdict | 'not-applicable';
  readonly reason: CriterionReason;
  readonly indicators: readonly IndicatorResult<Code, CriterionId>[];
}

/**
 * How the column (region or group) was chosen, and by which rule.
 * @example
 * const { column, rule } = evaluate(commune318, { province: 'vinh-phuc', values: {} }).column;
 * column; // 'red-river-delta'
 * rule;   // 'province'
 */
export interface ColumnChoice {
  /** The column, or `null` when the input gives no way to choose one. */
  readonly column: ColumnId | null;
  /** `caller`: the input named it; `province`: the province's region; `province-spans-regions`: the province's territory is in two regions, no column; a rule id: a decree's exception; `single`: the set has one column; `none`. */
  readonly rule: string;
  /** How it was chosen: `formatMessage(choice.text, 'vi')` (column.* codes are in the locale files). */
  readonly text: MessageItem<ColumnReasonCode> | LocalizedText;
  readonly status: VerificationStatus;
  /** Who supplied the column: `caller` (the input's region or group), `library` (a decree's exception, the province's region, the single column), `null` when none was chosen. */
  readonly suppliedBy: 'caller' | 'library' | null;
  /** The province unit(s) the input's `province` named at the assessed time, when it chose (or could not choose) the column. */
  readonly province?: readonly ProvinceUnit[];
}

/**
 * The verdict on one set-level condition.
 * @example
 * for (const c of result.conditions.filter((c) => c.purpose === 'recognition')) console.log(c.status, formatMessage(c.reason, 'vi'));
 */
export interface ConditionResult {
  readonly id: string;
  readonly purpose: 'criteria' | 'recognition' | 'procedure';
  readonly status: Verdict | 'unknown-target';
  readonly text: LocalizedText;
  readonly reason: Message;
  readonly verification: VerificationStatus;
  /** Units that made a unit-share condition fail (aggregate evaluation). */
  readonly failingUnits?: readonly string[];
  /** Units whose verdict could not be decided, so the share is not yet decidable (aggregate evaluation). */
  readonly undecidedUnits?: readonly string[];
}

/**
 * The full result of evaluating one unit against one set. For a set whose codes TypeScript
 * knows (`evaluate(commune318, …)`), `Code` and `CriterionId` are its indicator codes and
 * criterion ids, so `result.notMet.includes('17.99')` does not compile; both default to `string`.
 * @example
 * result.status;   // 'met' | 'not-met' | 'incomplete'
 * result.metCount; // 0 (of result.total: most of 318's targets are not yet verified)
 */
export interface EvaluationResult<Code extends string = string, CriterionId extends string = string> {
  readonly setId: string;
  readonly family: string;
  readonly version: string;
  readonly level: Level;
  readonly column: ColumnChoice;
  readonly year: number | null;
  /** `not-met` when any criterion is not met; else `incomplete` when any has gaps; else `met`. */
  readonly status: Verdict;
  readonly metCount: number;
  readonly total: number;
  readonly criteria: readonly CriterionResult<Code, CriterionId>[];
  /** Codes of indicators without usable data. */
  readonly missing: readonly Code[];
  /** Codes of indicators whose target is not yet known for this column. */
  readonly unknownTargets: readonly Code[];
  /** Codes of indicators not met. */
  readonly notMet: readonly Code[];
  readonly overrides: readonly AppliedOverride<Code>[];
  /** Set-level conditions, criteria and recognition alike. */
  readonly conditions: readonly ConditionResult[];
  /**
   * Đạt chuẩn: every criterion met (and every condition of purpose `criteria`). This is the
   * verdict on the criteria alone; it says nothing about recognition.
   */
  readonly meetsAllCriteria: boolean;
  /**
   * The verdict on recognition (xét công nhận): the criteria verdict combined with every
   * condition of purpose `recognition` (registered in the plan, no outstanding
   * capital-construction debt, a district's share of communes…): `met`, `not-met`, or
   * `incomplete` when a recognition fact is missing or its threshold is unknown.
   */
  readonly recognition: Verdict;
  /**
   * Đủ điều kiện đề nghị công nhận: `recognition === 'met'`. A unit may meet all criteria and
   * still not be recognisable (Tam Đảo 2021: 9/9 district criteria, 0/6 communes). Being
   * recognisable is not being recognised: that is an official decision the library never infers.
   */
  readonly recognisable: boolean;
  readonly issues: readonly InputIssue[];
}
