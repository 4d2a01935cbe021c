// The authoring form of a criteria set: a decree's annex written as a table, one row per
// indicator with its cells in the order the decree prints its columns. It compiles to the
// ordinary `CriteriaSet`, so the engine never knows how a set was written.
import { columnIdsOf, type ColumnId, type ColumnKind, type ColumnRule } from './column.js';
import type { Condition } from './condition.js';
import { defineCriteriaSet, type CriteriaSet, type CriteriaSetOf, type InputName } from './criteria-set.js';
import type { Criterion } from './criterion.js';
import type { Indicator } from './indicator.js';
import type { Level } from './level.js';
import type { Source } from './legal-basis.js';
import type { Comparison, Target, TargetCandidate } from './target.js';
import type { LocalizedText } from './text.js';
import type { VerificationStatus } from './verification.js';

/**
 * What a cell may say besides its value, status and sources (the row gives the comparison).
 * @example
 * const extra: CellExtra<'S01'> = { when: { fact: 'schoolCount', op: '>', value: 3 }, note: { vi: 'Xã có trên 3 trường.', en: 'A commune with more than 3 schools.' } };
 */
export type CellExtra<S extends string = string> = Omit<Target, 'status' | 'value' | 'op' | 'sources' | 'candidates'> & {
  readonly candidates?: readonly (Omit<TargetCandidate, 'sources'> & { readonly sources: readonly S[] })[];
};

/**
 * One cell of a table row: a target without its comparison.
 * @example
 * const cell: TableCell<'S_MT'> = verified(95, ['S_MT']);
 */
export type TableCell<S extends string = string> = CellExtra<S> & {
  readonly status: VerificationStatus;
  readonly value: number | boolean | null;
  readonly sources: readonly S[];
};

/**
 * What a column holds: one cell, or the cases of a cell chosen by year or by a fact (`cases`).
 * @example
 * const slot: TableSlot = cases(verified(70, [], { when: { fact: 'schoolCount', op: '>', value: 3 } }), verified(50, []));
 */
export type TableSlot<S extends string = string> = TableCell<S> | CasesCell<S>;

/**
 * The cases of a cell (what `cases(…)` returns): kept apart from a row's tuple of columns, so
 * that a list of cases is never mistaken for a list of columns.
 * @example
 * const slot: CasesCell = cases(verified(45, [], { years: { to: 2021 } }), unverified('not-found', [], { years: { from: 2022 } }));
 */
export interface CasesCell<S extends string = string> {
  readonly cases: readonly TableCell<S>[];
}

/**
 * A value seen in a public text: the only kind of cell the engine uses as a target.
 * @example
 * verified(95, ['S_MT']); // { status: 'verified', value: 95, sources: ['S_MT'] }
 */
// @__NO_SIDE_EFFECTS__
export function verified<const S extends string>(value: number | boolean, sources: readonly S[], extra?: CellExtra<S>): TableCell<S> {
  return { status: 'verified', value, sources, ...extra };
}

/**
 * A cell whose value is not verified: its status says what is known, `candidates` and `note`
 * keep the values seen (never used as targets).
 * @example
 * unverified('provincial', ['SC_TAMDAO'], { candidates: [{ value: 65, province: 'Vĩnh Phúc', sources: ['SC_TAMDAO'] }] });
 */
// @__NO_SIDE_EFFECTS__
export function unverified<const S extends string>(
  status: Exclude<VerificationStatus, 'verified'>,
  sources: readonly S[],
  extra?: CellExtra<S>,
): TableCell<S> {
  return { status, value: null, sources, ...extra };
}

/**
 * A cell that depends on the year or on a fact of the unit: the first case whose `years` and
 * `when` match is used.
 * @example
 * cases(verified(70, ['E1'], { when: { fact: 'schoolCount', op: '>', value: 3 } }), verified(50, ['E1'], { when: { fact: 'schoolCount', op: '<=', value: 3 } }));
 */
// @__NO_SIDE_EFFECTS__
export function cases<const S extends string>(...slots: readonly TableCell<S>[]): CasesCell<S> {
  return { cases: slots };
}

