// The table forms the rule files are written in, bound to the ids of the one source list (rules/sources.ts):
// a row takes exactly as many cells as its decree has columns, and a misspelt source id does
// not compile.
import { tableForm } from '../src/model/table-form.js';
import type { SourceId } from './sources.js';

export { cases, each, same, unverified, verified } from '../src/model/table-form.js';

/**
 * A table with the seven regional columns (2016–2025 commune sets), in the decree's order:
 * TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL.
 * @example
 * const { row, criterion, group, set } = regions;
 */
export const regions = /* @__PURE__ */ tableForm<'regions', SourceId>('regions');

/**
 * A table with the three commune groups of 51/2025/QĐ-TTg (Nhóm 1, 2, 3).
 * @example
 * const { row, criterion, set } = groups;
 */
export const groups = /* @__PURE__ */ tableForm<'groups', SourceId>('groups');

/**
 * A table with one column (district, town, province, model and provincial sets).
 * @example
 * const { row, criterion, set } = single;
 */
export const single = /* @__PURE__ */ tableForm<'single', SourceId>('single');
