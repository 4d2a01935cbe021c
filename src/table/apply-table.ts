import { formatMessage } from '../locale/format-message.js';
import { checkCriteriaSet } from '../model/check-criteria-set.js';
import { columnIdsOf, type ColumnId, type ColumnKind } from '../model/column.js';
import { isCommuneGroupId } from '../model/commune-group.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { Criterion } from '../model/criterion.js';
import type { Indicator } from '../model/indicator.js';
import type { LegalDocument, LegalReference, Source } from '../model/legal-basis.js';
import { isRegionId } from '../model/region.js';
import type { TargetCell } from '../model/target.js';
import type { LocalizedText } from '../model/text.js';
import { referenceOf, sameData } from './cell.js';
import { CRITERIA_TABLE_FORMAT, criteriaTableSchema, localizedOf, type CriteriaTable, type TableRow } from './format.js';
import { tableIssue, type TableIssue } from './issue.js';
import { judgeCell, type CellContext } from './judge-cell.js';
import { schemaIssues } from './schema-issues.js';

/**
 * What `applyTable` gives: the derived set, or (when anything in the table is refused) no set
 * and every issue found, each naming its row and column.
 * @example
 * const { set, issues } = applyTable(commune51, testOnlyTable);
 * if (!set) for (const issue of issues) console.log(formatMessage(issue, 'vi'));
 */
export type TableApplication =
  | { readonly set: CriteriaSet; readonly issues: readonly [] }
  | { readonly set: undefined; readonly issues: readonly TableIssue[] };

/** A criterion being built: the base's (or a new one) and what the rows do to its indicators. */
interface CriterionDraft {
  readonly base: Criterion | undefined;
  readonly key: number | string;
  name: LocalizedText | undefined;
  /** Whether a row names this criterion. */
  named: boolean;
  /** Base indicators a row of this criterion stands for, by base code: they keep their place. */
  readonly inPlace: Map<string, Indicator>;
  /** Base codes a row placed under another criterion. */
  readonly movedAway: Set<string>;
  /** Indicators new to this criterion, in row order. */
  readonly appended: Indicator[];
  /** Every indicator the rows give this criterion, in row order. */
  readonly inRowOrder: Indicator[];
}

const INCOMPLETE: LocalizedText = {
  vi: 'Bảng của tỉnh không ghi là đầy đủ (complete) nên danh sách chỉ tiêu của tiêu chí có thể chưa đủ.',
  en: 'The province’s table is not marked complete, so the criterion’s list of indicators may be incomplete.',
};

/**
 * Applies a province's criteria table to a set (or, with `null`, builds the whole set a table
 * without `base` defines) and returns the derived set: its own id, the province, the table's
 * document (number, dates, issuer) added to its legal basis. A table may:
 * - fill cells the set does not know: they become `provincial` targets citing the document;
 * - tighten verified cells (a looser value is refused, as a looser override is);
 * - add indicators and criteria, and with `complete: true` say that the criteria it names
 *   list every indicator, so they can be met;
 * - define a whole provincial set (no `base`; then `level`, `title` and `province` are needed).
 * A provincial value is never marked `verified`: every evaluation result shows its status
 * (`provincial`) and its source (the province's document). Anything refused refuses the whole
 * table, with an issue per problem (`formatMessage(issue, 'vi')`).
 * @example
 * // TEST-ONLY values, not the law of any province.
 * const { set, issues } = applyTable(commune51, {
 *   format: 'ntm-criteria-table/1', id: 'ha-noi-commune-2026-2030-test', base: 'commune-2026-2030',
 *   province: 'ha-noi', complete: false,
 *   document: { number: 'TEST-ONLY/2026', signed: '2026-03-02', issuer: 'UBND thành phố Hà Nội' },
 *   rows: [{ criterion: 6, code: '6.x1', text: { vi: 'Tỷ lệ nghèo đa chiều' }, measure: 'percent', op: '<=',
 *     cells: { 'group-1': 1, 'group-2': 2, 'group-3': 4 } }],
 * });
 * evaluate(set!, { group: 'group-2', year: 2026, values: { '6.x1': 1.5 } }).criteria[5]!.indicators[0]!.status; // 'met'
 */
