import { z } from 'zod';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { lazySchema } from '../_lib/lazy-schema.js';
import { COLUMN_KINDS, type ColumnId } from '../model/column.js';
import { COMMUNE_GROUP_IDS } from '../model/commune-group.js';
import { MEASURES } from '../model/indicator.js';
import { legalReferenceSchema } from '../model/legal-basis.js';
import { LEVELS } from '../model/level.js';
import { isProvinceId } from '../model/province.js';
import { REGION_IDS } from '../model/region.js';
import { COMPARISONS, factTestSchema, targetCandidateSchema } from '../model/target.js';
import type { LocalizedText } from '../model/text.js';
import { VERIFICATION_STATUSES } from '../model/verification.js';

/**
 * The version string of the criteria table format this library reads and writes. A reader
 * refuses any other version, so a table written by a later format is never half understood.
 * @example
 * const table = { format: CRITERIA_TABLE_FORMAT, id: 'ha-noi-commune-2026', rows: [] };
 */
export const CRITERIA_TABLE_FORMAT = 'ntm-criteria-table/1';

/**
 * The column ids a table's cells are keyed by: `all`, a region id, or a commune group id, in
 * the order a decree prints them (and a spreadsheet shows them).
 * @example
 * TABLE_COLUMN_IDS.slice(-3); // ['group-1', 'group-2', 'group-3']
 */
export const TABLE_COLUMN_IDS: readonly ColumnId[] = /* @__PURE__ */ deepFreeze(['all', ...REGION_IDS, ...COMMUNE_GROUP_IDS]);

const SET_ID = /^[a-z0-9][a-z0-9+-]*$/;

/**
 * Schema of a text in a table: Vietnamese (authoritative, required) and English (optional;
 * where it is absent, the derived set shows the Vietnamese text in its place).
 * @example
 * tableTextSchema().parse({ vi: 'Tỷ lệ nghèo đa chiều' });
 */
export const tableTextSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({ vi: z.string().min(1), en: z.string().min(1).optional() })
    .strict()
    .readonly(),
);

/**
 * A text in a table: `vi` required, `en` optional.
 * @interface
 * @example
 * const text: TableText = { vi: 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn' };
 */
export type TableText = z.infer<ReturnType<typeof tableTextSchema>>;

/**
 * A set's text from a table's: the English falls back to the Vietnamese where absent.
 * @internal
 * @example
 * localizedOf({ vi: 'Tỷ lệ nghèo đa chiều' }); // { vi: 'Tỷ lệ nghèo đa chiều', en: 'Tỷ lệ nghèo đa chiều' }
 */
export function localizedOf(text: TableText): LocalizedText {
  return { vi: text.vi, en: text.en ?? text.vi };
}

/**
 * Schema of the document a table carries: the decision (quyết định) that sets its values.
 * @example
 * tableDocumentSchema().parse({ number: '12/2026/QĐ-UBND', signed: '2026-03-02', issuer: 'UBND thành phố Hà Nội' });
 */
export const tableDocumentSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** Document number as officials write it, e.g. `12/2026/QĐ-UBND`. */
      number: z.string().min(1),
      /** ISO date it was signed (YYYY-MM-DD); `null` when not known. */
      signed: z.iso.date().nullable(),
      /** Who issued it, e.g. `UBND thành phố Hà Nội`, `Thủ tướng Chính phủ`. */
      issuer: z.string().min(1),
      title: tableTextSchema().optional(),
      /** ISO date it took effect; `null` or absent when not known. */
      inForce: z.iso.date().nullable().optional(),
      /** The annex of the document that holds the table, e.g. `Phụ lục I`. */
      annex: z.string().min(1).optional(),
      url: z.string().min(1).optional(),
    })
    .strict()
    .readonly(),
);

/**
 * The document a table carries: number, date signed, issuer (and optionally title, date in
 * force, annex, address).
 * @interface
 * @example
 * const document: TableDocument = { number: '12/2026/QĐ-UBND', signed: '2026-03-02', issuer: 'UBND thành phố Hà Nội' };
 */
export type TableDocument = z.infer<ReturnType<typeof tableDocumentSchema>>;

/**
 * Schema of where a value or row is printed: a document number (`'12/2026/QĐ-UBND'`) or a
 * legal reference (`{ document, annex?, article?, row? }`).
 * @example
 * tableSourceSchema().parse({ document: '12/2026/QĐ-UBND', annex: 'Phụ lục', row: '6.1' });
 */
export const tableSourceSchema = /* @__PURE__ */ lazySchema(() => z.union([z.string().min(1), legalReferenceSchema()]));

/**
 * Where a value or row is printed: a document number, or a document with annex, article, row.
 * @example
 * const source: TableSource = '12/2026/QĐ-UBND';
 */
