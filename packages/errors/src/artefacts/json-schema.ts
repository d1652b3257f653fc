import type { AnyErrorCatalog } from '../catalog.js';
import { BASE_CODES } from '../codes.js';
import { CODE_DOCS } from '../code-docs.js';

/** A JSON Schema document, as plain data. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The description of a code: its own, or the base contract's. */
export function describeCode(catalog: AnyErrorCatalog, code: string): string {
  const own = catalog.definitions[code]?.description;
  if (own !== undefined) return own;
  return Object.hasOwn(BASE_CODES, code) ? CODE_DOCS[code as keyof typeof BASE_CODES] : '';
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
export function toJsonSchema(catalog: AnyErrorCatalog, id = 'https://monitorqa.dev/schemas/error-envelope.json'): JsonSchema {
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
      },
    },
  };
}
