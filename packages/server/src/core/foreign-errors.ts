// How errors from the libraries services use map onto catalog codes. Each entry is
// a fact about a library's error shape, not a status list: statuses come from the catalog.
import {
  CONTRACT_MESSAGES,
  apiError,
  generalCode,
  readStatus,
  type ApiError,
  type ErrorCode,
  type ErrorDetails,
  type FieldErrors,
} from '@monitorqa/errors';
import { payloadTooLarge } from '../body/policy.js';
import { malformedPath } from './route.js';

type Loose = Record<string, unknown>;
const EXPECTED = { expected: 'application/json' } as const;

/** body-parser / raw-body `type` values (Express's `express.json()`). */
export const BODY_PARSER_ERRORS: Readonly<Record<string, (e: Loose) => ApiError>> = {
  'entity.parse.failed': (e) => apiError('MALFORMED_JSON', { cause: e }),
  'entity.too.large': (e) =>
    withCause(typeof e.limit === 'number' ? payloadTooLarge(e.limit) : apiError('PAYLOAD_TOO_LARGE'), e),
  'entity.verify.failed': (e) => apiError('BAD_REQUEST', { cause: e }),
  'request.aborted': (e) => apiError('BAD_REQUEST', { cause: e }),
  'request.size.invalid': (e) => apiError('MALFORMED_REQUEST', { cause: e }),
  'stream.encoding.set': (e) => apiError('INTERNAL_SERVER_ERROR', { cause: e }),
  'charset.unsupported': (e) => apiError('UNSUPPORTED_CONTENT_TYPE', { cause: e, details: EXPECTED }),
  'encoding.unsupported': (e) => apiError('UNSUPPORTED_CONTENT_TYPE', { cause: e, details: EXPECTED }),
};

/**
 * body-parser inflates a body that says `Content-Encoding: gzip` (or deflate, br) and passes zlib's own
 * error on as a 400 ("incorrect header check", "unexpected end of file"): the contract refuses encoded
 * bodies, so it is the 400 `UNSUPPORTED_CONTENT_TYPE` that `jsonBody()` would have answered.
 */
export function fromZlib(e: Loose): ApiError | undefined {
  return typeof e.code === 'string' && /^Z_(DATA|BUF)_ERROR$/.test(e.code) && e.status === 400
    ? apiError('UNSUPPORTED_CONTENT_TYPE', { cause: e, message: CONTRACT_MESSAGES.contentEncoding, details: EXPECTED })
    : undefined;
}

/** Express's router throws a 400 `URIError` for a route parameter that is not valid percent-encoding. */
export function fromUndecodablePath(e: Loose): ApiError | undefined {
  return e instanceof URIError && e.status === 400 ? withCause(malformedPath(), e) : undefined;
}

/** `error`, keeping the foreign value it was read from as its `cause` (for logs). */
export function withCause(error: ApiError, cause: unknown): ApiError {
  return Object.defineProperty(error, 'cause', { value: cause, configurable: true, writable: true });
}

// Base codes whose details have required keys: a foreign error cannot fill them, so its
// status answers with the general code. The type makes the compiler list every such code.
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- the empty object is the point: a code whose details {} cannot stand for
type NeedsDetails = { [C in ErrorCode]: Record<never, never> extends ErrorDetails<C> ? never : C }[ErrorCode];
const NEEDS_DETAILS: { readonly [C in NeedsDetails]: true } = {
  MISSING_REQUIRED_FIELD: true,
  INVALID_PARAMETER: true,
  UNSUPPORTED_CONTENT_TYPE: true,
  MISSING_API_KEY: true,
  INSUFFICIENT_PERMISSIONS: true,
  ROUTE_NOT_FOUND: true,
  RESOURCE_NOT_FOUND: true,
  RESOURCE_ALREADY_EXISTS: true,
};

/** The code a foreign error with an HTTP error status answers with: the contract's reading of the status. */
export function codeOfForeignStatus(status: number): ErrorCode {
  const [code, contractStatus] = readStatus(status) ?? ['INTERNAL_SERVER_ERROR', 500];
  return Object.hasOwn(NEEDS_DETAILS, code) ? generalCode(contractStatus) : code;
}

/**
 * Turns validation issues (Standard Schema, zod, Ajv) into `{ "a.b": ["message", …] }`:
 * every failure of a field, in the order found.
 */
export function toFieldErrors(issues: readonly { readonly path: string; readonly message: string }[]): FieldErrors {
  // A null-prototype record: a field called "__proto__" is just a field.
  const fields = Object.create(null) as Record<string, string[]>;
  for (const { path, message } of issues) (fields[path || '(root)'] ??= []).push(message);
  return fields;
}
