/**
 * A tiny JSON Schema (2020-12) checker for the keywords our generated schemas use. It returns
 * the paths that fail, so tests can assert both "valid" and "invalid" (no ajv needed).
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'anyOf',
  'items',
  'maxItems',
  'contains',
  'propertyNames',
  'const',
]);

export function jsonSchemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) return [`${path}: unsupported keyword ${key}`];
  const errors: string[] = [];
  const fail = (why: string) => errors.push(`${path}: ${why}`);
  // `type` may be one type or a list of them (zod 4.6 writes a nullable boolean as ["boolean", "null"]).
  const types = schema.type === undefined ? undefined : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  if (types !== undefined && !types.some((t) => hasType(value, t))) return [`${path}: not ${types.join(',')}`];
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail('not in enum');
  if ('const' in schema && schema.const !== value) fail('not const');
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('below minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('above maximum');
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail('not above exclusiveMinimum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('too many items');
    if (schema.items) value.forEach((v, i) => errors.push(...jsonSchemaErrors(schema.items as Schema, v, `${path}[${i}]`)));
    if (schema.contains && !value.some((v) => jsonSchemaErrors(schema.contains as Schema, v).length === 0))
      fail('contains nothing matching');
  }
  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in value)) fail(`missing ${key}`);
    for (const [key, v] of Object.entries(value)) {
      if (schema.propertyNames) errors.push(...jsonSchemaErrors(schema.propertyNames as Schema, key, `${path}.${key} (name)`));
      if (key in properties) errors.push(...jsonSchemaErrors(properties[key]!, v, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`unexpected ${key}`);
      else if (isObject(schema.additionalProperties))
        errors.push(...jsonSchemaErrors(schema.additionalProperties as Schema, v, `${path}.${key}`));
    }
  }
  if (schema.anyOf && !(schema.anyOf as Schema[]).some((s) => jsonSchemaErrors(s, value, path).length === 0))
    fail('matches no anyOf branch');
  return errors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}