/**
 * `N` copies of `T` as a tuple type.
 * @example
 * const three: Repeat<number, 3> = [1, 2, 3];
 */
export type Repeat<T, N extends number, Acc extends readonly T[] = []> = Acc['length'] extends N ? Acc : Repeat<T, N, readonly [...Acc, T]>;

/**
 * The number of columns of each kind of table, in the decree's order (`columnIdsOf`).
 * @example
 * const n: ColumnCount['regions'] = 7;
 */
export type ColumnCount = { readonly regions: 7; readonly groups: 3; readonly single: 1 };

/**
 * The cells of one row: a tuple in the decree's column order (7 regions, 3 commune groups),
 * where `null` marks a column in which the indicator does not exist; or `same(cell)` for one
 * cell stated once for every column (`all`); or `each(cell)`, the same cell copied into every
 * column. A single-column table takes one cell.
 * @example
 * const cells: RowCells<'groups'> = [verified(90, []), verified(85, []), unverified('not-found', [])];
 */
export type RowCells<K extends ColumnKind, S extends string = string> =
  | (K extends 'single' ? TableSlot<S> : Repeat<TableSlot<S> | null, ColumnCount[K]>)
  | SameCell<S>
  | EachCell<S>;

/**
 * One cell that holds for every column (compiled to the `all` key).
 * @example
 * const cells = same(verified(true, ['S_QH']));
 */
export interface SameCell<S extends string = string> {
  readonly same: TableSlot<S>;
}

/**
 * One cell repeated in every column (compiled to one key per column).
 * @example
 * const cells = each(verified(100, ['S_CSVH']));
 */
export interface EachCell<S extends string = string> {
  readonly each: TableSlot<S>;
}

/**
 * The same cell for every column, stated once (the decree prints one value).
 * @example
 * const { row } = tableForm('regions');
 * row({ code: '1.1', measure: 'flag', op: '=', textStatus: 'verified', text: { vi: '…', en: '…' } }, same(verified(true, ['S_QH'])));
 */
// @__NO_SIDE_EFFECTS__
export function same<S extends string>(slot: TableSlot<S>): SameCell<S> {
  return { same: slot };
}

/**
 * The same cell printed in every column of the decree (kept per column).
 * @example
 * const { row } = tableForm('regions');
 * row({ code: '6.1', measure: 'percent', op: '>=', textStatus: 'verified', text: { vi: '…', en: '…' } }, each(verified(100, ['S_CSVH'])));
 */
// @__NO_SIDE_EFFECTS__
export function each<S extends string>(slot: TableSlot<S>): EachCell<S> {
  return { each: slot };
}

/**
 * The left-hand part of a row: an indicator without its targets and with one comparison.
 * @example
 * const head: RowHead<'1.1'> = { code: '1.1', measure: 'flag', op: '=', textStatus: 'verified', text: { vi: 'Có quy hoạch', en: 'Has a plan' } };
 */
export type RowHead<C extends string> = Omit<Indicator, 'code' | 'targets' | 'columns'> & {
  readonly code: C;
  readonly op: Comparison;
};

/**
 * An indicator whose code TypeScript knows.
 * @example
 * const { row } = tableForm('single');
 * const i: IndicatorOf<'1.1'> = row({ code: '1.1', measure: 'flag', op: '=', textStatus: 'verified', text: { vi: '…', en: '…' } }, verified(true, []));
 */
export type IndicatorOf<C extends string> = Indicator & { readonly code: C };

/**
 * A criterion whose indicator codes (and id) TypeScript knows.
 * @example
 * const { row, criterion } = tableForm('single');
 * const i = row({ code: '1.1', measure: 'flag', op: '=', textStatus: 'verified', text: { vi: '…', en: '…' } }, verified(true, []));
 * const c: CriterionOf<'1.1', '1'> = criterion({ id: '1', number: 1, name: { vi: 'Quy hoạch', en: 'Planning' }, status: 'verified', sources: [] }, [i]);
 */
