// The contract between the engine and every locale file: each message code and the data
// (params) it carries. The engine builds `{ code, params }`; a locale file turns it into text.
// Another module adds its messages by adding a block here and its lines to vi.ts and en.ts:
// the compiler then refuses a locale file that lacks one.
import type { ColumnId } from '../model/column.js';
import type { Level } from '../model/level.js';
import type { Measure } from '../model/indicator.js';
import type { LocalizedText } from '../model/text.js';
import type { Comparison, FactTest, TargetCandidate } from '../model/target.js';
import type { VerificationStatus } from '../model/verification.js';
import type { InputIssueCode } from '../evaluate/issue.js';

/**
 * A value as an indicator measures it: a number, a flag, or `null` for none.
 * @example
 * const v: MessageValue = 97.5;
 */
export type MessageValue = number | boolean | null;

/**
 * Where a target is printed, as a message names it.
 * @example
 * const where: MessageSource = { document: '318/QĐ-TTg', annex: 'Phụ lục I', row: '17.1' };
 */
export interface MessageSource {
  readonly document: string;
  readonly annex?: string;
  readonly row?: string;
}

/**
 * What every indicator reason carries (a reason code uses the fields it needs).
 * @example
 * const p: IndicatorReasonParams = {
 *   indicator: '17.1', measure: 'percent', actual: 97, target: 95, op: '>=',
 *   column: 'red-river-delta', source: { document: '318/QĐ-TTg', annex: 'Phụ lục I', row: '17.1' },
 * };
 */
export interface IndicatorReasonParams {
  /** The indicator's official code. */
  readonly indicator: string;
  readonly measure: Measure;
  /** The unit of an amount, as the set names it. */
  readonly unit?: LocalizedText;
  /** The value shown (`indicator.met`, `indicator.not-met` of a number or ratio): a result's reason carries it beside its params, and `formatMessage` passes it in. */
  readonly actual?: MessageValue;
  /** The share as counts, when the value came as a ratio (beside the params, as `actual`). */
  readonly ratio?: { readonly numerator: number; readonly denominator: number };
  readonly target: MessageValue;
  readonly op: Comparison;
  /** The column judged (`null`: none could be chosen). */
  readonly column: ColumnId | null;
  readonly source: MessageSource;
  /** Who set the target, when the caller overrode it. */
  readonly by?: string;
  /** A relative target: factor × the reference value. */
  readonly relative?: { readonly factor: number; readonly reference: string; readonly referenceValue: number | null };
  /** The status of an unknown target. */
  readonly targetStatus?: VerificationStatus;
  /** Values reported for an unknown target. */
  readonly candidates?: readonly TargetCandidate[];
  /** The fact a rule needs (missing-fact). */
  readonly fact?: string;
  /** The test a fact failed (not-applicable by fact). */
  readonly test?: FactTest;
  /** The reference value a relative target needs (missing-reference). */
  readonly reference?: string;
  /** The year without a target (no-target-for-year). */
  readonly year?: number;
}

/**
 * What a criterion reason carries.
 * @example
 * const p: CriterionReasonParams = { criterion: '17', met: 7, applicable: 8, notMet: ['17.8'], open: [] };
 */
export interface CriterionReasonParams {
  readonly criterion: string;
  /** Applicable indicators met, and applicable in all. */
  readonly met: number;
  readonly applicable: number;
  /** Codes not met, and codes undecided (missing data or unknown target). */
  readonly notMet: readonly string[];
  readonly open: readonly string[];
  /** The count an `at-least` rule needs. */
  readonly count?: number;
  /** Why the decree's indicator list is known to be incomplete (set data). */
  readonly unlisted?: LocalizedText;
}

/**
 * What a column choice carries.
 * @example
 * const p: ColumnParams = { region: 'red-river-delta', province: 'Vĩnh Phúc' };
 */
