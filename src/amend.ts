import type { ColumnId, ColumnRule, CommuneCategory } from './model/column.js';
import type { Condition } from './model/condition.js';
import type { CriteriaSet } from './model/criteria-set.js';
import type { Criterion } from './model/criterion.js';
import type { Indicator } from './model/indicator.js';
import type { LegalDocument, Source } from './model/legal-basis.js';
import type { LocalizedText } from './model/text.js';
import type { Target, TargetCell } from './model/target.js';

/**
 * A new target for one indicator and column, set by the amending decree.
 * @example
 * const change: TargetAmendment = {
 *   code: '10', column: 'red-river-delta',
 *   cell: { status: 'not-found', value: null, op: '>=', sources: [] },
 * };
 */
export interface TargetAmendment {
  readonly code: string;
  readonly column: ColumnId;
  /** The new cell; every case gets `amendedBy` (the amending decree) unless it names one. */
  readonly cell: TargetCell;
}

/**
 * What an amending decree changes in a set: a dated patch. Everything not named is kept from
 * the base version; every value the patch sets cites the amending decree (`amendedBy`).
 * @example
 * const patch: CriteriaSetPatch = {
 *   id: 'commune-2021-2025+211', version: '318/QĐ-TTg + 211/QĐ-TTg',
 *   amendment: { document: '211/QĐ-TTg', role: 'amendment', title: { vi: '…', en: '…' }, signed: '2024-03-01', inForce: null },
 *   period: { from: '2024-03-01', to: '2026-02-14' },
 *   targets: [{ code: '10', column: 'red-river-delta', cell: { status: 'not-found', value: null, op: '>=', sources: [] } }],
 * };
 */
export interface CriteriaSetPatch {
  /** Id of the amended version, e.g. `commune-2021-2025+211`. */
  readonly id: string;
  /** Label of the amended version, e.g. `318/QĐ-TTg + 211/QĐ-TTg`. */
  readonly version: string;
  /** The amending decree; it is added to `legalBasis` with role `amendment`. */
  readonly amendment: LegalDocument;
  /** Where the amended version is in force; the base version's own period is not changed. */
  readonly period: CriteriaSet['period'];
  /** Assessment years of the amended version, when they differ from the base's. */
  readonly years?: CriteriaSet['years'];
  readonly title?: LocalizedText;
  readonly columnRules?: { readonly remove?: readonly string[]; readonly add?: readonly ColumnRule[] };
  /** Replaces the base's commune categories (the ones the amended column rules name). */
  readonly communeCategories?: readonly CommuneCategory[];
  readonly targets?: readonly TargetAmendment[];
  readonly conditions?: { readonly remove?: readonly string[]; readonly add?: readonly Condition[] };
  /** Sources the patch cites, added to the base's. */
  readonly sources?: Readonly<Record<string, Source>>;
  /** Notes appended to the base's (what changed, what is not known). */
  readonly notes?: readonly LocalizedText[];
}

type Patched =
  | 'id'
  | 'family'
  | 'version'
  | 'title'
  | 'period'
  | 'years'
  | 'legalBasis'
  | 'columnRules'
  | 'communeCategories'
  | 'criteria'
  | 'conditions'
  | 'sources'
  | 'notes';

/**
 * The amended version: the base with the base's criteria and indicator codes (so its type keeps
 * them), and every field the patch changes.
 * @example
 * const amended: AmendedCriteriaSet<typeof commune318> = amendCriteriaSet(commune318, patch);
 */
export type AmendedCriteriaSet<B extends CriteriaSet, Id extends string = string> = Omit<B, Patched> &
  Pick<CriteriaSet, Exclude<Patched, 'criteria' | 'id'>> & { readonly id: Id; readonly criteria: B['criteria'] };

/**
 * Applies an amending decree to a base set and returns the amended version, a new set with its
 * own id, version label, period and legal basis (base + amendment), in the same `family` as
 * the base. The base is not modified. Every column rule, target and condition the patch adds
 * carries `amendedBy` = the amending decree's number. Throws a `RangeError` when the patch
 * names an indicator, column rule or condition the base does not have.
 * @example
 * const amended = amendCriteriaSet(commune318, patch);
 * amended.family;                              // 'commune-2021-2025'
 * amended.legalBasis.map((d) => d.role);       // ['base', 'amendment']
 */
// @__NO_SIDE_EFFECTS__
export function amendCriteriaSet<const B extends CriteriaSet, const Id extends string>(
  base: B,
  patch: CriteriaSetPatch & { readonly id: Id },
): AmendedCriteriaSet<B, Id> {
  const by = patch.amendment.document;
  const cite = <T extends { readonly amendedBy?: string | undefined }>(x: T): T => ({ ...x, amendedBy: x.amendedBy ?? by });

  const removeRules = new Set(patch.columnRules?.remove ?? []);
  requireKnown(
    'column rule',
    removeRules,
    base.columnRules.map((r) => r.id),
    base.id,
  );
  const columnRules = [...base.columnRules.filter((r) => !removeRules.has(r.id)), ...(patch.columnRules?.add ?? []).map(cite)];

  const removeConditions = new Set(patch.conditions?.remove ?? []);
  requireKnown(
    'condition',
    removeConditions,
    base.conditions.map((c) => c.id),
    base.id,
  );
  const conditions = [
    ...base.conditions.filter((c) => !removeConditions.has(c.id)),
    ...(patch.conditions?.add ?? []).map((c) => ({ ...c, document: c.document ?? by })),
  ];

  const byCode = new Map<string, TargetAmendment[]>();
  for (const t of patch.targets ?? []) byCode.set(t.code, [...(byCode.get(t.code) ?? []), t]);
  const codes = base.criteria.flatMap((c) => c.indicators.map((i) => i.code));
  requireKnown('indicator', new Set(byCode.keys()), codes, base.id);
  const criteria = base.criteria.map((criterion): Criterion => {
    if (!criterion.indicators.some((i) => byCode.has(i.code))) return criterion;
    return { ...criterion, indicators: criterion.indicators.map((i) => amendIndicator(i, byCode.get(i.code), cite)) };
  });

  const { notes: baseNotes, ...rest } = base as CriteriaSet;
  const notes = [...(baseNotes ?? []), ...(patch.notes ?? [])];
  return {
    ...rest,
    id: patch.id,
    family: base.family,
    version: patch.version,
    title: patch.title ?? base.title,
    period: patch.period,
    ...(patch.years ? { years: patch.years } : {}),
    legalBasis: [...base.legalBasis, { ...patch.amendment, role: 'amendment' as const }],
    columnRules,
    ...(patch.communeCategories ? { communeCategories: patch.communeCategories } : {}),
    criteria,
    conditions,
    sources: { ...base.sources, ...patch.sources },
    ...(notes.length > 0 ? { notes } : {}),
  } as unknown as AmendedCriteriaSet<B, Id>;
}

function amendIndicator(indicator: Indicator, amendments: readonly TargetAmendment[] | undefined, cite: (t: Target) => Target): Indicator {
  if (!amendments) return indicator;
  const targets: Record<string, TargetCell> = { ...indicator.targets };
  for (const a of amendments) {
    targets[a.column] = Array.isArray(a.cell) ? (a.cell as readonly Target[]).map(cite) : cite(a.cell as Target);
  }
  return { ...indicator, targets };
}

function requireKnown(what: string, named: ReadonlySet<string>, known: readonly string[], setId: string): void {
  for (const id of named) {
    if (!known.includes(id)) throw new RangeError(`The patch names ${what} "${id}", which set ${setId} does not have`);
  }
}