export type TableSource = z.infer<ReturnType<typeof tableSourceSchema>>;

/**
 * Schema of one case of a cell in its full form. A province writes `{ value, op?, source? }`;
 * `criteriaTable` writes every field the library knows, so that an unknown cell shows its
 * status and what is known (`note`, `candidates`).
 * @example
 * tableCaseSchema().parse({ value: 95, op: '>=', source: '12/2026/QĐ-UBND' });
 * tableCaseSchema().parse({ value: null, op: '<=', status: 'not-found', sources: [] });
 */
export const tableCaseSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** The target; `null` for a cell whose target is not known (its `status` says why). */
      value: z.union([z.number(), z.boolean()]).nullable(),
      /** The comparison; defaults to the row's `op`. */
      op: z.enum(COMPARISONS).optional(),
      /**
       * The verification status. Absent (or `provincial`) on a value the table sets; `verified`
       * only on a national value the base set already has, unchanged.
       */
      status: z.enum(VERIFICATION_STATUSES).optional(),
      /** Where the value is printed; defaults to the table's document. */
      source: tableSourceSchema().optional(),
      /** Ids of the texts the value was read in (keys of the set's `sources`). */
      sources: z.array(z.string()).readonly().optional(),
      /** What is known of the value and from where (Vietnamese; English optional). */
      note: tableTextSchema().optional(),
      /** Values reported for an unknown target (never used as targets). */
      candidates: z.array(targetCandidateSchema()).readonly().optional(),
      /** The target is `value` times a reference value the input supplies under this name. */
      relativeTo: z.string().min(1).optional(),
      /** The case applies only to units whose fact passes this test. */
      when: factTestSchema().optional(),
      /** The case applies only to assessment years in this range (inclusive). */
      years: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }).strict().readonly().optional(),
      amendedBy: z.string().optional(),
      /** The base set's cell a provincial value took the place of (status, value, comparison, sources). */
      replaces: z
        .object({
          status: z.enum(VERIFICATION_STATUSES),
          value: z.union([z.number(), z.boolean()]).nullable(),
          op: z.enum(COMPARISONS),
          sources: z.array(z.string()).readonly(),
        })
        .strict()
        .readonly()
        .optional(),
    })
    .strict()
    .readonly(),
);

/**
 * One case of a cell in its full form.
 * @interface
 * @example
 * const known: TableCase = { value: 95, op: '>=', source: '12/2026/QĐ-UBND' };
 * const unknown: TableCase = { value: null, status: 'not-found', sources: [] };
 */
export type TableCase = z.infer<ReturnType<typeof tableCaseSchema>>;

/**
 * Schema of one cell: a number, `true` (a flag that must be achieved), one case, or several
 * cases chosen by year or by a fact (the first that matches applies).
 * @example
 * tableCellSchema().parse(95);
 * tableCellSchema().parse(true);
 * tableCellSchema().parse({ value: 2, op: '<=', source: '12/2026/QĐ-UBND' });
 */
export const tableCellSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([z.number(), z.literal(true), tableCaseSchema(), z.array(tableCaseSchema()).min(1).readonly()]),
);

/**
 * One cell of a table: `95`, `true`, `{ value, op?, source? }`, or a list of cases.
 * @example
 * const cells: Record<string, CriteriaTableCell> = { 'group-1': 98, 'group-2': 95, 'group-3': { value: 90, source: '12/2026/QĐ-UBND' } };
 */
export type CriteriaTableCell = z.infer<ReturnType<typeof tableCellSchema>>;

/**
 * Schema of one row: one indicator, laid out as the spreadsheet an official keeps
 * (STT | tiêu chí | mã chỉ tiêu | nội dung | đơn vị | so sánh | one column per region or group | nguồn).
 * @example
 * tableRowSchema().parse({
 *   criterion: 6, criterionName: { vi: 'Giảm nghèo và an sinh xã hội' },
 *   code: '6.1', text: { vi: 'Tỷ lệ nghèo đa chiều' }, measure: 'percent', op: '<=',
 *   cells: { 'group-1': 1, 'group-2': 2, 'group-3': 4 },
 * });
 */