export interface ColumnParams {
  readonly region?: string;
  readonly group?: string;
  /** The province's name (as the model spells it). */
  readonly province?: string;
  /** A decree's column rule: its id and text (set data). */
  readonly rule?: string;
  readonly text?: LocalizedText;
}

/**
 * What a set-level condition's reason carries.
 * @example
 * const p: ConditionParams = { fact: 'outstandingConstructionDebt', op: '<=', value: 0, actual: 0 };
 */
export interface ConditionParams {
  readonly fact?: string;
  /** The set's name of the fact (`set.facts`), shown instead of its id where the set gives one. */
  readonly factText?: LocalizedText;
  readonly op?: string;
  readonly value?: number | boolean;
  readonly actual?: number | boolean;
  readonly met?: number;
  readonly total?: number;
  readonly passing?: number;
  readonly percent?: number;
  readonly level?: Level;
}

/**
 * What an input issue's message carries: where, what was expected (a phrase key, a list, or a
 * range), what came (a short language-neutral description) and a likely intended value.
 * @example
 * const p: IssueParams = { path: 'values.17.1', expects: 'percent-or-ratio', received: '120' };
 */
export interface IssueParams {
  /** The path, dot-joined (at most 60 characters of each key). */
  readonly path: string;
  readonly expects: Expectation;
  readonly received: string;
  readonly suggestion?: string;
  /** What the caller probably meant (an implausible value), e.g. `45` for 45,000,000. */
  readonly meant?: string;
  /** The measure or unit the value is read in, for implausible values. */
  readonly measure?: Measure;
  readonly unit?: LocalizedText;
  /** In an aggregate: the unit (its name or id) and the set whose input has the issue. */
  readonly within?: { readonly unit: string; readonly set?: string };
}

/**
 * Phrases an issue can expect, by key; each locale words every one.
 * @example
 * const e: ExpectationKey = 'percent-or-ratio';
 */
export type ExpectationKey =
  | 'input-object'
  | 'field-name'
  | 'name'
  | 'indicator-code'
  | 'indicator-code-of-set'
  | 'percent-or-ratio'
  | 'flag'
  | 'non-negative-number'
  | 'non-negative-integer'
  | 'number'
  | 'non-negative-finite-number'
  | 'positive-number'
  | 'numerator-not-over-denominator'
  | 'override'
  | 'override-by'
  | 'text'
  | 'province-id'
  | 'category-ids'
  | 'no-categories'
  | 'year'
  | 'values-object'
  | 'names-object'
  | 'codes-object'
  | 'number-or-flag'
  | 'group'
  | 'region'
  | 'region-or-province'
  | 'readable-value'
  | 'plausible-value'
  | 'same-comparison'
  | 'units-array'
  | 'unit'
  | 'unit-id'
  | 'unit-sets'
  | 'criteria-set'
  | 'unit-data-by-level'
  | 'results-by-level'
  | 'ready-result'
  | 'acyclic-unit'
  | 'unique-unit-id'
  | 'unit-name'
  | 'report-rows'
  | 'report-row'
  | 'report-result'
  | 'count-of-total';

/**
 * What an issue expected: a phrase key, one of a list, a year range, or a target.
 * @example
 * const e: Expectation = { oneOf: ['red-river-delta', 'central-highlands'] };
 */
export type Expectation =
  | ExpectationKey
  | { readonly oneOf: readonly string[] }
  | { readonly range: { readonly from: number; readonly to: number } }
  | { readonly target: { readonly op: Comparison; readonly value: number | boolean } };

/**
 * Every message code of the engine and the params it carries. Input issue codes are bare
 * (`invalid-type`); every other code starts with its domain (`indicator.met`).
 * @example
 * const p: MessageParams['indicator.met'] = { indicator: '1.1', measure: 'flag', actual: true, target: true, op: '=', column: 'all', source: { document: '318/QĐ-TTg' } };
 */
