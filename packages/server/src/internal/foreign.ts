// How errors from the libraries services use map onto catalog codes. Each entry is
// a fact about a library's error shape, not a status list: statuses come from the catalog.
import type { ErrorCode, FieldErrors } from '@monitorqa/errors';

/** body-parser / raw-body `type` values (Express's `express.json()`). */
export const BODY_PARSER_TYPES: Readonly<Record<string, ErrorCode>> = {
  'entity.parse.failed': 'MALFORMED_JSON',
  'entity.too.large': 'PAYLOAD_TOO_LARGE',
  'entity.verify.failed': 'BAD_REQUEST',
  'request.aborted': 'BAD_REQUEST',
  'request.size.invalid': 'MALFORMED_REQUEST',
  'stream.encoding.set': 'INTERNAL_SERVER_ERROR',
  'charset.unsupported': 'UNSUPPORTED_CONTENT_TYPE',
  'encoding.unsupported': 'UNSUPPORTED_CONTENT_TYPE',
};

/** Fastify's own error codes. */
export const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_CONTENT_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
};

/** Turns validation issues (Standard Schema, zod, Ajv) into `{ "a.b": "message" }`. */
export function toFieldErrors(issues: readonly { readonly path: string; readonly message: string }[]): FieldErrors {
  // A null-prototype record: a field called "__proto__" is just a field.
  const fields = Object.create(null) as Record<string, string>;
  for (const { path, message } of issues) fields[path || '(root)'] ??= message;
  return fields;
}