export type CriterionOf<C extends string, Id extends string = string> = Omit<Criterion, 'indicators'> & {
  readonly id: Id;
  readonly indicators: readonly IndicatorOf<C>[];
};

/**
 * A criterion as written in a table: its row of the annex, without the indicators.
 * @example
 * const head: CriterionHead<'S01'> = { id: '1', number: 1, name: { vi: 'Quy hoạch', en: 'Planning' }, status: 'verified', sources: ['S01'] };
 */
export type CriterionHead<S extends string> = Omit<Criterion, 'indicators' | 'sources'> & { readonly sources: readonly S[] };

/**
 * A set as written in a table file: no `columns` (the table's kind); rows and criteria cite
 * source ids, and `sources` holds the sources themselves, each imported by name from the source
 * list, so that a set's module carries only the sources it cites.
 * @example
 * const S01 = { url: 'https://example.org/1', what: 'Decision 1/QĐ-UBND' };
 * const cited: SetHead<'S01'>['sources'] = { S01 };
 */
export type SetHead<S extends string> = Omit<
  CriteriaSet,
  'columns' | 'criteria' | 'sources' | 'columnRules' | 'conditions' | 'facts' | 'references'
> & {
  readonly columnRules: readonly (ColumnRule & { readonly sources: readonly S[] })[];
  readonly conditions: readonly (Condition & { readonly sources: readonly S[] })[];
  /** Every source the set cites, by id. */
  readonly sources: { readonly [id in S]?: Source };
  /** The facts the set's rules read, by name (`set` keeps the names as literal types). */
  readonly facts?: { readonly [name: string]: InputName };
  /** The reference values of relative targets, by name. */
  readonly references?: { readonly [name: string]: InputName };
};

/**
 * The helpers to write one kind of table, bound to the ids of a source list so that a misspelt
 * source id does not compile.
 * @example
 * const { row, criterion, set } = tableForm<'single', 'S1'>('single');
 */
export interface TableForm<K extends ColumnKind, S extends string> {
  /** One indicator: its head and its cells in the decree's column order. */
  row<const C extends string>(head: RowHead<C>, cells: RowCells<K, S>): IndicatorOf<C>;
  /** One criterion and its rows. */
  criterion<const C extends string = never, const Id extends string = string>(
    head: CriterionHead<S> & { readonly id: Id },
    rows: readonly IndicatorOf<C>[],
  ): CriterionOf<C, Id>;
  /** Criteria of one group (nhóm) of the annex: each gets the group's name. */
  group<const C extends string = never, const Id extends string = never>(
    name: LocalizedText,
    criteria: readonly CriterionOf<C, Id>[],
  ): readonly CriterionOf<C, Id>[];
  /** The set: its head and its criteria; `columns` is the table's kind. Codes, criterion ids, fact and reference names keep their literal types. */
  set<
    const C extends string,
    const Id extends string,
    const L extends Level,
    const Fact extends string = never,
    const Reference extends string = never,
    const Criterion extends string = never,
  >(
    head: Omit<SetHead<S>, 'facts' | 'references'> & {
      readonly id: Id;
      readonly level: L;
      readonly criteria: readonly CriterionOf<C, Criterion>[];
      readonly facts?: { readonly [K in Fact]: InputName };
      readonly references?: { readonly [K in Reference]: InputName };
    },
  ): CriteriaSetOf<C, Id, L, Fact, Reference, Criterion>;
}