export type MessageParams = { readonly [C in InputIssueCode]: IssueParams } & {
  // Indicator reasons (src/evaluate/evaluate-indicator.ts).
  readonly 'indicator.met': IndicatorReasonParams;
  readonly 'indicator.not-met': IndicatorReasonParams;
  readonly 'indicator.not-in-column': IndicatorReasonParams;
  readonly 'indicator.not-applicable': IndicatorReasonParams;
  readonly 'indicator.missing-value': IndicatorReasonParams;
  readonly 'indicator.invalid-value': IndicatorReasonParams;
  readonly 'indicator.missing-fact': IndicatorReasonParams;
  readonly 'indicator.missing-reference': IndicatorReasonParams;
  readonly 'indicator.missing-year': IndicatorReasonParams;
  readonly 'indicator.missing-column': IndicatorReasonParams;
  readonly 'indicator.no-target-for-year': IndicatorReasonParams;
  readonly 'indicator.unknown-target': IndicatorReasonParams;
  // Criterion reasons (src/evaluate/evaluate-criterion.ts).
  readonly 'criterion.met': CriterionReasonParams;
  readonly 'criterion.met-at-least': CriterionReasonParams;
  readonly 'criterion.not-met': CriterionReasonParams;
  readonly 'criterion.not-met-at-least': CriterionReasonParams;
  readonly 'criterion.incomplete': CriterionReasonParams;
  readonly 'criterion.incomplete-list': CriterionReasonParams;
  readonly 'criterion.not-applicable': CriterionReasonParams;
  readonly 'criterion.no-indicators': CriterionReasonParams;
  // Column choice (src/evaluate/column-for.ts).
  readonly 'column.single': ColumnParams;
  readonly 'column.caller-region': ColumnParams;
  readonly 'column.caller-group': ColumnParams;
  readonly 'column.province': ColumnParams;
  readonly 'column.rule': ColumnParams;
  readonly 'column.no-group': ColumnParams;
  readonly 'column.no-region': ColumnParams;
  // Set-level conditions (src/evaluate/evaluate-conditions.ts).
  readonly 'condition.not-checkable': ConditionParams;
  readonly 'condition.criteria': ConditionParams;
  readonly 'condition.threshold-unknown': ConditionParams;
  readonly 'condition.fact-missing': ConditionParams;
  readonly 'condition.fact-met': ConditionParams;
  readonly 'condition.fact-not-met': ConditionParams;
  readonly 'condition.share-unknown': ConditionParams;
  readonly 'condition.needs-units': ConditionParams;
  readonly 'condition.units-recognised': ConditionParams;
  readonly 'condition.units-meet-set': ConditionParams;
  // Aggregates (src/evaluate/aggregate.ts).
  readonly 'aggregate.unit-issue': { readonly unit: string; readonly set?: string; readonly issue: MessageItem };
  readonly 'aggregate.re-evaluated': { readonly version: string; readonly met: number; readonly total: number };
  readonly 'aggregate.ready-wrong-set': { readonly given: string; readonly inForce: string };
  readonly 'aggregate.ready-result': { readonly version: string; readonly met: number; readonly total: number };
  readonly 'aggregate.no-data': { readonly level: string };
  readonly 'aggregate.no-set': { readonly level: string };
  // Registry (src/registry.ts).
  readonly 'registry.invalid-date': { readonly on: string };
  readonly 'registry.duplicate-set': { readonly id: string };
  readonly 'registry.unknown-set': { readonly id: string; readonly known: readonly string[] };
  readonly 'registry.none-in-force': {
    readonly level: string;
    readonly on: string;
    readonly scope?: string;
    readonly known: readonly string[];
  };
  // Diff (src/diff.ts).
  readonly 'diff.summary': {
    readonly from: string;
    readonly to: string;
    readonly criteria: readonly [number, number, number];
    readonly indicators: readonly [number, number, number];
  };
  readonly 'diff.criterion-added': { readonly id: string; readonly name: LocalizedText };
  readonly 'diff.criterion-removed': { readonly id: string; readonly name: LocalizedText };
  readonly 'diff.criterion-changed': {
    readonly id: string;
    readonly fields: readonly string[];
    readonly before: LocalizedText;
    readonly name: LocalizedText;
  };
  readonly 'diff.indicator-added': { readonly code: string; readonly text: LocalizedText };
  readonly 'diff.indicator-removed': { readonly code: string; readonly text: LocalizedText };
  readonly 'diff.rule-added': {
    readonly kind: 'column-rule' | 'condition';
    readonly id: string;
    readonly status: string;
    readonly amendedBy?: string;
  };
  readonly 'diff.rule-removed': { readonly kind: 'column-rule' | 'condition'; readonly id: string; readonly status: string };
  readonly 'diff.rule-changed': {
    readonly kind: 'column-rule' | 'condition';
    readonly id: string;
    readonly fields: readonly string[];
    readonly statusBefore: string;
    readonly status: string;
  };
} & PlanMessageParamsByCode;

