import { z } from 'zod';
import { COMMUNE_GROUP_IDS } from '../model/commune-group.js';
import type { CriteriaSet, FactName, IndicatorCode, ReferenceName } from '../model/criteria-set.js';
import { columnFor } from '../evaluate/column-for.js';
import { PROVINCE_UNIT_IDS } from '../model/province-unit.js';
import { resolveProvince } from '../model/resolve-province.js';
import { REGION_IDS } from '../model/region.js';
import { COMPARISONS, type Comparison } from '../model/target.js';
import { describeInput, type NameRule, type ValueRule } from './input-description.js';
import type { EvaluationInput } from '../evaluate/input.js';

/** Title and description attached to a schema for its JSON Schema. */
interface Doc {
  readonly title?: string;
  readonly description: string;
}

/** Where descriptions go: a local registry when building a JSON Schema, nowhere otherwise. */
type Describe = <T extends z.ZodType>(schema: T, doc: Doc) => T;

const noDescriptions: Describe = (schema) => schema;

/** "Vietnamese / English", the form every description takes (Vietnamese is authoritative). */
const bilingual = (text: { readonly vi: string; readonly en: string }) => `${text.vi} / ${text.en}`;

// Numbers in an input are finite: `maximum: MAX_VALUE` says so in JSON Schema too, where a
// parsed 1e400 is Infinity.
const finite = () => z.number().max(Number.MAX_VALUE);

/** The value schema of one indicator, from the same rule the validator applies. */
function valueSchema(rule: ValueRule) {
  switch (rule.measure) {
    case 'flag':
      return z.boolean();
    case 'percent': {
      // A fraction where every target is 10% or more is reported by the engine: not accepted here.
      const number = rule.fractionGap ? z.union([z.literal(0), z.number().min(1).max(rule.max!)]) : z.number().min(0).max(rule.max!);
      return z.union([
        number,
        z
          .strictObject({ numerator: finite().min(0), denominator: finite().positive() })
          .refine((r) => r.numerator <= r.denominator, { message: 'numerator ≤ denominator' }),
      ]);
    }
    case 'amount':
      return rule.plausibleMax !== undefined ? z.number().min(0).max(rule.plausibleMax) : finite().min(0);
    case 'count':
      return z.int().min(0);
  }
}

/** The value an override may set, by what the indicator measures (as the validator checks it). */
function overrideValueSchema(rule: ValueRule) {
  if (rule.measure === 'flag') return z.boolean();
  return rule.max !== undefined ? z.number().min(0).max(rule.max) : finite().min(0);
}

function nameSchema(kind: NameRule['kind']) {
  return kind === 'number' ? finite().min(0) : kind === 'boolean' ? z.boolean() : z.union([finite().min(0), z.boolean()]);
}

function buildInputSchema(set: CriteriaSet, describe: Describe) {
  const d = describeInput(set);

  const values = z.strictObject(
    Object.fromEntries(
      d.values.map((rule) => {
        const indicator = rule.indicator;
        return [
          rule.code,
          describe(valueSchema(rule).nullable().optional(), {
            title: rule.code,
            description: `${bilingual(indicator.text)} (${indicator.measure}${indicator.unit ? `, ${bilingual(indicator.unit)}` : ''})`,
          }),
        ];
      }),
    ),
  );

  const overrides = z.strictObject(
    Object.fromEntries(
      d.values.map((rule) => [
        rule.code,
        z
          .strictObject({
            value: overrideValueSchema(rule),
            // An override keeps the indicator's own comparison (another one is refused).
            op: (rule.ops.length > 0 ? z.enum(rule.ops as [Comparison, ...Comparison[]]) : z.enum(COMPARISONS)).optional(),
            by: z.string().regex(/\S/),
            source: z.string().optional(),
            note: z.string().optional(),
          })
          .optional(),
      ]),
    ),
  );

  const facts = z.strictObject(
    Object.fromEntries(
      [...d.facts].map(([name, rule]) => {
        const schema = nameSchema(rule.kind).optional();
        return [name, rule.text ? describe(schema, { description: bilingual(rule.text) }) : schema];
      }),
    ),
  );

  const references = z.strictObject(
    Object.fromEntries(
      [...d.references].map(([name, rule]) => {
        const schema = finite().min(0).optional();
        return [name, rule.text ? describe(schema, { description: bilingual(rule.text) }) : schema];
      }),
    ),
  );

  const communeCategories = d.categories.length > 0 ? z.array(z.enum(d.categories as [string, ...string[]])) : z.array(z.string()).max(0);

  let year = z.int();
  if (d.years) year = year.min(d.years.from).max(d.years.to);

  const fields = {
    region: describe(z.enum(REGION_IDS).optional(), { description: 'Vùng có cột chỉ tiêu áp dụng / The region whose column applies' }),
    group: describe(z.enum(COMMUNE_GROUP_IDS).optional(), {
      description: 'Nhóm xã có cột chỉ tiêu áp dụng / The commune group whose column applies',
    }),
    province: describe(z.enum(PROVINCE_UNIT_IDS as [string, ...string[]]).optional(), {
      description:
        'Tỉnh như tại năm đánh giá (63 tỉnh đến 30/6/2025, 34 từ 1/7/2025); cho vùng khi không có region / Province as it stood in the assessed year (63 until 2025-06-30, 34 from 2025-07-01); gives the region when region is absent',
    }),
    communeCategories: communeCategories.optional(),
    year: describe(year.optional(), { description: 'Năm đánh giá / Assessment year' }),
    values: describe(values, { description: 'Giá trị các chỉ tiêu theo mã / Indicator values keyed by official code' }),
    facts: facts.optional(),
    references: references.optional(),
    overrides: describe(overrides.optional(), {
      description: 'Chỉ tiêu do tỉnh/bên gọi cung cấp / Caller-supplied targets keyed by indicator code',
    }),
  } as const;
  // The fields the description accepts for this set, in its order.
  const shape = Object.fromEntries(d.fields.map((f) => [f, fields[f as keyof typeof fields]]));

  const selecting = d.selectingCategories;
  const object = z.strictObject(shape).superRefine((parsed, ctx) => {
    // A province is read as it stood in the input's year (or the set's period), as evaluation reads it.
    const named = parsed as { region?: string; province?: string; year?: number; communeCategories?: string[] };
    if (named.province !== undefined) {
      const choice = columnFor(set, { province: named.province, year: named.year, communeCategories: named.communeCategories });
      const found = resolveProvince(named.province, { year: named.year, period: set.period });
      if (!found.ok)
        ctx.addIssue({ code: 'custom', path: ['province'], message: `${named.province} is not a provincial unit at the assessed time` });
      else if (named.region === undefined && choice.rule === 'province-spans-regions') {
        ctx.addIssue({
          code: 'custom',
          path: ['region'],
          message: 'The province spans more than one region at the assessed time: give region',
        });
      }
    }
    if (d.columns === 'single') return;
    const input = parsed as { region?: string; group?: string; province?: string; communeCategories?: string[] };
    const chosenByCategory = (input.communeCategories ?? []).some((c) => selecting.includes(c));
    const given = d.columns === 'groups' ? input.group !== undefined : input.region !== undefined || input.province !== undefined;
    if (!given && !chosenByCategory) {
      ctx.addIssue({
        code: 'custom',
        path: [d.columns === 'groups' ? 'group' : 'region'],
        message: d.columns === 'groups' ? 'A commune group (group) is required' : 'A region or a province is required',
      });
    }
  });
  return describe(object, {
    title: `${set.id} input`,
    description: `Dữ liệu đánh giá theo / Evaluation input for ${set.version}: ${bilingual(set.title)}`,
  });
}