export const tableRowSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /**
       * The criterion's number (tiêu chí); for a criterion whose number was not seen, its id
       * in the base set (e.g. `'c1'`).
       */
      criterion: z.union([z.number().int().positive(), z.string().min(1)]),
      /** The criterion's name; needed for a criterion the base set does not have. */
      criterionName: tableTextSchema().optional(),
      /** The indicator's official code (mã chỉ tiêu), kept as text: `'17.10'`, never 17.1. */
      code: z.string().min(1),
      /**
       * The code the base set gives this indicator, when the table's code differs: e.g. the
       * library's placeholder `'6.x1'` that the province's decision numbers `'6.1'`.
       */
      baseCode: z.string().min(1).optional(),
      /** The indicator's wording (nội dung). */
      text: tableTextSchema(),
      textStatus: z.enum(VERIFICATION_STATUSES).optional(),
      measure: z.enum(MEASURES),
      /** The unit (đơn vị), e.g. `triệu đồng/người/năm`. */
      unit: tableTextSchema().optional(),
      /** The comparison (so sánh) of the row's cells. */
      op: z.enum(COMPARISONS),
      /** Targets by column id: `all`, a region (`red-river-delta`) or a group (`group-1`). */
      cells: z.partialRecord(z.enum(TABLE_COLUMN_IDS as [ColumnId, ...ColumnId[]]), tableCellSchema()),
      /** The columns in which the indicator exists (all when absent). */
      columns: z
        .array(z.enum(TABLE_COLUMN_IDS as [ColumnId, ...ColumnId[]]))
        .readonly()
        .optional(),
      /** The indicator applies only to units whose fact passes this test. */
      appliesWhen: factTestSchema().optional(),
      /** Where the row is printed (nguồn); defaults to the base set's decree, or the table's document. */
      source: tableSourceSchema().optional(),
      /** Ghi chú: what is known of the row and from where (Vietnamese; English optional). */
      note: tableTextSchema().optional(),
    })
    .strict()
    .readonly(),
);

/**
 * One row of a criteria table: one indicator and its cells.
 * @interface
 * @example
 * const row: TableRow = {
 *   criterion: 8, code: '8.1', text: { vi: 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn' },
 *   measure: 'percent', op: '>=', cells: { 'group-1': 95, 'group-2': 90, 'group-3': 80 },
 * };
 */
export type TableRow = z.infer<ReturnType<typeof tableRowSchema>>;

/**
 * Schema of a criteria table (`ntm-criteria-table/1`): a province's completion or tightening of
 * a set (`base`), or a whole provincial set (no `base`), with the decision that issues it.
 * Its JSON Schema is published as `@ntm/criteria/json-schema/criteria-table`.
 * @example
 * const parsed = criteriaTableSchema().safeParse(JSON.parse(tableJson));
 * if (!parsed.success) console.log(parsed.error.issues);
 */
export const criteriaTableSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      format: z.literal(CRITERIA_TABLE_FORMAT),
      /** Id of the set the table gives (lowercase letters, digits, `-`, `+`). */
      id: z.string().regex(SET_ID),
      /** Id of the set it completes or tightens; absent for a whole new set. */
      base: z.string().min(1).optional(),
      /** The province that issues it, e.g. `ha-noi`. */
      province: z.string().refine(isProvinceId, { message: 'A province id such as ha-noi' }).optional(),
      /** The level of a new set (no `base`). */
      level: z.enum(LEVELS).optional(),
      /** The title of the set it gives; needed for a new set. */
      title: tableTextSchema().optional(),
      /** A short label of the version; defaults to the base's version with the document's number. */
      version: z.string().min(1).optional(),
      /** Where the set is in force (inclusive ISO dates); defaults to the base's period. */
      period: z.object({ from: z.iso.date().nullable(), to: z.iso.date().nullable() }).strict().readonly().optional(),
      /** Assessment years the set covers. */
      years: z.object({ from: z.number().int(), to: z.number().int() }).strict().readonly().optional(),
      /** How a new set's columns are laid out; inferred from the cells when absent. */
      columns: z.enum(COLUMN_KINDS).optional(),
      document: tableDocumentSchema(),
      /**
       * True when the rows list every indicator of the criteria they name, so those criteria
       * can be met; false when the table only fills or tightens some cells.
       */
      complete: z.boolean(),
      rows: z.array(tableRowSchema()).readonly(),
      /** Notes on the table as a whole (Vietnamese; English optional), added to the set's. */
      notes: z.array(tableTextSchema()).readonly().optional(),
    })
    .strict()
    .readonly(),
);

/**
 * A criteria table (`ntm-criteria-table/1`), the interchange format a province fills in.
 * @interface
 * @example
 * // TEST-ONLY values: not the law of any province.
 * const table: CriteriaTable = {
 *   format: 'ntm-criteria-table/1', id: 'ha-noi-commune-2026-2030', base: 'commune-2026-2030',
 *   province: 'ha-noi', complete: false,
 *   document: { number: 'TEST-ONLY/2026', signed: '2026-03-02', issuer: 'UBND thành phố Hà Nội' },
 *   rows: [{ criterion: 6, code: '6.x1', text: { vi: 'Tỷ lệ nghèo đa chiều' }, measure: 'percent', op: '<=',
 *     cells: { 'group-1': 1, 'group-2': 2, 'group-3': 4 } }],
 * };
 */
export type CriteriaTable = z.infer<ReturnType<typeof criteriaTableSchema>>;
