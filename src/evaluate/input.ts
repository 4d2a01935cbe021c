import type { CommuneGroupId } from '../model/commune-group.js';
import type { ProvinceId } from '../model/province.js';
import type { Province2025Id } from '../model/provinces-2025.js';
import type { RegionId } from '../model/region.js';
import type { Comparison } from '../model/target.js';

/**
 * A share given as counts, e.g. 19 of 20 households: `{ numerator: 19, denominator: 20 }`.
 * It is compared exactly (19/20 is 95%, which meets "≥ 95%").
 * @example
 * const households: RatioValue = { numerator: 19, denominator: 20 }; // exactly 95%
 */
export interface RatioValue {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * The value of one indicator: a number (percent, amount or count), a flag, a ratio for a
 * percent indicator, or `null` for "no data" (the same as leaving it out).
 * @example
 * const values: Record<string, IndicatorValue> = { '17.1': 97, '17.8': { numerator: 19, denominator: 20 }, '1.1': true, '10': null };
 */
export type IndicatorValue = number | boolean | RatioValue | null;

/**
 * A target the caller supplies for one indicator: the province's own value where the library
 * knows no verified target, or a stricter provincial value. Every override used is recorded
 * in the result; one less strict than a verified national target is refused.
 * @example
 * const override: TargetOverride = { value: 2, op: '<=', by: 'UBND tỉnh Vĩnh Phúc', source: 'QĐ 22/2017/QĐ-UBND' };
 */
export interface TargetOverride {
  readonly value: number | boolean;
  /** Defaults to the indicator's own comparison. */
  readonly op?: Comparison;
  /** Who set the value, e.g. `UBND tỉnh Vĩnh Phúc`. */
  readonly by: string;
  /** The document that sets it. */
  readonly source?: string;
  readonly note?: string;
}

/**
 * What `evaluate` reads. `Code` is the union of the set's indicator codes, `Fact` and
 * `Reference` of its fact and reference names, so a misspelt code or name is a compile error;
 * each is `string` for a set whose names are not known to TypeScript.
 * @example
 * const input: EvaluationInput<'10' | '11', 'schoolCount'> = {
 *   region: 'red-river-delta', year: 2020, values: { '10': 52, '11': { numerator: 3, denominator: 200 } },
 *   facts: { schoolCount: 4 },
 * };
 */
export interface EvaluationInput<Code extends string = string, Fact extends string = string, Reference extends string = string> {
  /** The region whose column applies (region sets). Takes precedence over `province`. */
  readonly region?: RegionId;
  /** The commune group whose column applies (51/2025/QĐ-TTg). */
  readonly group?: CommuneGroupId;
  /**
   * The province, as it stood in `year` (or the set's period): one of the 63 until 2025-06-30,
   * one of the 34 from 2025-07-01. Gives the region when `region` is absent and the province's
   * territory is in one region. `safeEvaluate` also reads an official code or a Vietnamese name
   * (`resolveProvince`).
   */
  readonly province?: ProvinceId | Province2025Id;
  /** Categories the unit belongs to that a column rule names, e.g. `extremely-disadvantaged`. */
  readonly communeCategories?: readonly string[];
  /** The assessment year; chooses year-dependent targets (income) and is checked against the set. */
  readonly year?: number;
  /** Indicator values keyed by official code. */
  readonly values: { readonly [K in Code]?: IndicatorValue };
  /** Facts the set's rules read (applicability, target cases, conditions), by name. */
  readonly facts?: ValuesByName<Fact, number | boolean>;
  /** Reference values for relative targets, e.g. `{ incomeAtRecognition: 45 }`. */
  readonly references?: ValuesByName<Reference, number>;
  /** Caller-supplied targets, keyed by indicator code. */
  readonly overrides?: { readonly [K in Code]?: TargetOverride };
}

/**
 * Values by name (the type of `facts` and `references`): only the names of `Name`, each
 * optional; any name when `Name` is `string` (a set loaded at run time) or `never` (a set that
 * declares no names: its rules may still read facts it does not declare, which
 * `checkCriteriaSet` reports and evaluation accepts).
 * @example
 * const facts: ValuesByName<'schoolCount' | 'securityComplexArea', number | boolean> = { schoolCount: 4 };
 */
export type ValuesByName<Name extends string, V> = string extends Name
  ? { readonly [name: string]: V }
  : [Name] extends [never]
    ? { readonly [name: string]: V }
    : { readonly [K in Name]?: V };
