import { z } from 'zod';
import type { JsonSchema } from '../schema/input-schema.js';
import { CRITERIA_TABLE_FORMAT, criteriaTableSchema } from './format.js';

/**
 * The JSON Schema (draft 2020-12) of the criteria table format, made from the same zod schema
 * `applyTable` reads with, for tools in other languages. What it cannot say (a looser value than
 * the national one, a row the base set places under another criterion) `applyTable` checks.
 * The package ships it as `@ntm/criteria/json-schema/criteria-table`.
 * @example
 * const schema = criteriaTableJsonSchema();
 * schema.title; // 'ntm-criteria-table/1'
 */
export function criteriaTableJsonSchema(): JsonSchema {
  const json = z.toJSONSchema(criteriaTableSchema(), { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return {
    $schema,
    title: CRITERIA_TABLE_FORMAT,
    description:
      'Bảng tiêu chí: một tỉnh hoàn thiện hoặc quy định chặt hơn một bộ tiêu chí (base), hoặc ban hành bộ tiêu chí riêng, kèm văn bản ban hành. / ' +
      'A criteria table: a province completes or tightens a set (base), or issues its own set, citing its decision. See docs/table-format.md.',
    ...rest,
  };
}