/**
 * The authoring helpers for one kind of table (`regions`, `groups`, `single`), bound to the
 * ids `S` of a source list: `row` takes exactly as many cells as the decree has columns, cells
 * and criteria cite ids of `S`, and `set` takes the sources it cites. Why no source list at run
 * time: a set's module then bundles only the sources it imports.
 * @example
 * const S1 = { url: 'https://example.org/1', what: 'Province X, Decision 1/QĐ-UBND' };
 * const { row, criterion, set } = tableForm<'single', 'S1'>('single');
 * const village = set({
 *   id: 'demo', family: 'demo', version: '1/QĐ-UBND', level: 'village-model',
 *   title: { vi: 'Thôn kiểu mẫu', en: 'Model village' }, period: { from: null, to: null },
 *   legalBasis: [{ document: '1/QĐ-UBND', role: 'base', title: { vi: 'Quyết định 1', en: 'Decision 1' }, signed: null, inForce: null }],
 *   columnRules: [], conditions: [], sources: { S1 },
 *   criteria: [criterion({ id: '1', number: 1, name: { vi: 'Thu nhập', en: 'Income' }, status: 'verified', sources: ['S1'] }, [
 *     row({ code: '1', measure: 'amount', op: '>=', textStatus: 'verified', text: { vi: 'Thu nhập', en: 'Income' } }, verified(60, ['S1'])),
 *   ])],
 * });
 */
// @__NO_SIDE_EFFECTS__
export function tableForm<K extends ColumnKind, S extends string = string>(kind: K): TableForm<K, S> {
  const columnIds = columnIdsOf(kind);
  return {
    row(head, cells) {
      const { op, ...rest } = head;
      const targets: Partial<Record<ColumnId, Target | readonly Target[]>> = {};
      let columns: ColumnId[] | undefined;
      if (isSame(cells)) targets.all = compileSlot(cells.same, op);
      else if (isEach(cells)) for (const id of columnIds) targets[id] = compileSlot(cells.each, op);
      else if (kind === 'single') targets.all = compileSlot(cells as TableSlot<S>, op);
      else {
        const tuple = cells as readonly (TableSlot<S> | null)[];
        tuple.forEach((slot, i) => {
          if (slot !== null) targets[columnIds[i]!] = compileSlot(slot, op);
        });
        if (tuple.includes(null)) columns = columnIds.filter((_, i) => tuple[i] !== null);
      }
      const { note, ref, appliesWhen, unit, ...text } = rest;
      return {
        ...text,
        ...(unit ? { unit } : {}),
        targets,
        ...(columns ? { columns } : {}),
        ...(appliesWhen ? { appliesWhen } : {}),
        ...(ref ? { ref } : {}),
        ...(note !== undefined ? { note } : {}),
      } as IndicatorOf<never>;
    },
    criterion(head, rows) {
      const { incompleteIndicators, ...rest } = head;
      return { ...rest, indicators: rows, ...(incompleteIndicators ? { incompleteIndicators } : {}) };
    },
    group(name, criteria) {
      return criteria.map(({ id, number, name: n, ...rest }) => ({ id, number, name: n, group: name, ...rest }));
    },
    set(head) {
      const { sources: cited, criteria, columnRules, ...rest } = head;
      const picked: Record<string, Source> = { ...(cited as Record<string, Source>) };
      const { conditions, facts, references, notes, province, scope, years, communeCategories, ...top } = rest;
      return defineCriteriaSet({
        ...top,
        ...(scope !== undefined ? { scope } : {}),
        ...(years ? { years } : {}),
        ...(province !== undefined ? { province } : {}),
        columns: kind,
        columnRules,
        ...(communeCategories ? { communeCategories } : {}),
        criteria,
        conditions,
        ...(facts ? { facts } : {}),
        ...(references ? { references } : {}),
        sources: picked,
        ...(notes ? { notes } : {}),
      } as CriteriaSet) as never;
    },
  };
}

function isSame<S extends string>(cells: unknown): cells is SameCell<S> {
  return typeof cells === 'object' && cells !== null && 'same' in cells;
}

function isEach<S extends string>(cells: unknown): cells is EachCell<S> {
  return typeof cells === 'object' && cells !== null && 'each' in cells;
}

function compileSlot(slot: TableSlot, op: Comparison): Target | readonly Target[] {
  return 'cases' in slot ? slot.cases.map((c) => compileCell(c, op)) : compileCell(slot, op);
}

function compileCell(cell: TableCell, op: Comparison): Target {
  const { status, value, sources, ...extra } = cell;
  return { status, value, op, sources, ...extra } as Target;
}
