// The cross-field rules of a criteria set, which its zod schema cannot state one field at a
// time: what a set cites exists, what it names is unique, and every column has its cell.
import { columnIdsOf, type ColumnId } from './column.js';
import type { CriteriaSet } from './criteria-set.js';
import { cellFor, casesOf } from './cell.js';
import type { LocalizedText } from './text.js';
import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * The kinds of fault `checkCriteriaSet` reports.
 * @example
 * CRITERIA_SET_ISSUE_CODES.includes('unknown-source'); // true
 */
export const CRITERIA_SET_ISSUE_CODES = /* @__PURE__ */ deepFreeze([
  'unknown-source',
  'duplicate-code',
  'duplicate-id',
  'missing-cell',
  'unknown-column',
  'unknown-document',
  'unknown-reference',
  'undeclared-fact',
  'unknown-category',
  'value-status',
  'note-language',
] as const);

/**
 * One kind of fault in a criteria set.
 * @example
 * const code: CriteriaSetIssueCode = 'missing-cell';
 */
export type CriteriaSetIssueCode = (typeof CRITERIA_SET_ISSUE_CODES)[number];

/**
 * A fault in a criteria set: where it is (`path` into the set), what was expected and what the
 * set holds, and a Vietnamese and English message (render it with `formatMessage`). The same
 * shape as an input issue.
 * @example
 * const issue: CriteriaSetIssue = {
 *   code: 'unknown-source', path: ['criteria', 0, 'sources', 0], expected: 'a key of set.sources', received: 'S99',
 *   message: { vi: 'Nguồn "S99" không có trong danh sách nguồn của bộ.', en: 'Source "S99" is not in the set\'s sources.' },
 * };
 */
export interface CriteriaSetIssue {
  readonly code: CriteriaSetIssueCode;
  readonly path: readonly (string | number)[];
  readonly expected: string;
  readonly received: string;
  readonly message: LocalizedText;
}

type Path = readonly (string | number)[];

/**
 * Checks what a set's schema cannot: every cited source is in `set.sources`; indicator codes,
 * criterion, condition and column-rule ids are unique; every indicator has a cell in every
 * column where it applies, and none in a column the set does not have; every `amendedBy` and
 * every `ref.document` names a document of the legal basis; every `relativeTo` names a declared
 * reference value and every fact a cell, an indicator or a condition tests is declared in
 * `set.facts`; every category a column rule selects is defined; only a verified target has a
 * value; every note (`note` of an indicator, target, candidate or condition, each of `notes`)
 * is a text with both `vi` and `en`. Returns `[]` for a sound set. It does not parse: run `criteriaSetSchema().safeParse` (the zod
 * schema) first on data of unknown shape.
 * @example
 * checkCriteriaSet(commune318); // []
 * const bad = { ...commune318, sources: {} };
 * checkCriteriaSet(bad)[0]!.code; // 'unknown-source'
 * formatMessage(checkCriteriaSet(bad)[0]!, 'en'); // 'Source "S01" is cited at columnRules.0.sources.0 but is not in the set\'s sources.'
 */
