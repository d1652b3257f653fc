// The JSON Schema keywords the generated documents use for `details` (type, properties, required,
// additionalProperties, items, minItems, maxProperties, const, enum, anyOf, oneOf), checked without a
// validator dependency. A keyword outside this list is not checked, never failed.
import { isDeepStrictEqual } from 'node:util';

type Schema = Readonly<Record<string, unknown>>;

/** Where `value` breaks `schema`, as sentences naming the path (`details.limit`); empty when it holds. */
export function schemaProblems(schema: Schema, value: unknown, path: string): string[] {
  const problems: string[] = [];
  const type = schema.type;
  if (typeof type === 'string' && !isType(type, value)) return [`${path} is ${describe(value)}, not ${type}`];
  if ('const' in schema && !isDeepStrictEqual(schema.const, value))
    problems.push(`${path} is ${JSON.stringify(value)}, not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.some((v) => isDeepStrictEqual(v, value)))
    problems.push(`${path} is ${JSON.stringify(value)}, not one of ${JSON.stringify(schema.enum)}`);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const members = schema[key];
    if (!Array.isArray(members)) continue;
    const holding = (members as Schema[]).filter((m) => schemaProblems(m, value, path).length === 0).length;
    if (key === 'anyOf' ? holding === 0 : holding !== 1)
      problems.push(`${path} matches ${String(holding)} of the ${key} members`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      problems.push(`${path} has ${String(value.length)} items, fewer than ${String(schema.minItems)}`);
    if (typeof schema.items === 'object' && schema.items !== null)
      value.forEach((item, i) =>
        problems.push(...schemaProblems(schema.items as Schema, item, `${path}[${String(i)}]`)),
      );
  } else if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!Object.hasOwn(object, key)) problems.push(`${path}.${key} is missing`);
    if (typeof schema.maxProperties === 'number' && Object.keys(object).length > schema.maxProperties)
      problems.push(`${path} has more than ${String(schema.maxProperties)} properties`);
    for (const [key, item] of Object.entries(object)) {
      const own = properties[key];
      if (own !== undefined) problems.push(...schemaProblems(own, item, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}.${key} is not allowed`);
      else if (typeof schema.additionalProperties === 'object' && schema.additionalProperties !== null)
        problems.push(...schemaProblems(schema.additionalProperties as Schema, item, `${path}.${key}`));
    }
  }
  return problems;
}

function isType(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
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

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