export function applyTable(base: CriteriaSet | null | undefined, input: unknown): TableApplication {
  const format = typeof input === 'object' && input !== null ? (input as { format?: unknown }).format : undefined;
  if (format !== undefined && format !== CRITERIA_TABLE_FORMAT) {
    return refused([tableIssue('unknown-format', { path: ['format'] }, CRITERIA_TABLE_FORMAT, String(JSON.stringify(format)))]);
  }
  const parsed = criteriaTableSchema().safeParse(input);
  if (!parsed.success) return refused(schemaIssues(parsed.error, input));
  const table = parsed.data;
  const issues: TableIssue[] = [];

  if ((base ?? undefined)?.id !== table.base) {
    const none = { vi: 'không có', en: 'none' };
    issues.push(tableIssue('base-mismatch', { path: ['base'] }, base ? base.id : none, table.base ?? '—'));
    return refused(issues);
  }
  if (base?.province && table.province && base.province !== table.province) {
    issues.push(tableIssue('province-mismatch', { path: ['province'] }, base.province, table.province));
  }
  const province = table.province ?? base?.province;
  const sourceId = `table:${table.id}`;
  const documentRef: LegalReference = { document: table.document.number, ...(table.document.annex ? { annex: table.document.annex } : {}) };
  const columns = base ? base.columns : columnKindOf(table, issues);
  const validColumns = new Set<ColumnId>(['all', ...columnIdsOf(columns)]);
  const knownSources = new Set([...Object.keys(base?.sources ?? {}), sourceId]);
  const knownDocuments = new Set([...(base?.legalBasis ?? []).map((d) => d.document), table.document.number]);

  // Criteria of the base, in order, then the new ones the rows name.
  const draft = (criterion: Criterion | undefined, key: number | string): CriterionDraft => ({
    base: criterion,
    key,
    name: criterion?.name,
    named: false,
    inPlace: new Map(),
    movedAway: new Set(),
    appended: [],
    inRowOrder: [],
  });
  const drafts: CriterionDraft[] = (base?.criteria ?? []).map((c) => draft(c, c.number ?? c.id));
  const home = new Map<string, { draft: CriterionDraft; indicator: Indicator }>();
  for (const d of drafts) for (const indicator of d.base!.indicators) home.set(indicator.code, { draft: d, indicator });
  const draftOf = (key: number | string): CriterionDraft => {
    const found = drafts.find((d) => d.key === key || (typeof key === 'string' && d.base?.id === key));
    if (found) return found;
    const created = draft(undefined, key);
    drafts.push(created);
    return created;
  };

  const rowOfCode = new Map<string, number>();
  const rowOfBaseCode = new Map<string, number>();
  table.rows.forEach((row, index) => {
    const place = { row: index, indicator: row.code };
    const target = draftOf(row.criterion);
    target.named = true;
    if (!target.name && row.criterionName) target.name = localizedOf(row.criterionName);

    const earlier = rowOfCode.get(row.code);
    if (earlier !== undefined) {
      issues.push(
        tableIssue(
          'duplicate-row',
          { ...place, path: ['rows', index, 'code'] },
          { vi: `dòng ${earlier + 1}`, en: `row ${earlier + 1}` },
          row.code,
        ),
      );
      return;
    }
    rowOfCode.set(row.code, index);
    const baseCode = row.baseCode ?? row.code;
    const owner = home.get(baseCode)?.draft;
    if (row.baseCode !== undefined && !owner) {
      issues.push(
        tableIssue('unknown-base-code', { ...place, path: ['rows', index, 'baseCode'] }, 'an indicator code of the base set', row.baseCode),
      );
      return;
    }
    if (row.baseCode !== undefined && row.baseCode !== row.code && home.has(row.code)) {
      issues.push(
        tableIssue(
          'duplicate-row',
          { ...place, path: ['rows', index, 'code'] },
          { vi: `chỉ tiêu ${row.code} của bộ gốc`, en: `indicator ${row.code} of the base set` },
          row.code,
        ),
      );
      return;
    }
    if (owner) {
      const taken = rowOfBaseCode.get(baseCode);
      if (taken !== undefined) {
        issues.push(
          tableIssue(
            'duplicate-row',
            { ...place, path: ['rows', index, 'baseCode'] },
            { vi: `dòng ${taken + 1}`, en: `row ${taken + 1}` },
            baseCode,
          ),
        );
        return;
      }
      rowOfBaseCode.set(baseCode, index);
    }
    const baseIndicator = home.get(baseCode)?.indicator;
    // Without baseCode an indicator stays in its criterion; with it, the province may place it.
    if (owner && row.baseCode === undefined && owner !== target) {
      issues.push(
        tableIssue('criterion-mismatch', { ...place, path: ['rows', index, 'criterion'] }, String(owner.key), String(row.criterion)),
      );
      return;
    }
    if (baseIndicator && baseIndicator.measure !== row.measure) {
      issues.push(tableIssue('measure-mismatch', { ...place, path: ['rows', index, 'measure'] }, baseIndicator.measure, row.measure));
      return;
    }

    const ctx: CellContext = {
      row: index,
      code: row.code,
      measure: row.measure,
      rowOp: row.op,
      sourceId,
      documentRef,
      knownSources,
      knownDocuments,
      issues,
    };
    if (!baseIndicator && row.source !== undefined && !knownDocuments.has(referenceOf(row.source).document)) {
      issues.push(
        tableIssue(
          'unknown-document',
          { ...place, path: ['rows', index, 'source'] },
          [...knownDocuments].join(', '),
          referenceOf(row.source).document,
        ),
      );
      return;
    }
    const targets: Partial<Record<ColumnId, TargetCell>> = { ...(baseIndicator?.targets ?? {}) };
    let refusedCell = false;
    for (const [column, cell] of Object.entries(row.cells) as [ColumnId, NonNullable<TableRow['cells'][ColumnId]>][]) {
      if (!validColumns.has(column)) {
        issues.push(
          tableIssue('unknown-column', { ...place, path: ['rows', index, 'cells', column] }, [...validColumns].join(', '), column),
        );
        refusedCell = true;
        continue;
      }
      const baseCell = baseIndicator
        ? (baseIndicator.targets[column] ?? (column === 'all' ? undefined : baseIndicator.targets.all))
        : undefined;
      const judged = judgeCell(baseCell, cell, column, ctx);
      if (judged === undefined) refusedCell = true;
      else if (baseIndicator?.targets[column] !== undefined || !sameData(judged, baseCell)) targets[column] = judged;
    }
    if (refusedCell) return;

    const indicator: Indicator = baseIndicator
      ? { ...baseIndicator, code: row.code, targets }
      : {
          code: row.code,
          text: localizedOf(row.text),
          textStatus: row.textStatus ?? 'provincial',
          measure: row.measure,
          ...(row.unit ? { unit: localizedOf(row.unit) } : {}),
          targets,
          ...(row.columns ? { columns: row.columns } : {}),
          ...(row.appliesWhen ? { appliesWhen: row.appliesWhen } : {}),
          ref: row.source !== undefined ? referenceOf(row.source) : documentRef,
          ...(row.note !== undefined ? { note: localizedOf(row.note) } : {}),
        };
    if (owner === target) target.inPlace.set(baseCode, indicator);
    else {
      owner?.movedAway.add(baseCode);
      target.appended.push(indicator);
    }
    target.inRowOrder.push(indicator);
  });

  const criteria: Criterion[] = [];
  for (const d of drafts) {
    const complete = d.named && table.complete;
    if (complete && d.base) {
      for (const indicator of d.base.indicators) {
        if (!d.inPlace.has(indicator.code) && !d.movedAway.has(indicator.code)) {
          issues.push(tableIssue('missing-row', { path: ['rows'] }, String(d.key), indicator.code));
        }
      }
    }
    if (!d.base && !d.name) {
      const row = table.rows.findIndex((r) => r.criterion === d.key);
      issues.push(
        tableIssue(
          'missing-criterion-name',
          { row, indicator: table.rows[row]!.code, path: ['rows', row, 'criterionName'] },
          'a name',
          String(d.key),
        ),
      );
      continue;
    }
    criteria.push(criterionOf(d, complete, sourceId));
  }
  if (!base) {
    for (const field of ['level', 'title'] as const) {
      if (table[field] === undefined) issues.push(tableIssue('missing-field', { path: [field] }, field, 'undefined'));
    }
  }
  if (issues.length > 0) return refused(issues);

  const derived = base ? derivedSet(base, table, criteria, sourceId) : newSet(table, columns, criteria, sourceId);
  // A set's own table gives the set back (rebuilt, equal); any change needs its own id.
  if (base && sameData(derived, base)) return { set: derived, issues: [] };
  if (base && table.id === base.id) return refused([tableIssue('same-id', { path: ['id'] }, base.id, table.id)]);
  if (!province) return refused([tableIssue('missing-province', { path: ['province'] }, 'a province id', 'undefined')]);
  // What only the whole set shows (a fact or reference a case names that the set lacks…):
  // the model's own check, on what the table added to the base.
  const before = new Set((base ? checkCriteriaSet(base) : []).map((i) => `${i.code} ${JSON.stringify(i.path)}`));
  const added = checkCriteriaSet(derived).filter((i) => !before.has(`${i.code} ${JSON.stringify(i.path)}`));
  if (added.length > 0) {
    return refused(
      added.map((i) =>
        tableIssue('inconsistent-set', { path: i.path }, { vi: formatMessage(i, 'vi'), en: formatMessage(i, 'en') }, i.received),
      ),
    );
  }
  return { set: derived, issues: [] };
}

