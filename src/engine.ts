// The engine's public API: the rule model and the pure evaluation, with no decree data.
// An app that brings its own sets (or imports one set by subpath) needs only this.
export { REGIONS, REGION_IDS, isRegionId, regionIdSchema, type Region, type RegionId } from './model/region.js';
export {
  COMMUNE_GROUPS,
  COMMUNE_GROUP_IDS,
  isCommuneGroupId,
  communeGroupIdSchema,
  type CommuneGroup,
  type CommuneGroupId,
} from './model/commune-group.js';
export { PROVINCES, PROVINCE_IDS, isProvinceId, regionOfProvince, type ProvinceId } from './model/province.js';
export { LEVELS, LEVEL_NAMES, levelSchema, type Level } from './model/level.js';
export {
  VERIFICATION_STATUSES,
  VERIFICATION_LABELS,
  verificationStatusSchema,
  type VerificationStatus,
} from './model/verification.js';
export { localizedTextSchema, type LocalizedText } from './model/text.js';
export {
  legalReferenceSchema,
  legalDocumentSchema,
  sourceSchema,
  type LegalReference,
  type LegalDocument,
  type Source,
} from './model/legal-basis.js';
export {
  COMPARISONS,
  targetSchema,
  targetCandidateSchema,
  factTestSchema,
  type Comparison,
  type Target,
  type TargetCell,
  type TargetCandidate,
  type FactTest,
} from './model/target.js';
export {
  COLUMN_KINDS,
  columnIdsOf,
  columnRuleSchema,
  communeCategorySchema,
  type ColumnKind,
  type ColumnId,
  type ColumnRule,
  type CommuneCategory,
} from './model/column.js';
export { MEASURES, indicatorSchema, type Measure, type Indicator } from './model/indicator.js';
export { criterionSchema, criterionRuleSchema, type Criterion, type CriterionRule } from './model/criterion.js';
export { conditionSchema, conditionCheckSchema, type Condition, type ConditionCheck } from './model/condition.js';
export {
  criteriaSetSchema,
  inputNameSchema,
  defineCriteriaSet,
  type CriteriaSet,
  type IndicatorCode,
  type CriterionId,
  type FactName,
  type ReferenceName,
  type CriteriaSetOf,
  type InputName,
} from './model/criteria-set.js';
export { evaluate, safeEvaluate, type SafeEvaluation } from './evaluate/evaluate.js';
export { EvaluationError } from './evaluate/error.js';
export { columnFor, type ColumnQuery } from './evaluate/column-for.js';
export type { EvaluationInput, IndicatorValue, RatioValue, TargetOverride, ValuesByName } from './evaluate/input.js';
export { INPUT_ISSUE_CODES, type InputIssue, type InputIssueCode } from './evaluate/issue.js';
export {
  INDICATOR_STATUSES,
  type IndicatorStatus,
  type IndicatorResult,
  type CriterionResult,
  type ConditionResult,
  type ColumnChoice,
  type EvaluationResult,
  type Verdict,
  type Reason,
  type ReasonParams,
  type ReasonCode,
  type CriterionReason,
  type TargetSource,
  type AppliedOverride,
} from './evaluate/result.js';
export type { UnitTally } from './evaluate/evaluate-conditions.js';
export {
  evaluateAggregate,
  safeEvaluateAggregate,
  type AggregateInput,
  type AggregateUnit,
  type AggregateResult,
  type SafeAggregateEvaluation,
  type AggregateIssue,
  AggregateEvaluationError,
  type UnitOutcome,
  type UnitStanding,
  type StandingBasis,
} from './evaluate/aggregate.js';
export { UNIT_KINDS, unitKindOf, type UnitKind } from './evaluate/unit-kind.js';
export {
  criteriaBands,
  summariseResults,
  type ReportRow,
  type CriteriaBand,
  type CriteriaBin,
  type Summary,
  type SummaryReport,
} from './report/summarise.js';
export { createRegistry, type CriteriaSetRegistry, type InForceQuery } from './registry.js';
export { amendCriteriaSet, type AmendedCriteriaSet, type CriteriaSetPatch, type TargetAmendment } from './amend.js';
export {
  diff,
  type CriteriaSetDiff,
  type Changes,
  type CriterionRef,
  type CriterionChange,
  type IndicatorRef,
  type IndicatorChange,
  type RuleRef,
  type RuleChange,
  type TargetChange,
  type TargetSnapshot,
} from './diff.js';
export { formatMessage, type Message } from './locale/format-message.js';
export { inputSchema, inputJsonSchema, type JsonSchema } from './schema/input-schema.js';
// The gap plan: what a unit lacks against a set, by how much, and the officials' table.
export { gapPlan } from './plan/gap-plan.js';
export { gapTable } from './plan/gap-table.js';
export type {
  GapPlan,
  GapPlanOptions,
  GapTable,
  WorkTask,
  UnitPlan,
  IndicatorGap,
  CriterionGap,
  ConditionGap,
  UnitShareGap,
  FactConditionGap,
  CriteriaConditionGap,
  OtherConditionGap,
  UnitCandidate,
  DataNeed,
  TargetNeed,
  ShortfallKind,
  PlanMessage,
  PlanMessageCode,
  PlanMessageParams,
} from './plan/types.js';
// rules-as-tables (issue 11): the table authoring form, the cross-field check of a set, and the
// model's helpers for cells and indicators.
export {
  tableForm,
  verified,
  unverified,
  cases,
  same,
  each,
  type TableForm,
  type TableCell as TableFormCell,
  type TableSlot,
  type CasesCell,
  type CellExtra,
  type RowCells,
  type RowHead,
  type SameCell,
  type EachCell,
  type Repeat,
  type ColumnCount,
  type IndicatorOf,
  type CriterionOf,
  type CriterionHead,
  type SetHead,
} from './model/table-form.js';
export {
  checkCriteriaSet,
  CRITERIA_SET_ISSUE_CODES,
  type CriteriaSetIssue,
  type CriteriaSetIssueCode,
} from './model/check-criteria-set.js';
export { cellFor, casesOf, targetsOf, existsIn } from './model/cell.js';
export { findIndicator, indicatorsOf, type HasIndicators } from './model/find.js';
// Provinces as they stood on a date: the 63 until 2025-06-30, the 34 from 2025-07-01 (law-by-date).
export {
  listProvinces,
  PROVINCE_UNITS,
  PROVINCE_UNIT_IDS,
  type ProvinceUnit,
  type ProvinceUnitId,
  type ProvinceListQuery,
  type DateSpan,
} from './model/province-unit.js';
export { PROVINCES_2025, PROVINCES_2025_FROM, type Province2025Id } from './model/provinces-2025.js';
export { resolveProvince, type ProvinceResolution, type ProvinceResolveQuery } from './model/resolve-province.js';
export { columnIssue } from './evaluate/column-for.js';
// Provincial tables (issue 15): the criteria table format, criteriaTable and applyTable.
export {
  CRITERIA_TABLE_FORMAT,
  TABLE_COLUMN_IDS,
  criteriaTableSchema,
  tableRowSchema,
  tableCellSchema,
  tableCaseSchema,
  tableDocumentSchema,
  tableSourceSchema,
  tableTextSchema,
  type CriteriaTable,
  type TableRow,
  type CriteriaTableCell,
  type TableCase,
  type TableDocument,
  type TableSource,
  type TableText,
} from './table/format.js';
export { criteriaTable } from './table/criteria-table.js';
export { applyTable, type TableApplication } from './table/apply-table.js';
export { applyTables, type AppliedTable, type TablesApplication } from './table/apply-tables.js';
export { TABLE_ISSUE_CODES, type TableIssue, type TableIssueCode } from './table/issue.js';
export { criteriaTableJsonSchema } from './table/json-schema.js';
export { isUsableTarget, isAsStrictAs } from './model/target.js';
// Reasons and issues as data: every message code with its params, and the locale files.
export type {
  MessageCode,
  MessageItem,
  MessageParams,
  Messages,
  Locale,
  IndicatorReasonCode,
  CriterionReasonCode,
  ColumnReasonCode,
  ConditionReasonCode,
  IndicatorReasonParams,
  CriterionReasonParams,
  ColumnParams,
  ConditionParams,
  IssueParams,
  Expectation,
  ExpectationKey,
  MessageSource,
  MessageValue,
  PlanMessageParamsByCode,
} from './locale/messages.js';
export { vi } from './locale/vi.js';
export { en } from './locale/en.js';
// Reliability (issue 14): aggregate options and limits.
export { MAX_UNIT_DEPTH, type AggregateOptions, type KeepUnitResults } from './evaluate/aggregate.js';
export { MAX_CRITERIA_COUNT } from './report/summarise.js';
export type { StandingReason } from './evaluate/aggregate.js';
export type { ConditionReason } from './evaluate/evaluate-conditions.js';
