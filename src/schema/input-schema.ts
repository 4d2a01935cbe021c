import { z } from 'zod';
import { COMMUNE_GROUP_IDS } from '../model/commune-group.js';
import type { CriteriaSet, IndicatorCode } from '../model/criteria-set.js';
import { targetsOf } from '../model/cell.js';
import type { Indicator } from '../model/indicator.js';
import { PROVINCE_IDS } from '../model/province.js';
import { REGION_IDS } from '../model/region.js';
import { COMPARISONS } from '../model/target.js';
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

/** The value schema of one indicator, by what it measures (mirrors the engine's validation). */
function valueSchema(indicator: Indicator) {
  switch (indicator.measure) {
    case 'percent':
      return z.union([
        z.number().min(0).max(100),
        z
          .object({ numerator: z.number().min(0), denominator: z.number().positive() })
          .refine((r) => r.numerator <= r.denominator, { message: 'numerator ≤ denominator' }),
      ]);
    case 'flag':
      return z.boolean();
    case 'amount':
      return z.number().min(0);
    case 'count':
      return z.int().min(0);
  }
}

/** The value an override may set, by what the indicator measures. */
function overrideValueSchema(indicator: Indicator) {
  switch (indicator.measure) {
    case 'percent':
      return z.number().min(0).max(100);
    case 'flag':
      return z.boolean();
    default:
      return z.number().min(0);
  }
}

/** Every fact name the set reads, with its kind when the set declares it. */
function factKinds(set: CriteriaSet): Map<string, 'number' | 'boolean' | 'either'> {
  const kinds = new Map<string, 'number' | 'boolean' | 'either'>();
  for (const [name, fact] of Object.entries(set.facts ?? {})) kinds.set(name, fact.kind);
  const seen = (name: string) => {
    if (!kinds.has(name)) kinds.set(name, 'either');
  };
  for (const condition of set.conditions) if (condition.check.kind === 'fact') seen(condition.check.fact);
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      if (indicator.appliesWhen) seen(indicator.appliesWhen.fact);
      for (const target of targetsOf(indicator)) if (target.when) seen(target.when.fact);
    }
  }
  return kinds;
}

/** Every reference name the set reads (relative targets). */
function referenceNames(set: CriteriaSet): string[] {
  const names = new Set(Object.keys(set.references ?? {}));
  for (const criterion of set.criteria) {
    for (const indicator of criterion.indicators) {
      for (const target of targetsOf(indicator)) if (target.relativeTo) names.add(target.relativeTo);
    }
  }
  return [...names];
}

/** Categories that, through a column rule the engine applies, choose the column by themselves. */
function selectingCategories(set: CriteriaSet): string[] {
  return set.columnRules.flatMap((rule) => rule.select?.categories ?? []);
}

function buildInputSchema(set: CriteriaSet, describe: Describe) {
  const indicators = set.criteria.flatMap((c) => c.indicators);

  const values = z.strictObject(
    Object.fromEntries(
      indicators.map((indicator) => [
        indicator.code,
        describe(valueSchema(indicator).nullable().optional(), {
          title: indicator.code,
          description: `${bilingual(indicator.text)} (${indicator.measure}${indicator.unit ? `, ${bilingual(indicator.unit)}` : ''})`,
        }),
      ]),
    ),
  );

  const overrides = z.strictObject(
    Object.fromEntries(
      indicators.map((indicator) => [
        indicator.code,
        z
          .object({
            value: overrideValueSchema(indicator),
            op: z.enum(COMPARISONS).optional(),
            by: z.string().trim().min(1),
            source: z.string().optional(),
            note: z.string().optional(),
          })
          .optional(),
      ]),
    ),
  );

  const facts = z.strictObject(
    Object.fromEntries(
      [...factKinds(set)].map(([name, kind]) => {
        const schema = kind === 'number' ? z.number().min(0) : kind === 'boolean' ? z.boolean() : z.union([z.number().min(0), z.boolean()]);
        const declared = set.facts?.[name];
        return [name, declared ? describe(schema.optional(), { description: bilingual(declared.text) }) : schema.optional()];
      }),
    ),
  );

  const references = z.strictObject(
    Object.fromEntries(
      referenceNames(set).map((name) => {
        const declared = set.references?.[name];
        const schema = z.number().min(0).optional();
        return [name, declared ? describe(schema, { description: bilingual(declared.text) }) : schema];
      }),
    ),
  );

  const categoryIds = (set.communeCategories ?? []).map((c) => c.id);
  const communeCategories =
    categoryIds.length > 0 ? z.array(z.enum(categoryIds as [string, ...string[]])) : z.array(z.string()).max(0);

  let year = z.int();
  if (set.years) year = year.min(set.years.from).max(set.years.to);

  const shape = {
    ...(set.columns !== 'groups'
      ? { region: describe(z.enum(REGION_IDS).optional(), { description: 'Vùng có cột chỉ tiêu áp dụng / The region whose column applies' }) }
      : {}),
    ...(set.columns !== 'regions'
      ? { group: describe(z.enum(COMMUNE_GROUP_IDS).optional(), { description: 'Nhóm xã có cột chỉ tiêu áp dụng / The commune group whose column applies' }) }
      : {}),
    province: describe(z.enum(PROVINCE_IDS as [string, ...string[]]).optional(), {
      description: 'Tỉnh (trước sáp nhập 2025); cho vùng khi không có region / Province (before the 2025 merger); gives the region when region is absent',
    }),
    communeCategories: communeCategories.optional(),
    year: describe(year.optional(), { description: 'Năm đánh giá / Assessment year' }),
    values: describe(values, { description: 'Giá trị các chỉ tiêu theo mã / Indicator values keyed by official code' }),
    facts: facts.optional(),
    references: references.optional(),
    overrides: describe(overrides.optional(), {
      description: 'Chỉ tiêu do tỉnh/bên gọi cung cấp / Caller-supplied targets keyed by indicator code',
    }),
  };

  const selecting = selectingCategories(set);
  const object = z.strictObject(shape).superRefine((parsed, ctx) => {
    if (set.columns === 'single') return;
    const input = parsed as { region?: string; group?: string; province?: string; communeCategories?: string[] };
    const chosenByCategory = (input.communeCategories ?? []).some((c) => selecting.includes(c));
    const given = set.columns === 'groups' ? input.group !== undefined : input.region !== undefined || input.province !== undefined;
    if (!given && !chosenByCategory) {
      ctx.addIssue({
        code: 'custom',
        path: [set.columns === 'groups' ? 'group' : 'region'],
        message: set.columns === 'groups' ? 'A commune group (group) is required' : 'A region or a province is required',
      });
    }
  });
  return describe(object, { title: `${set.id} input`, description: `Dữ liệu đánh giá theo / Evaluation input for ${set.version}: ${bilingual(set.title)}` });
}

