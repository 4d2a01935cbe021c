import { isRefusal, readOwn, readOwnList } from '../_lib/read-own.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { Level } from '../model/level.js';
import { applyTable } from './apply-table.js';
import type { TableDocument } from './format.js';
import { tableIssue, withinTable, type TableIssue } from './issue.js';

/**
 * What became of one table given to `applyTables` (or to an aggregate's `tables`): which
 * table, which document, the set it completes and the set it gave. An inspector reads here
 * that a province's table, not only the national decree, decided the verdicts.
 * @example
 * const { applied } = applyTables([province51, commune51], [testOnlyTable]);
 * applied[0]; // { path: ['tables', 0], id: 'test-only-ha-noi-poverty', base: 'commune-2026-2030', status: 'applied', setId: 'test-only-ha-noi-poverty', level: 'commune', document: { number: 'TEST-ONLY/2026', … } }
 */
export interface AppliedTable {
  /** Where the table is in the input (`['tables', 0]`). */
  readonly path: readonly (string | number)[];
  /** The table's id (`null` when it has none that can be read). */
  readonly id: string | null;
  /** The id of the set it completes (`null` when it names none). */
  readonly base: string | null;
  /** The province's decision the table carries (number, date signed, issuer). */
  readonly document: Pick<TableDocument, 'number' | 'signed' | 'issuer'> | null;
  /** The level of the set it completes (`null` when that set is none of those given). */
  readonly level: Level | null;
  /**
   * `applied`: the derived set replaces its base; `refused`: the base is used as it is, and
   * the issues say why (the table's own problems, a base none of the sets has, two tables for one set).
   */
  readonly status: 'applied' | 'refused';
  /** The derived set's id (`null` when refused). */
  readonly setId: string | null;
}

/**
 * What `applyTables` gives: the sets to evaluate under (each given set, or the set its table
 * derives, in the order given), what became of each table, and every table issue (paths from
 * `tables`, messages naming the table).
 * @example
 * const { sets, issues } = applyTables([province51, commune51], [testOnlyTable]);
 * gapPlan(result, { sets }); // the plan reads the derived sets the verdicts were judged under
 */
export interface TablesApplication {
  readonly sets: readonly CriteriaSet[];
  readonly applied: readonly AppliedTable[];
  readonly issues: readonly TableIssue[];
}

const text = (record: Readonly<Record<string, unknown>>, key: string): string | null => {
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  return typeof value === 'string' ? value : null;
};

/** A set's id, or `undefined` for anything that is not a set. */
function idOf(set: unknown): unknown {
  try {
    return typeof set === 'object' && set !== null ? (set as { id?: unknown }).id : undefined;
  } catch {
    return undefined; // a Proxy or getter that throws: no set this table can complete
  }
}

/**
 * Applies several provincial tables to several sets at once, each table to the set it names
 * as its `base`: what an aggregate does with its `tables` (the district's or province's own
 * set and the sets of its units). A table that `applyTable` refuses leaves its base as it is;
 * a table whose base is none of the sets, or a second table for the same set (then neither is
 * applied), is an issue. Never throws, whatever the tables are.
 * @example
 * // TEST-ONLY table, not the law of any province.
 * const { sets, applied, issues } = applyTables([province51, commune51], [testOnlyTable]);
 * sets[1]!.id;        // 'test-only-ha-noi-poverty' (the derived commune set)
 * applied[0]!.status; // 'applied'
 * issues;             // []
 */
export function applyTables(
  sets: readonly CriteriaSet[],
  tables: unknown,
  at: readonly (string | number)[] = ['tables'],
): TablesApplication {
  const out = [...sets];
  const applied: AppliedTable[] = [];
  const issues: TableIssue[] = [];
  if (tables === undefined) return { sets: out, applied, issues };
  const list = readOwnList(tables);
  if (isRefusal(list)) {
    issues.push(
      tableIssue('invalid-table', { path: at }, { vi: 'một danh sách bảng tiêu chí', en: 'an array of criteria tables' }, list.received),
    );
    return { sets: out, applied, issues };
  }
  // First pass: which set each table completes, so that two tables for one set refuse both.
  const read = list.map((raw, index) => {
    const path = [...at, index];
    const record = readOwn(raw);
    if (isRefusal(record)) return { raw, path, id: null, base: null, document: null, target: -1, refusal: record.received };
    const base = text(record, 'base');
    const doc = readOwn(Object.hasOwn(record, 'document') ? record.document : undefined);
    const document = isRefusal(doc)
      ? null
      : { number: text(doc, 'number') ?? '', signed: text(doc, 'signed'), issuer: text(doc, 'issuer') ?? '' };
    return {
      raw,
      path,
      id: text(record, 'id'),
      base,
      document,
      target: base === null ? -1 : sets.findIndex((s) => idOf(s) === base),
      refusal: undefined,
    };
  });
  const first = new Map<number, number>();
  for (const [index, t] of read.entries()) if (t.target >= 0 && !first.has(t.target)) first.set(t.target, index);

  for (const [index, t] of read.entries()) {
    const record = (status: AppliedTable['status'], setId: string | null): AppliedTable => ({
      path: t.path,
      id: t.id,
      base: t.base,
      document: t.document,
      level: t.target >= 0 ? sets[t.target]!.level : null,
      status,
      setId,
    });
    const refuse = (...found: TableIssue[]) => {
      for (const i of found) issues.push(withinTable(i, t.path, t.id ?? undefined));
      applied.push(record('refused', null));
    };
    if (t.refusal !== undefined) {
      refuse(tableIssue('invalid-table', { path: [] }, { vi: 'một bảng tiêu chí', en: 'a criteria table' }, t.refusal));
      continue;
    }
    if (t.target < 0) {
      const ids = sets.map((s) => String(idOf(s))).join(', ');
      const none = { vi: `không bộ nào trong: ${ids}`, en: `none of ${ids}` };
      refuse(tableIssue('base-mismatch', { path: ['base'] }, none, t.base ?? '—'));
      continue;
    }
    const firstIndex = first.get(t.target)!;
    const duplicated = read.some((other, j) => j !== index && other.target === t.target);
    if (duplicated) {
      // The first of them carries no issue of its own: the later ones say where it is.
      if (firstIndex === index) refuse();
      else refuse(tableIssue('duplicate-table', { path: ['base'] }, [...at, firstIndex].join('.'), sets[t.target]!.id));
      continue;
    }
    let application: ReturnType<typeof applyTable>;
    try {
      application = applyTable(sets[t.target]!, t.raw);
    } catch {
      // A getter or Proxy deep in the table that throws while it is read.
      refuse(
        tableIssue(
          'invalid-table',
          { path: [] },
          { vi: 'một bảng tiêu chí đọc được', en: 'a readable criteria table' },
          'a throwing getter or Proxy',
        ),
      );
      continue;
    }
    if (application.set === undefined) {
      refuse(...application.issues);
      continue;
    }
    out[t.target] = application.set;
    applied.push(record('applied', application.set.id));
  }
  return { sets: out, applied, issues };
}
