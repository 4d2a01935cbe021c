// The fields every TEST-ONLY set of the mutation tests shares (fixture, not law): a commune set
// of 2022–2025 under a made-up decision, no column rules, no categories. A test adds its
// columns and criteria, built of `testIndicator` rows, and evaluates a `freshSet` copy of it.
import type { CriteriaSet, Indicator } from '../../src/index.js';

const DECISION = { document: '1/QĐ-TEST', role: 'base', title: { vi: 'Thử', en: 'Test' }, signed: null, inForce: null } as const;

/** The shared fields of a test set named `id`; `annex` names the decision's annex when a test reads it. */
export function testSetHeader(id: string, annex?: string) {
  return {
    id,
    family: id,
    version: 'test',
    level: 'commune',
    title: { vi: 'Bộ tiêu chí thử nghiệm', en: 'Test set' },
    period: { from: '2022-01-01', to: '2025-12-31' },
    years: { from: 2022, to: 2025 },
    legalBasis: [annex === undefined ? DECISION : { ...DECISION, annex }],
    columnRules: [],
    communeCategories: [],
  } as const;
}

/** A TEST-ONLY indicator (fixture, not law) `code` of `measure`, its texts made from the code; `rest` gives its targets and the rest. */
export function testIndicator(
  code: string,
  measure: Indicator['measure'],
  rest: Omit<Indicator, 'code' | 'text' | 'textStatus' | 'measure'>,
): Indicator {
  return { code, text: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` }, textStatus: 'verified', measure, ...rest };
}

/** A copy of a set: a new object, so the views and results the engine keeps for it are its own (see the files' headers). */
export const freshSet = <S extends CriteriaSet>(set: S): S => ({ ...set });
