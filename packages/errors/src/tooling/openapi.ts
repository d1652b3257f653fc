import type { AnyErrorCatalog } from '../catalog.js';
import { genericMessage } from '../general.js';
import { ERROR_STATUS_LIST, STATUSES } from '../status.js';
import { STATUS_DOCS } from './status-docs.js';
import { toCodeSchema, type JsonSchema } from './json-schema.js';

/** The envelope as an OpenAPI component: its code the `ErrorCode` component, whatever shape that one has. */
export const ENVELOPE_COMPONENT: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['message', 'code'],
      properties: {
        message: { type: 'string' },
        code: { $ref: '#/components/schemas/ErrorCode' },
        details: { type: 'object', additionalProperties: true },
      },
    },
  },
};

/**
 * OpenAPI 3.1 `components`: the envelope schema and one response per documented error
 * status, named after its reason phrase (`NotFound`), whose `code` enum lists only the
 * codes of that status.
 * @example const doc = { openapi: '3.1.0', components: toOpenApiComponents(errorCatalog), paths: {} }
 */
export function toOpenApiComponents(catalog: AnyErrorCatalog): JsonSchema {
  const responses: Record<string, unknown> = {};
  for (const status of ERROR_STATUS_LIST) {
    const codes = catalog.codesFor(status);
    const general = codes[0];
    if (general === undefined) continue;
    const { description, noteLabel, note } = STATUS_DOCS[status];
    responses[STATUSES[status].reason.replaceAll(' ', '')] = {
      description: `${status} ${STATUSES[status].reason}: ${description}. ${noteLabel}: ${note}.`,
      content: {
        'application/json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/ErrorEnvelope' },
              {
                type: 'object',
                properties: { error: { type: 'object', properties: { code: toCodeSchema(catalog, codes) } } },
              },
            ],
          },
          example: {
            error: {
              message: STATUSES[status].exposeMessage ? catalog.definitions[general]!.message : genericMessage(status),
              code: general,
            },
          },
        },
      },
    };
  }
  return {
    schemas: {
      ErrorCode: toCodeSchema(catalog),
      ErrorEnvelope: ENVELOPE_COMPONENT,
    },
    responses,
  };
}
