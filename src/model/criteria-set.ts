import { z } from 'zod';
import { lazySchema } from '../_lib/lazy-schema.js';
import { columnRuleSchema, communeCategorySchema, COLUMN_KINDS } from './column.js';
import { conditionSchema } from './condition.js';
import { criterionSchema } from './criterion.js';
import { legalDocumentSchema, sourceSchema } from './legal-basis.js';
import { LEVELS, type Level } from './level.js';
import { isProvinceId } from './province.js';
import { localizedTextSchema } from './text.js';

/**
 * Schema of a named input the set's rules read besides indicator values: a fact of the unit
 * (`schoolCount`, `outstandingConstructionDebt`) or a reference value for a relative target
 * (`incomeAtRecognition`).
 * @example
 * inputNameSchema().parse({ kind: 'number', text: { vi: 'Số trường học', en: 'Number of schools' } });
 */
export const inputNameSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      kind: z.enum(['number', 'boolean']),
      text: localizedTextSchema(),
      unit: localizedTextSchema().optional(),
    })
    .readonly(),
);

/**
 * A named fact or reference value the set's rules read.
 * @interface
 * @example
 * const fact: InputName = { kind: 'number', text: { vi: 'Số trường học', en: 'Number of schools' } };
 */
export type InputName = z.infer<ReturnType<typeof inputNameSchema>>;

/**
 * Schema of a criteria set (bộ tiêu chí): one version of one set, as a decree (and any
 * amending decree) defines it.
 * @example
 * criteriaSetSchema().safeParse(commune318).success; // true
 */
export const criteriaSetSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      /** Unique id of this version, e.g. `commune-2021-2025` or `commune-2021-2025+211`. */
      id: z.string().regex(/^[a-z0-9][a-z0-9+-]*$/),
      /** The set this is a version of; all versions of one set share it. */
      family: z.string().min(1),
      /** Short label of the version, e.g. `318/QĐ-TTg` or `318/QĐ-TTg + 211/QĐ-TTg`. */
      version: z.string().min(1),
      level: z.enum(LEVELS),
      /**
       * A kind of unit within the level that the set alone applies to, e.g. `no-commune-units`
       * (211/QĐ-TTg: districts without commune-level units). The registry returns a scoped set
       * only to a query that names its scope.
       */
      scope: z.string().min(1).optional(),
      title: localizedTextSchema(),
      /** Where the set is in force (inclusive ISO dates); `null` when unknown. */
      period: z.object({ from: z.iso.date().nullable(), to: z.iso.date().nullable() }).readonly(),
      /** Assessment years the set covers (e.g. 2021–2025), used to check the input year. */
      years: z.object({ from: z.number().int(), to: z.number().int() }).readonly().optional(),
      legalBasis: z.array(legalDocumentSchema()).min(1).readonly(),
      /** For a provincial set, the id of the province that issued it (e.g. `vinh-phuc`). */
      province: z.string().refine(isProvinceId, { message: 'A province id such as vinh-phuc' }).optional(),
      columns: z.enum(COLUMN_KINDS),
      columnRules: z.array(columnRuleSchema()).readonly(),
      communeCategories: z.array(communeCategorySchema()).readonly().optional(),
      criteria: z.array(criterionSchema()).readonly(),
      conditions: z.array(conditionSchema()).readonly(),
      facts: z.record(z.string(), inputNameSchema()).optional(),
      references: z.record(z.string(), inputNameSchema()).optional(),
      /** Cited sources by id; every id a target, criterion or condition cites is here. */
      sources: z.record(z.string(), sourceSchema()),
      /** What is known of the set as a whole and from where, each in Vietnamese and English. */
      notes: z.array(localizedTextSchema()).readonly().optional(),
    })
    .readonly(),
);

/**
 * A criteria set (bộ tiêu chí) as the engine evaluates it.
 * @interface
 * @example
 * const set: CriteriaSet = criteriaSetInForce({ level: 'commune', on: '2026-03-01' });
 * set.version; // '51/2025/QĐ-TTg'
 */
export type CriteriaSet = z.infer<ReturnType<typeof criteriaSetSchema>>;

/**
 * The indicator codes of a set, as a union of string literals when the set was defined `as const`.
 * @example
 * type Code = IndicatorCode<typeof commune318>; // every code of 318/QĐ-TTg: '1.1' | '1.2' | … | '19.2'
 * const code: Code = '17.8';
 */
