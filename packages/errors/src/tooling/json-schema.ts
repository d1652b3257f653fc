import type { AnyErrorCatalog } from '../catalog.js';
import { BASE_CODES } from '../codes.js';
import { CODE_DOCS } from './code-docs.js';
import { DETAILS_JSON_SCHEMA } from '../details.js';
import { DETAILS_SCHEMAS } from './details-schemas.js';

/** A JSON Schema document, as plain data. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The description of a code: its own, or the base contract's. */
export function describeCode(catalog: AnyErrorCatalog, code: string): string {
  const own = catalog.definitions[code]?.description;
  if (own !== undefined) return own;
  return Object.hasOwn(BASE_CODES, code) ? CODE_DOCS[code as keyof typeof BASE_CODES] : '';
}

/**
 * The JSON Schema of a code's `details`, when its shape is known at run time: a base code's,
 * or a service code's declared with `schemaDetails()` or a Standard Schema validator that
 * emits JSON Schema. `undefined` for a code declared with `details<T>()` (the type alone).
 * @example detailsSchemaOf('RESOURCE_NOT_FOUND') // { type: 'object', properties: { resource: …, id: … }, required: [...] }
 */
export function detailsSchemaOf(code: string, catalog?: Pick<AnyErrorCatalog, 'definitions'>): JsonSchema | undefined {
  if (Object.hasOwn(DETAILS_SCHEMAS, code)) return DETAILS_SCHEMAS[code as keyof typeof DETAILS_SCHEMAS];
  const declared: unknown = catalog?.definitions[code]?.details;
  // arktype's validators are functions.
  if ((typeof declared !== 'object' && typeof declared !== 'function') || declared === null) return undefined;
  const own = (declared as Record<symbol, unknown>)[DETAILS_JSON_SCHEMA];
  if (typeof own === 'object' && own !== null) return own as JsonSchema;
  return fromStandardJsonSchema(declared);
}

/** @internal The JSON Schema a Standard JSON Schema validator emits (standardschema.dev: `~standard.jsonSchema.output(options)`), if it does. */
export function fromStandardJsonSchema(validator: object): JsonSchema | undefined {
  const standard = (
    validator as { '~standard'?: { jsonSchema?: { output?: (options: { target: string }) => unknown } } }
  )['~standard'];
  const output = standard?.jsonSchema?.output;
  if (typeof output !== 'function') return undefined;
  const schema = output({ target: 'draft-2020-12' });
  if (typeof schema !== 'object' || schema === null) return undefined;
  // A document's own `$schema` does not belong inside the envelope's schema.
  const rest = { ...(schema as Record<string, unknown>) };
  delete rest.$schema;
  return rest;
}

/** The `error.code` schema: an enum of the catalog's codes (or of the given subset). */
export function toCodeSchema(catalog: AnyErrorCatalog, codes: readonly string[] = catalog.codes): JsonSchema {
  return {
    type: 'string',
    enum: [...codes],
    description: 'Machine-readable error code. ' + codes.map((c) => `${c} (${catalog.statusOf(c)})`).join(', ') + '.',
  };
}

/**
 * JSON Schema (2020-12) of the error envelope, with the catalog's codes as an enum.
 * @example writeFileSync('error-envelope.schema.json', JSON.stringify(toJsonSchema(errorCatalog), null, 2))
 */
export function toJsonSchema(
  catalog: AnyErrorCatalog,
  id = 'https://monitorqa.dev/schemas/error-envelope.json',
): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'MonitorQA error envelope',
    description: 'The body of every MonitorQA error response (4xx and 5xx).',
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['message', 'code'],
        properties: {
          message: { type: 'string', description: 'Human-readable description of the error.' },
          code: toCodeSchema(catalog),
          details: { type: 'object', description: 'Additional error context, shaped per code.' },
        },
        // Each code's own details shape, where it declares one.
        allOf: catalog.codes.flatMap((code) => {
          const details = detailsSchemaOf(code, catalog);
          return details === undefined
            ? []
            : [{ if: { properties: { code: { const: code } } }, then: { properties: { details } } }];
        }),
      },
    },
  };
}