/**
 * The zod schema of the evaluation input of a set: `region`/`group`/`province`,
 * `communeCategories`, `year`, and `values` keyed by the set's own indicator codes with the
 * value type of each measure (percent: 0–100 or `{ numerator, denominator }`; flag: boolean;
 * amount: number ≥ 0; count: whole number ≥ 0), plus `facts`, `references` and `overrides`.
 *
 * It is made from the same per-set description of the input that `safeEvaluate` validates with
 * (`src/schema/input-description.ts`), so it is at least as strict as the engine by
 * construction: an input it accepts raises no input issue, except two that depend on what only
 * evaluation knows: an override less strict than the verified target of the column chosen
 * (`override-less-strict`), and a value for an indicator that does not apply to the unit's
 * column or facts (`not-applicable-value`). test/schema checks this on every set.
 * It is stricter in a few places: a blank text or `null` fact is refused rather than read as
 * "no data". It is built on each call (zod is only loaded by apps that use it); keep the
 * result if you parse many inputs.
 * @example
 * const schema = inputSchema(commune318);
 * schema.safeParse({ region: 'red-river-delta', year: 2024, values: { '17.1': 97 } }).success; // true
 * schema.safeParse({ region: 'red-river-delta', values: { '17.1': 120 } }).success;            // false
 */
export function inputSchema<const S extends CriteriaSet>(
  set: S,
): z.ZodType<EvaluationInput<IndicatorCode<S>, FactName<S>, ReferenceName<S>>> {
  return buildInputSchema(set, noDescriptions) as unknown as z.ZodType<EvaluationInput<IndicatorCode<S>, FactName<S>, ReferenceName<S>>>;
}

/**
 * A JSON Schema document (draft 2020-12), as plain JSON.
 * @example
 * const schema: JsonSchema = inputJsonSchema(commune318);
 * JSON.stringify(schema); // ship it to a form builder or a validator in any language
 */
export type JsonSchema = { readonly [key: string]: unknown };

/**
 * The JSON Schema (draft 2020-12) of the evaluation input of a set, for apps in other
 * languages: the same shape as `inputSchema(set)`, with each indicator's text (vi / en) as its
 * description. What JSON Schema cannot say (a ratio's numerator ≤ denominator, which provinces
 * exist in the assessed year) is left to the engine; the need for a column (region or province, or group) is expressed with `anyOf`.
 * The package ships these schemas as `@ntm/criteria/json-schema/<set id>`.
 * @example
 * const schema = inputJsonSchema(commune318);
 * const { values } = schema.properties as { values: { properties: Record<string, { title: string }> } };
 * values.properties['17.1']?.title; // '17.1'
 */
export function inputJsonSchema(set: CriteriaSet): JsonSchema {
  const registry = z.registry<Doc>();
  const describe: Describe = (schema, doc) => {
    registry.add(schema, doc);
    return schema;
  };
  const json = z.toJSONSchema(buildInputSchema(set, describe), { io: 'input', metadata: registry, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  if (set.columns === 'single') return json;
  const selecting = describeInput(set).selectingCategories;
  // Each branch names the property it requires (strict validators ask for it: strictRequired).
  const needs = (field: string) => ({ required: [field], properties: { [field]: {} } });
  const alternatives: unknown[] = set.columns === 'groups' ? [needs('group')] : [needs('region'), needs('province')];
  if (selecting.length > 0) {
    alternatives.push({
      required: ['communeCategories'],
      properties: { communeCategories: { type: 'array', contains: { enum: selecting } } },
    });
  }
  return { ...json, anyOf: alternatives };
}