function refused(issues: readonly TableIssue[]): TableApplication {
  return { set: undefined, issues };
}

function criterionOf(draft: CriterionDraft, complete: boolean, sourceId: string): Criterion {
  // A complete criterion lists its indicators in the table's order; otherwise the base's
  // indicators keep their places (those a row stands for, as the row gives them) and the new
  // ones follow.
  const indicators: Indicator[] = complete
    ? draft.inRowOrder
    : [
        ...(draft.base?.indicators ?? []).flatMap((i) => (draft.movedAway.has(i.code) ? [] : [draft.inPlace.get(i.code) ?? i])),
        ...draft.appended,
      ];
  if (draft.base) {
    const { incompleteIndicators, ...rest } = draft.base;
    return { ...rest, indicators, ...(incompleteIndicators && !complete ? { incompleteIndicators } : {}) };
  }
  return {
    id: String(draft.key),
    number: typeof draft.key === 'number' ? draft.key : null,
    name: draft.name!,
    status: 'provincial',
    sources: [sourceId],
    indicators,
    ...(complete ? {} : { incompleteIndicators: INCOMPLETE }),
  };
}

function derivedSet(base: CriteriaSet, table: CriteriaTable, criteria: readonly Criterion[], sourceId: string): CriteriaSet {
  const same = table.id === base.id;
  const { document } = table;
  const known = base.legalBasis.some((d) => d.document === document.number);
  const cites = criteria.some((c) => c.sources.includes(sourceId) || c.indicators.some((i) => citesSource(i, sourceId)));
  const title = table.title
    ? localizedOf(table.title)
    : same
      ? base.title
      : { vi: `${base.title.vi} (${document.number})`, en: `${base.title.en} (${document.number})` };
  const province = table.province ?? base.province;
  return {
    ...base,
    id: table.id,
    family: same ? base.family : table.id,
    version: table.version ?? (same || known ? base.version : `${base.version} + ${document.number}`),
    title,
    ...(province ? { province } : {}),
    period: table.period ?? base.period,
    ...((table.years ?? base.years) ? { years: table.years ?? base.years } : {}),
    legalBasis: known ? base.legalBasis : [...base.legalBasis, legalDocumentOf(table, 'amendment', title)],
    criteria,
    // The table's source: cited by its provincial values and by the document it adds.
    sources: (cites || !known) && !base.sources[sourceId] ? { ...base.sources, [sourceId]: sourceOf(table) } : base.sources,
    ...((table.notes ?? base.notes) ? { notes: [...(base.notes ?? []), ...(table.notes ?? []).map(localizedOf)] } : {}),
  } as CriteriaSet;
}