/**
 * The code of any message the engine produces.
 * @example
 * const code: MessageCode = 'indicator.unknown-target';
 */
export type MessageCode = keyof MessageParams;

/**
 * A message as data: a stable code and the params its text is made from. Plain JSON.
 * Render it with `formatMessage(item, 'vi' | 'en')`.
 * @example
 * const m: MessageItem<'criterion.incomplete-list'> = {
 *   code: 'criterion.incomplete-list',
 *   params: { criterion: '17', met: 3, applicable: 3, notMet: [], open: [], unlisted: { vi: '…', en: '…' } },
 * };
 */
export type MessageItem<C extends MessageCode = MessageCode> = {
  readonly [K in C]: { readonly code: K; readonly params: MessageParams[K] };
}[C];

/**
 * Indicator reason codes.
 * @example
 * const code: IndicatorReasonCode = 'indicator.missing-value';
 */
export type IndicatorReasonCode = Extract<MessageCode, `indicator.${string}`>;
/**
 * Criterion reason codes.
 * @example
 * const code: CriterionReasonCode = 'criterion.incomplete-list';
 */
export type CriterionReasonCode = Extract<MessageCode, `criterion.${string}`>;
/**
 * Column choice codes.
 * @example
 * const code: ColumnReasonCode = 'column.province';
 */
export type ColumnReasonCode = Extract<MessageCode, `column.${string}`>;
/**
 * Set-level condition reason codes.
 * @example
 * const code: ConditionReasonCode = 'condition.fact-missing';
 */
export type ConditionReasonCode = Extract<MessageCode, `condition.${string}`>;

/**
 * One language's messages: a function per code, from the params to the text. A third
 * language is one more object of this type.
 * @example
 * const fr: Partial<Messages> = { 'indicator.met': (p) => `Atteint : ${String(p.actual)}` };
 */
export type Messages = { readonly [C in MessageCode]: (params: MessageParams[C]) => string };

/**
 * A language: its messages, and the phrase of every expectation key.
 * @example
 * import { vi, type Locale } from '@ntm/criteria';
 * const locale: Locale = vi;
 * locale.lang; // 'vi'
 */
export interface Locale {
  readonly lang: string;
  readonly messages: Messages;
  /** Renders what an issue expected. */
  readonly expectation: (e: Expectation) => string;
}

// Gap plan (src/plan/): every plan sentence carries flat params (numbers as exact decimal texts).
import type { PlanMessageCode, PlanMessageParams } from '../plan/types.js';

/**
 * The gap plan's message codes (`plan.*`) and their params.
 * @example
 * const p: PlanMessageParamsByCode['plan.raise-ratio'] = { shortfall: '20', numerator: '1940', denominator: '2000' };
 */
export type PlanMessageParamsByCode = { readonly [C in PlanMessageCode]: PlanMessageParams };