/**
 * The zod schema of the evaluation input of a set: `region`/`group`/`province`,
 * `communeCategories`, `year`, and `values` keyed by the set's own indicator codes with the
 * value type of each measure (percent: 0–100 or `{ numerator, denominator }`; flag: boolean;
 * amount: number ≥ 0; count: whole number ≥ 0), plus `facts`, `references` and `overrides`.
 *
 * It is built on each call (zod is only loaded by apps that use it); keep the result if you
 * parse many inputs. It is at least as strict as `safeEvaluate`: an input it accepts raises no
 * input issue, except an override less strict than a verified target, which only evaluation
 * can see. It is stricter in two places: `facts` and `references` accept only the names the
 * set reads, each with its declared type.
 * @example
 * const schema = inputSchema(commune2021);
 * schema.safeParse({ region: 'red-river-delta', year: 2024, values: { '17.1': 97 } }).success; // true
 * schema.safeParse({ region: 'red-river-delta', values: { '17.1': 120 } }).success;            // false
 */
export function inputSchema<const S extends CriteriaSet>(set: S): z.ZodType<EvaluationInput<IndicatorCode<S>>> {
  return buildInputSchema(set, noDescriptions) as unknown as z.ZodType<EvaluationInput<IndicatorCode<S>>>;
}

/**
 * A JSON Schema document (draft 2020-12), as plain JSON.
 * @example
 * const schema: JsonSchema = inputJsonSchema(commune2021);
 * JSON.stringify(schema); // ship it to a form builder or a validator in any language
 */
export type JsonSchema = { readonly [key: string]: unknown };

/**
 * The JSON Schema (draft 2020-12) of the evaluation input of a set, for apps in other
 * languages: the same shape as `inputSchema(set)`, with each indicator's text (vi / en) as its
 * description. What JSON Schema cannot say (a ratio's numerator ≤ denominator) is left to the
 * engine; the need for a column (region or province, or group) is expressed with `anyOf`.
 * The package ships these schemas as `@ntm/criteria/json-schema/<set id>`.
 * @example
 * const schema = inputJsonSchema(commune2021);
 * schema.properties.values.properties['17.1']; // { anyOf: [{ type: 'number', minimum: 0, maximum: 100 }, …] }
 */
export function inputJsonSchema(set: CriteriaSet): JsonSchema {
  const registry = z.registry<Doc>();
  const describe: Describe = (schema, doc) => {
    registry.add(schema, doc);
    return schema;
  };
  const json = z.toJSONSchema(buildInputSchema(set, describe), { io: 'input', metadata: registry, unrepresentable: 'any' }) as Record<string, unknown>;
  if (set.columns === 'single') return json;
  const selecting = selectingCategories(set);
  const alternatives: unknown[] =
    set.columns === 'groups' ? [{ required: ['group'] }] : [{ required: ['region'] }, { required: ['province'] }];
  if (selecting.length > 0) {
    alternatives.push({ required: ['communeCategories'], properties: { communeCategories: { contains: { enum: selecting } } } });
  }
  return { ...json, anyOf: alternatives };
}
