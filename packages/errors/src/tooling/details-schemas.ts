import type { ErrorDetails, ErrorCode } from '../base.js';
import type { JsonSchema } from './json-schema.js';

/** The base codes that declare a `details` shape. */
type CodeWithDetails = {
  [C in ErrorCode]: ErrorDetails<C> extends Readonly<Record<string, unknown>> | undefined
    ? undefined extends ErrorDetails<C>
      ? never
      : C
    : C;
}[ErrorCode];

const text = { type: 'string' } as const;
// Marked pure so that a bundle which never reads the schemas (the client) drops them.
/* @__NO_SIDE_EFFECTS__ */
function object(properties: Record<string, JsonSchema>, required: readonly string[] = []): JsonSchema {
  return required.length > 0 ? { type: 'object', properties, required } : { type: 'object', properties };
}

/**
 * The `details` each base code declares, as JSON Schema, for the generated schema and docs.
 * Typed by the codes that declare details, so a code that gains them fails to compile here.
 */
export const DETAILS_SCHEMAS: { readonly [C in CodeWithDetails]: JsonSchema } = {
  MISSING_REQUIRED_FIELD: object({ field: text }, ['field']),
  INVALID_PARAMETER: object({ parameter: text, reason: text }, ['parameter']),
  PAYLOAD_TOO_LARGE: object({ limit: { type: 'integer', description: 'The largest body accepted, in bytes.' } }),
  UNSUPPORTED_CONTENT_TYPE: object({ contentType: text, contentEncoding: text, expected: text }, ['expected']),
  MISSING_API_KEY: object({ header: { const: 'X-API-KEY' } }, ['header']),
  INSUFFICIENT_PERMISSIONS: object({ required: text }, ['required']),
  ROUTE_NOT_FOUND: object({ method: text, path: text }, ['method', 'path']),
  RESOURCE_NOT_FOUND: object({ resource: text, id: text }, ['resource', 'id']),
  RESOURCE_ALREADY_EXISTS: object({ resource: text, field: text, value: text }, ['resource']),
  VALIDATION_FAILED: {
    type: 'object',
    description: 'Each failing field, by dotted path ("(root)" for the body itself), with every failure found for it.',
    additionalProperties: { type: 'array', items: text, minItems: 1 },
  },
  INTERNAL_SERVER_ERROR: { type: 'object', maxProperties: 0 },
  UPSTREAM_FAILED: object({
    upstream: { type: 'string', description: 'The name the service gives the upstream.' },
    status: { type: 'integer', description: "The upstream's HTTP status." },
    code: { type: 'string', description: "The upstream's error code, when it answered with the envelope." },
    requestId: { type: 'string', description: 'The request id the upstream answered with.' },
  }),
};
