import type { ColumnId } from '../model/column.js';
import type { Measure } from '../model/indicator.js';
import type { LegalReference } from '../model/legal-basis.js';
import { isAsStrictAs, isUsableTarget, type Comparison, type Target, type TargetCell } from '../model/target.js';
import { VERIFICATION_LABELS } from '../model/verification.js';
import { caseOf, casesOf, cellOf, referenceOf, sameData, targetOfCase } from './cell.js';
import { localizedOf, type TableCase, type CriteriaTableCell } from './format.js';
import { tableIssue, type TableIssue } from './issue.js';

/** What judging the cells of one row needs. @internal */
export interface CellContext {
  readonly row: number;
  readonly code: string;
  readonly measure: Measure;
  readonly rowOp: Comparison;
  /** The source id a provincial value cites by default, and the reference to the document. */
  readonly sourceId: string;
  readonly documentRef: LegalReference;
  /** Source ids a cell may cite. */
  readonly knownSources: ReadonlySet<string>;
  /** Documents a cell's `source` may name: the table's and the base's legal basis. */
  readonly knownDocuments: ReadonlySet<string>;
  readonly issues: TableIssue[];
}

/**
 * The target cell a table's cell gives in one column, judged against the base set's cell
 * there (`undefined` for a new indicator or column); `undefined` when it is refused (the
 * issues say why).
 * - the same cell as `criteriaTable` writes it, or the same value and comparison: the base's cell;
 * - an empty cell (`value: null`): the base's cell (a table cannot clear a known target);
 * - a value: a `provincial` target citing the table's document, at least as strict as a
 *   verified national target, with the national cell it replaces recorded in `replaces`.
 * @internal
 */
export function judgeCell(
  base: TargetCell | undefined,
  cell: CriteriaTableCell,
  column: ColumnId,
  ctx: CellContext,
): TargetCell | undefined {
  if (base !== undefined && sameData(cell, cellOf(base))) {
    const full = casesOf(cell);
    const rebuilt = full.map((c) => targetOfCase(c, ctx.rowOp, 'verified'));
    return Array.isArray(base) ? rebuilt : rebuilt[0];
  }
  const cases = casesOf(cell);
  const baseCases = base === undefined ? undefined : Array.isArray(base) ? (base as readonly Target[]) : [base as Target];
  if (base !== undefined && Array.isArray(base) && cases.length !== baseCases!.length) {
    ctx.issues.push(
      tableIssue('cases-mismatch', { row: ctx.row, indicator: ctx.code, column }, String(baseCases!.length), String(cases.length)),
    );
    return undefined;
  }
  const judged: Target[] = [];
  cases.forEach((c, k) => {
    const b = baseCases === undefined ? undefined : Array.isArray(base) ? baseCases[k] : baseCases[0];
    const target = judgeCase(b, c, column, ctx, Array.isArray(base));
    if (target) judged.push(target);
  });
  if (judged.length !== cases.length) return undefined;
  return Array.isArray(cell) ? judged : judged[0];
}