function newSet(table: CriteriaTable, columns: ColumnKind, criteria: readonly Criterion[], sourceId: string): CriteriaSet {
  const title = localizedOf(table.title!);
  return {
    id: table.id,
    family: table.id,
    version: table.version ?? table.document.number,
    level: table.level!,
    title,
    period: table.period ?? { from: table.document.inForce ?? null, to: null },
    ...(table.years ? { years: table.years } : {}),
    legalBasis: [legalDocumentOf(table, 'base', title)],
    ...(table.province ? { province: table.province } : {}),
    columns,
    columnRules: [],
    criteria,
    conditions: [],
    sources: { [sourceId]: sourceOf(table) },
    ...(table.notes ? { notes: table.notes.map(localizedOf) } : {}),
  } as CriteriaSet;
}

function legalDocumentOf(table: CriteriaTable, role: LegalDocument['role'], setTitle: LocalizedText): LegalDocument {
  const { document } = table;
  return {
    document: document.number,
    issuer: document.issuer,
    role,
    title: document.title ? localizedOf(document.title) : setTitle,
    signed: document.signed,
    inForce: document.inForce ?? null,
    ...(document.annex ? { annex: document.annex } : {}),
    sources: [`table:${table.id}`],
  };
}

function sourceOf(table: CriteriaTable): Source {
  const { document } = table;
  return { ...(document.url ? { url: document.url } : {}), what: `${document.number} (${document.issuer}): bảng tiêu chí ${table.id}` };
}

function citesSource(indicator: Indicator, sourceId: string): boolean {
  return Object.values(indicator.targets).some((cell) =>
    (Array.isArray(cell) ? cell : [cell]).some((t) => (t as { sources: readonly string[] }).sources.includes(sourceId)),
  );
}

/** The column layout of a new set: as the table says, or as its cells' column ids show. */
function columnKindOf(table: CriteriaTable, issues: TableIssue[]): ColumnKind {
  const ids = new Set(table.rows.flatMap((r) => Object.keys(r.cells)));
  const regions = [...ids].filter(isRegionId);
  const groups = [...ids].filter(isCommuneGroupId);
  if (table.columns) return table.columns;
  if (regions.length > 0 && groups.length > 0) {
    issues.push(
      tableIssue(
        'mixed-columns',
        { path: ['rows'] },
        { vi: 'chỉ cột vùng hoặc chỉ cột nhóm xã', en: 'region columns or group columns, not both' },
        [...regions, ...groups].join(', '),
      ),
    );
  }
  return regions.length > 0 ? 'regions' : groups.length > 0 ? 'groups' : 'single';
}