export type IndicatorCode<S extends CriteriaSet> = S['criteria'][number]['indicators'][number]['code'];

/**
 * The criterion ids of a set (`'1'` … `'19'`), as a union of string literals when the set was
 * defined with `defineCriteriaSet` or a table form; `string` for a set loaded at run time.
 * @example
 * const income: CriterionId<typeof commune318> = '10';
 * // @ts-expect-error: 318/QĐ-TTg has criteria 1 to 19 only
 * const twenty: CriterionId<typeof commune318> = '20';
 */
export type CriterionId<S extends CriteriaSet> = S['criteria'][number]['id'];

/**
 * The names of the facts a set's rules read (the keys of `set.facts`), as a union of string
 * literals when the set was defined with `defineCriteriaSet` or a table form (`never` when it
 * declares none); `string` for a set loaded at run time.
 * @example
 * const fact: FactName<typeof commune318> = 'schoolCount';
 * // @ts-expect-error: a misspelt fact name does not compile
 * const misspelt: FactName<typeof commune318> = 'schoolCout';
 */
export type FactName<S extends CriteriaSet> = S extends { readonly facts?: infer F } ? keyof NonNullable<F> & string : never;

/**
 * The names of a set's reference values for relative targets (the keys of `set.references`),
 * typed as `FactName` is.
 * @example
 * const reference: ReferenceName<typeof communeModel319> = 'advancedCommuneIncomeTarget';
 */
export type ReferenceName<S extends CriteriaSet> = S extends { readonly references?: infer R } ? keyof NonNullable<R> & string : never;

/**
 * A criteria set whose indicator codes, criterion ids and fact and reference names are known to
 * TypeScript: what `defineCriteriaSet` returns. Only these names are kept as literal types (not
 * every text and target), so the declaration of a set stays small while a misspelt code or fact
 * name still does not compile. Every parameter after `Code` defaults to the untyped form.
 * @example
 * const set: CriteriaSetOf<IndicatorCode<typeof commune318>> = commune318;
 */
export type CriteriaSetOf<
  Code extends string,
  Id extends string = string,
  L extends Level = Level,
  Fact extends string = string,
  Reference extends string = string,
  Criterion extends string = string,
> = Omit<CriteriaSet, 'facts' | 'references'> & {
  readonly id: Id;
  readonly level: L;
  readonly criteria: readonly (Omit<CriteriaSet['criteria'][number], 'indicators'> & {
    readonly id: Criterion;
    readonly indicators: readonly (CriteriaSet['criteria'][number]['indicators'][number] & { readonly code: Code })[];
  })[];
  readonly facts?: { readonly [K in Fact]: InputName };
  readonly references?: { readonly [K in Reference]: InputName };
};

/**
 * Defines a criteria set, keeping its indicator codes, criterion ids and fact names as literal
 * types (`CriteriaSetOf`) so that `evaluate(set, { values: { '17.9': … } })` does not compile
 * when the set has no 17.9, nor `{ facts: { schoolCout: 3 } }` when it reads no such fact.
 * It returns its argument unchanged; check a set loaded at run time with `criteriaSetSchema().safeParse` and `checkCriteriaSet`.
 * @example
 * const set = defineCriteriaSet({
 *   id: 'demo', family: 'demo', version: '1', level: 'village-model',
 *   title: { vi: 'Thôn kiểu mẫu', en: 'Model village' },
 *   period: { from: null, to: null },
 *   legalBasis: [{ document: '1/QĐ-UBND', role: 'base', title: { vi: '…', en: '…' }, signed: null, inForce: null }],
 *   columns: 'single', columnRules: [], conditions: [], sources: {},
 *   criteria: [{ id: '1', number: 1, name: { vi: 'Thu nhập', en: 'Income' }, status: 'verified', sources: [],
 *     indicators: [{ code: '1', measure: 'amount', textStatus: 'verified', text: { vi: 'Thu nhập', en: 'Income' },
 *       targets: { all: { status: 'verified', value: 60, op: '>=', sources: [] } } }] }],
 * });
 */
// @__NO_SIDE_EFFECTS__
export function defineCriteriaSet<const S extends CriteriaSet>(
  set: S,
): CriteriaSetOf<IndicatorCode<S>, S['id'], S['level'], FactName<S>, ReferenceName<S>, CriterionId<S>> {
  return set;
}