function judgeCase(b: Target | undefined, c: TableCase, column: ColumnId, ctx: CellContext, byCase: boolean): Target | undefined {
  const place = { row: ctx.row, indicator: ctx.code, column };
  const refuse = (code: Parameters<typeof tableIssue>[0], expected: Parameters<typeof tableIssue>[2], received: string) => {
    ctx.issues.push(tableIssue(code, place, expected, received));
    return undefined;
  };
  const op = c.op ?? ctx.rowOp;
  // A case of a cell chosen by year or fact must be the same case as the base's.
  if (b && byCase) {
    for (const field of ['when', 'years', 'relativeTo'] as const) {
      if (c[field] !== undefined && !sameData(c[field], b[field])) {
        return refuse('cases-mismatch', JSON.stringify(b[field] ?? null), JSON.stringify(c[field]));
      }
    }
  }
  if (c.source !== undefined && !ctx.knownDocuments.has(referenceOf(c.source).document)) {
    return refuse('unknown-document', [...ctx.knownDocuments].join(', '), referenceOf(c.source).document);
  }
  for (const id of c.sources ?? []) {
    if (!ctx.knownSources.has(id)) return refuse('unknown-source', [...ctx.knownSources].join(', '), id);
  }

  if (c.value === null) {
    if (c.status === 'verified')
      return refuse('invalid-value', { vi: 'một mức (ô đã kiểm chứng phải có mức)', en: 'a value (a verified cell has one)' }, 'null');
    if (b && isUsableTarget(b)) return refuse('cell-cleared', describe(b.op, b.value), 'null');
    // An unknown cell says nothing new: the base's record of what is known stays.
    if (b) return b;
    return targetOfCase(c, op, 'not-found');
  }

  const invalid = invalidValue(c.value, op, ctx.measure);
  if (invalid) return refuse('invalid-value', invalid, describe(op, c.value));
  if (c.status !== undefined && c.status !== 'verified' && c.status !== 'provincial') {
    return refuse('status-with-value', '"provincial" | "verified"', `"${c.status}"`);
  }
  const sameAsBase = b !== undefined && isUsableTarget(b) && b.value === c.value && b.op === op;
  if (c.status === 'verified') {
    // Only the base's own national value may be called verified: a table never creates one.
    if (sameAsBase && b.status === 'verified') return b;
    const known = (lang: 'vi' | 'en') =>
      b === undefined
        ? lang === 'vi'
          ? 'không có ô này'
          : 'no such cell'
        : `${VERIFICATION_LABELS[b.status][lang]}${b.value !== null ? `: ${describe(b.op, b.value)}` : ''}`;
    return refuse('claims-verified', { vi: known('vi'), en: known('en') }, describe(op, c.value));
  }
  if (sameAsBase) return b;
  const national = b?.status === 'verified' ? b : b?.replaces?.status === 'verified' ? b.replaces : undefined;
  if (national && !isAsStrictAs(c.value, op, national)) {
    return refuse('less-strict', describe(national.op, national.value), describe(op, c.value));
  }
  // When, years and relativeTo say which case and what kind of target: they stay the base's.
  const when = c.when ?? b?.when;
  const years = c.years ?? b?.years;
  const relativeTo = c.relativeTo ?? b?.relativeTo;
  const replaces = b === undefined ? undefined : b.status === 'provincial' && b.replaces ? b.replaces : snapshot(b);
  return {
    status: 'provincial',
    value: c.value,
    op,
    sources: c.sources ?? [ctx.sourceId],
    ...(c.note !== undefined ? { note: localizedOf(c.note) } : {}),
    ...(relativeTo !== undefined ? { relativeTo } : {}),
    ...(when ? { when } : {}),
    ...(years ? { years } : {}),
    ref: c.source !== undefined ? referenceOf(c.source) : ctx.documentRef,
    ...(replaces ? { replaces } : {}),
  };
}

/** The national (or earlier) cell a provincial value takes the place of. */
function snapshot(b: Target): NonNullable<Target['replaces']> {
  const { status, value, op, sources } = caseOf(b) as Required<Pick<TableCase, 'status' | 'value' | 'op' | 'sources'>>;
  return { status, value, op, sources };
}

/** Why a value cannot be a target of this measure (in vi/en), or undefined when it can. */
function invalidValue(value: number | boolean, op: Comparison, measure: Measure): { vi: string; en: string } | undefined {
  if (measure === 'flag') {
    return value === true && op === '='
      ? undefined
      : { vi: 'true với so sánh = (chỉ tiêu đạt/không đạt)', en: 'true with op = (a flag indicator)' };
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return { vi: 'một số hữu hạn không âm', en: 'a non-negative finite number' };
  }
  if (measure === 'percent' && value > 100) return { vi: 'một tỷ lệ phần trăm từ 0 đến 100', en: 'a percent from 0 to 100' };
  if (measure === 'count' && !Number.isInteger(value)) return { vi: 'một số nguyên không âm', en: 'a non-negative whole number' };
  return undefined;
}

/** "≥ 95", "= true": a comparison and value as the issues quote them. */
function describe(op: Comparison, value: number | boolean | null): string {
  return `${op === '>=' ? '≥' : op === '<=' ? '≤' : '='} ${String(value)}`;
}
