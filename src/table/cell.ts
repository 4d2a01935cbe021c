import type { LegalReference } from '../model/legal-basis.js';
import type { Target, TargetCell } from '../model/target.js';
import { localizedOf, type TableCase, type CriteriaTableCell, type TableSource } from './format.js';

/**
 * The full table form of one target: every field the library knows, so an unknown cell shows
 * its status and what is known, and `targetOfCase` gives the same target back.
 * @internal
 * @example
 * caseOf({ status: 'not-found', value: null, op: '>=', sources: [] });
 * // { value: null, op: '>=', status: 'not-found', sources: [] }
 */
export function caseOf(target: Target): TableCase {
  return {
    value: target.value,
    op: target.op,
    status: target.status,
    ...(target.ref ? { source: target.ref } : {}),
    sources: target.sources,
    ...(target.note !== undefined ? { note: target.note } : {}),
    ...(target.candidates ? { candidates: target.candidates } : {}),
    ...(target.relativeTo !== undefined ? { relativeTo: target.relativeTo } : {}),
    ...(target.when ? { when: target.when } : {}),
    ...(target.years ? { years: target.years } : {}),
    ...(target.amendedBy !== undefined ? { amendedBy: target.amendedBy } : {}),
    ...(target.replaces ? { replaces: target.replaces } : {}),
  };
}

/**
 * The table form of a set's cell: one case, or the list of its cases.
 * @internal
 * @example
 * cellOf(commune318.criteria[16]!.indicators[0]!.targets['red-river-delta']!);
 */
export function cellOf(cell: TargetCell): TableCase | readonly TableCase[] {
  return Array.isArray(cell) ? (cell as readonly Target[]).map(caseOf) : caseOf(cell as Target);
}

/**
 * The target a full case stands for (the inverse of `caseOf`), with the row's comparison
 * where the case has none and no status meaning the given default.
 * @internal
 * @example
 * targetOfCase({ value: 95, status: 'verified', sources: ['S1'] }, '>=', 'verified');
 */
export function targetOfCase(c: TableCase, rowOp: Target['op'], status: Target['status']): Target {
  return {
    status: c.status ?? status,
    value: c.value,
    op: c.op ?? rowOp,
    sources: c.sources ?? [],
    ...(c.note !== undefined ? { note: localizedOf(c.note) } : {}),
    ...(c.candidates ? { candidates: c.candidates } : {}),
    ...(c.relativeTo !== undefined ? { relativeTo: c.relativeTo } : {}),
    ...(c.when ? { when: c.when } : {}),
    ...(c.years ? { years: c.years } : {}),
    ...(c.source !== undefined ? { ref: referenceOf(c.source) } : {}),
    ...(c.amendedBy !== undefined ? { amendedBy: c.amendedBy } : {}),
    ...(c.replaces ? { replaces: c.replaces } : {}),
  } as Target;
}

/**
 * The cases of a table cell in full form (`95` → `{ value: 95 }`, `true` → `{ value: true }`).
 * @internal
 * @example
 * casesOf(95); // [{ value: 95 }]
 */
export function casesOf(cell: CriteriaTableCell): readonly TableCase[] {
  if (typeof cell === 'number' || cell === true) return [{ value: cell }];
  return Array.isArray(cell) ? (cell as readonly TableCase[]) : [cell as TableCase];
}

/**
 * A legal reference from a table's `source` (a document number alone, or a reference).
 * @internal
 * @example
 * referenceOf('12/2026/QĐ-UBND'); // { document: '12/2026/QĐ-UBND' }
 */
export function referenceOf(source: TableSource): LegalReference {
  return typeof source === 'string' ? { document: source } : source;
}

/**
 * Whether two plain JSON-like values hold the same data (key order and absent-vs-undefined
 * do not count).
 * @internal
 * @example
 * sameData({ a: 1, b: undefined }, { a: 1 }); // true
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as readonly unknown[];
    return a.length === other.length && a.every((v, i) => sameData(v, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!sameData(x[key], y[key])) return false;
  return true;
}
