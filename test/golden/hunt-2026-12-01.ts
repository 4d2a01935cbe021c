// What ../shared/reference/hunt-2026-12-01.md changes in the reference, as the rules apply it
// (issue 13): the golden files are generated from criteria.json, which that reading has not yet
// been merged into, so the applied rows are stated here once and laid over them. Each entry
// names its hunt row.
import type { Golden } from './golden.js';

type Cell = Golden['cells'][number];

/** The reference's cells of one indicator replaced, or a new indicator added to a criterion. */
interface Change {
  readonly row: string;
  readonly code: string;
  /** For a new indicator: the number of the criterion it is added to (after its last code). */
  readonly addTo?: number;
  readonly cells: readonly (readonly [column: string, status: string, value: number | boolean | null, op: string])[];
}

const REGIONS = [
  'northern-midlands-mountains',
  'red-river-delta',
  'north-central',
  'south-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
] as const;

/** The reference's cells of `code` with the given columns changed. */
const changed = (golden: Golden, code: string, edits: Readonly<Record<string, readonly [string, number | boolean | null]>>) =>
  golden.cells
    .filter((c) => c[0] === code)
    .map(([, column, status, value, op]) => {
      const [newStatus, newValue] = edits[column] ?? [status, value];
      return [column, newStatus, newValue, op] as const;
    });

/** The hunt rows the rules apply, by reference key. */
function changes(key: string, golden: Golden): readonly Change[] {
  const notFoundEverywhere = REGIONS.map((r) => [r, 'not-found', null, '>='] as const);
  switch (key) {
    case 'commune-2016-2020':
      return [{ row: 'P4', code: '16', cells: changed(golden, '16', { 'south-central-coast': ['provincial', null] }) }];
    case 'commune-2021-2025':
      return [
        { row: 'V4', code: '2.1', cells: changed(golden, '2.1', { southeast: ['provincial', null] }) },
        { row: 'V5', code: '2.2', cells: changed(golden, '2.2', { 'northern-midlands-mountains': ['provincial', null] }) },
        { row: 'V6', code: '2.3', cells: changed(golden, '2.3', { 'northern-midlands-mountains': ['provincial', null] }) },
        { row: 'V7', code: '2.4', cells: changed(golden, '2.4', { 'northern-midlands-mountains': ['provincial', null] }) },
        {
          row: 'V8, V9',
          code: '10',
          cells: changed(golden, '10', { 'northern-midlands-mountains': ['provincial', null], southeast: ['provincial', null] }),
        },
        { row: 'V10', code: '17.2', cells: changed(golden, '17.2', { southeast: ['provincial', null] }) },
      ];
    case 'commune-advanced-2021-2025':
      return [
        { row: 'P1', code: '10', cells: changed(golden, '10', { 'red-river-delta': ['provincial', null] }) },
        { row: 'V3', code: '17.x', cells: [['all', 'verified', 55, '>=']] },
        { row: 'P3', code: '14.x2', addTo: 14, cells: notFoundEverywhere },
        { row: 'P3', code: '14.x3', addTo: 14, cells: notFoundEverywhere },
        { row: 'P3', code: '14.x4', addTo: 14, cells: notFoundEverywhere },
      ];
    default:
      return [];
  }
}

/**
 * The reference of a set with the applied hunt rows laid over it.
 * @example
 * withHunt('commune-advanced-2021-2025', golden).cells.find((c) => c[0] === '17.x'); // ['17.x', 'all', 'verified', 55, '>=']
 */
export function withHunt(key: string, golden: Golden): Golden {
  let { criteria, cells } = golden;
  for (const change of changes(key, golden)) {
    if (change.addTo !== undefined) {
      criteria = criteria.map((c) => (c.number === change.addTo ? { ...c, codes: [...c.codes, change.code] } : c));
    }
    const at = cells.findIndex((c) => c[0] === change.code);
    const replacement: Cell[] = change.cells.map(([column, status, value, op]) => [change.code, column, status, value, op]);
    const rest = cells.filter((c) => c[0] !== change.code);
    cells = at < 0 ? [...rest, ...replacement] : [...rest.slice(0, at), ...replacement, ...rest.slice(at)];
  }
  return { ...golden, criteria, cells };
}