export function checkCriteriaSet(set: CriteriaSet): CriteriaSetIssue[] {
  const issues: CriteriaSetIssue[] = [];
  const add = (code: CriteriaSetIssueCode, path: Path, expected: string, received: string, vi: string, en: string) =>
    issues.push({ code, path, expected, received, message: { vi, en } });
  const where = (path: Path) => path.join('.');

  // Every cited source exists.
  const sourceIds = Object.keys(set.sources);
  const visit = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(v)) {
          v.forEach((id: unknown, i) => {
            if (typeof id !== 'string' || !sourceIds.includes(id)) {
              const p = [...path, key, i];
              add(
                'unknown-source',
                p,
                'a key of set.sources',
                String(id),
                `Nguồn "${String(id)}" được dẫn tại ${where(p)} nhưng không có trong danh sách nguồn của bộ.`,
                `Source "${String(id)}" is cited at ${where(p)} but is not in the set's sources.`,
              );
            }
          });
        } else visit(v, [...path, key]);
      }
    }
  };
  const { sources: _sources, ...cited } = set;
  visit(cited, []);

  // Every note is a text in both languages (a set built in code, not parsed, may hold a bare string).
  const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  const checkNote = (note: unknown, path: Path) => {
    const text = (note ?? {}) as Record<string, unknown>;
    const missing =
      typeof note !== 'object' || note === null ? ['vi', 'en'] : (['vi', 'en'] as const).filter((lang) => !nonEmpty(text[lang]));
    if (missing.length > 0) {
      add(
        'note-language',
        path,
        '{ vi, en }, both non-empty',
        typeof note === 'string' ? JSON.stringify(note) : `missing ${missing.join(', ')}`,
        `Ghi chú tại ${where(path)} phải có cả tiếng Việt và tiếng Anh ({ vi, en }); thiếu: ${missing.join(', ')}.`,
        `The note at ${where(path)} must be given in Vietnamese and English ({ vi, en }); missing: ${missing.join(', ')}.`,
      );
    }
  };
  const visitNotes = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visitNotes(v, [...path, i]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'note' && v !== undefined) checkNote(v, [...path, key]);
        else if (key === 'notes' && Array.isArray(v) && path.length === 0) {
          for (const [i, n] of v.entries()) checkNote(n, [key, i]);
        } else visitNotes(v, [...path, key]);
      }
    }
  };
  visitNotes(cited, []);

  // Unique codes and ids.
  const unique = (code: CriteriaSetIssueCode, what: { vi: string; en: string }, items: readonly (readonly [string, Path])[]) => {
    const seen = new Set<string>();
    for (const [id, path] of items) {
      if (seen.has(id)) {
        add(
          code,
          path,
          `a ${what.en} not used before in the set`,
          id,
          `${what.vi} "${id}" xuất hiện hai lần (lần sau tại ${where(path)}).`,
          `The ${what.en} "${id}" appears twice (again at ${where(path)}).`,
        );
      }
      seen.add(id);
    }
  };
  unique(
    'duplicate-code',
    { vi: 'Mã chỉ tiêu', en: 'indicator code' },
    set.criteria.flatMap((c, ci) => c.indicators.map((i, ii) => [i.code, ['criteria', ci, 'indicators', ii, 'code']] as const)),
  );
  unique(
    'duplicate-id',
    { vi: 'Mã tiêu chí', en: 'criterion id' },
    set.criteria.map((c, ci) => [c.id, ['criteria', ci, 'id']] as const),
  );
  unique(
    'duplicate-id',
    { vi: 'Mã điều kiện', en: 'condition id' },
    set.conditions.map((c, i) => [c.id, ['conditions', i, 'id']] as const),
  );
  unique(
    'duplicate-id',
    { vi: 'Mã quy tắc cột', en: 'column rule id' },
    set.columnRules.map((r, i) => [r.id, ['columnRules', i, 'id']] as const),
  );

  // Cells: one in every applicable column, none outside the set's columns; what they name exists.
  const columns = columnIdsOf(set.columns);
  const allowed = new Set<string>(['all', ...columns]);
  const amending = set.legalBasis.filter((d) => d.role === 'amendment').map((d) => d.document);
  const documents = set.legalBasis.map((d) => d.document);
  const facts = Object.keys(set.facts ?? {});
  const references = Object.keys(set.references ?? {});
  const needFact = (fact: string, path: Path) => {
    if (!facts.includes(fact)) {
      add(
        'undeclared-fact',
        path,
        'a key of set.facts',
        fact,
        `Dữ kiện "${fact}" được dùng tại ${where(path)} nhưng không được khai báo trong set.facts.`,
        `The fact "${fact}" is used at ${where(path)} but not declared in set.facts.`,
      );
    }
  };
  const needDocument = (document: string, path: Path, list: readonly string[], role: { vi: string; en: string }) => {
    if (!list.includes(document)) {
      add(
        'unknown-document',
        path,
        `${role.en} of set.legalBasis`,
        document,
        `Văn bản "${document}" được nêu tại ${where(path)} nhưng không phải ${role.vi} trong căn cứ pháp lý của bộ.`,
        `The document "${document}" named at ${where(path)} is not ${role.en} of the set's legal basis.`,
      );
    }
  };
  const anyDocument = { vi: 'một văn bản', en: 'a document' };
  set.criteria.forEach((criterion, ci) =>
    criterion.indicators.forEach((indicator, ii) => {
      const at: Path = ['criteria', ci, 'indicators', ii];
      if (indicator.appliesWhen) needFact(indicator.appliesWhen.fact, [...at, 'appliesWhen', 'fact']);
      if (indicator.ref) needDocument(indicator.ref.document, [...at, 'ref', 'document'], documents, anyDocument);
      for (const column of indicator.columns ?? []) {
        if (!allowed.has(column)) unknownColumn(column, [...at, 'columns']);
      }
      for (const column of indicator.columns ?? columns) {
        if (casesOf(cellFor(indicator, column as ColumnId)).length === 0) {
          add(
            'missing-cell',
            [...at, 'targets', column],
            'a target or an explicit unknown',
            'nothing',
            `Chỉ tiêu ${indicator.code} không có ô cho cột "${column}" (cần một giá trị hoặc một ô chưa biết ghi rõ).`,
            `Indicator ${indicator.code} has no cell for column "${column}" (a target or an explicit unknown is needed).`,
          );
        }
      }
      for (const [column, cell] of Object.entries(indicator.targets)) {
        if (!allowed.has(column)) unknownColumn(column, [...at, 'targets', column]);
        casesOf(cell).forEach((target, k) => {
          const tp: Path = Array.isArray(cell) ? [...at, 'targets', column, k] : [...at, 'targets', column];
          // A provincial value (a province's table, applyTable) carries a value only in that province's set.
          const mayCarry = target.status === 'verified' || (target.status === 'provincial' && set.province !== undefined);
          if (target.value !== null ? !mayCarry : target.status === 'verified') {
            add(
              'value-status',
              [...tp, 'value'],
              target.status === 'verified' ? 'a value' : 'null',
              String(target.value),
              `Chỉ ô đã kiểm chứng mới có giá trị; ô tại ${where(tp)} có trạng thái "${target.status}" và giá trị ${String(target.value)}.`,
              `Only a verified cell carries a value; the cell at ${where(tp)} has status "${target.status}" and value ${String(target.value)}.`,
            );
          }
          if (target.amendedBy)
            needDocument(target.amendedBy, [...tp, 'amendedBy'], amending, { vi: 'văn bản sửa đổi', en: 'an amendment' });
          if (target.ref) needDocument(target.ref.document, [...tp, 'ref', 'document'], documents, anyDocument);
          if (target.when) needFact(target.when.fact, [...tp, 'when', 'fact']);
          if (target.relativeTo && !references.includes(target.relativeTo)) {
            const p = [...tp, 'relativeTo'];
            add(
              'unknown-reference',
              p,
              'a key of set.references',
              target.relativeTo,
              `Chỉ tiêu tương đối tại ${where(p)} dựa vào "${target.relativeTo}", không được khai báo trong set.references.`,
              `The relative target at ${where(p)} refers to "${target.relativeTo}", which set.references does not declare.`,
            );
          }
        });
      }
    }),
  );
  function unknownColumn(column: string, path: Path) {
    add(
      'unknown-column',
      path,
      `one of ${[...allowed].join(', ')}`,
      column,
      `Cột "${column}" không thuộc bộ này (bộ dùng các cột: ${[...allowed].join(', ')}).`,
      `Column "${column}" is not a column of this set (it has: ${[...allowed].join(', ')}).`,
    );
  }

  // Column rules and conditions.
  const categories = (set.communeCategories ?? []).map((c) => c.id);
  set.columnRules.forEach((rule, i) => {
    if (rule.amendedBy)
      needDocument(rule.amendedBy, ['columnRules', i, 'amendedBy'], amending, { vi: 'văn bản sửa đổi', en: 'an amendment' });
    rule.select?.categories.forEach((category, k) => {
      if (!categories.includes(category)) {
        const p = ['columnRules', i, 'select', 'categories', k];
        add(
          'unknown-category',
          p,
          'an id of set.communeCategories',
          category,
          `Quy tắc cột tại ${where(p)} chọn nhóm xã "${category}", không được định nghĩa trong set.communeCategories.`,
          `The column rule at ${where(p)} selects the commune category "${category}", which set.communeCategories does not define.`,
        );
      }
    });
  });
  set.conditions.forEach((condition, i) => {
    if (condition.check.kind === 'fact') needFact(condition.check.fact, ['conditions', i, 'check', 'fact']);
  });
  return issues;
}
