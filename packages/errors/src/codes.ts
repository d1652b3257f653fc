import { details, type FieldErrors, type UpstreamDetails } from './details.js';
import type { ErrorStatus } from './status.js';

/**
 * The machine-readable codes of the contract. Each maps onto exactly one documented
 * error status; the first code listed for a status is its general code.
 * Descriptions live in `tooling/code-docs.ts`, so a browser bundle does not carry them.
 */
export const BASE_CODES = {
  // 400 Bad Request
  BAD_REQUEST: { status: 400, message: 'The request is invalid.' },
  MALFORMED_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  MISSING_REQUIRED_FIELD: {
    status: 400,
    message: 'A required field is missing.',
    details: details<{ field: string }>(),
  },
  INVALID_PARAMETER: {
    status: 400,
    message: 'A parameter has an invalid value.',
    details: details<{ parameter: string; reason?: string }>(),
  },
  PAYLOAD_TOO_LARGE: { status: 400, message: 'The request body is too large.', details: details<{ limit?: number }>() },
  UNSUPPORTED_CONTENT_TYPE: {
    status: 400,
    message: 'The request content type is not supported.',
    details: details<{ contentType?: string; contentEncoding?: string; expected: string }>(),
  },
  MALFORMED_REQUEST: { status: 400, message: 'The HTTP request is malformed.' },

  // 401 Unauthorized
  UNAUTHORIZED: { status: 401, message: 'Authentication is required.' },
  MISSING_API_KEY: {
    status: 401,
    message: 'The X-API-KEY header is missing.',
    details: details<{ header: 'X-API-KEY' }>(),
  },
  INVALID_API_KEY: { status: 401, message: 'The API key is invalid.' },

  // 403 Forbidden
  FORBIDDEN: { status: 403, message: 'Access to this resource is denied.' },
  INSUFFICIENT_PERMISSIONS: {
    status: 403,
    message: 'The API key lacks the permission this operation needs.',
    details: details<{ required: string }>(),
  },

  // 404 Not Found
  NOT_FOUND: { status: 404, message: 'The requested resource was not found.' },
  ROUTE_NOT_FOUND: {
    status: 404,
    message: 'No endpoint matches this method and path.',
    details: details<{ method: string; path: string }>(),
  },
  RESOURCE_NOT_FOUND: {
    status: 404,
    message: 'The resource does not exist.',
    details: details<{ resource: string; id: string }>(),
  },

  // 409 Conflict
  CONFLICT: { status: 409, message: 'The request conflicts with the current state of the resource.' },
  RESOURCE_ALREADY_EXISTS: {
    status: 409,
    message: 'The resource already exists.',
    details: details<{ resource: string; field?: string; value?: string }>(),
  },

  // 422 Unprocessable Entity
  UNPROCESSABLE_ENTITY: { status: 422, message: 'The request contains invalid data.' },
  VALIDATION_FAILED: { status: 422, message: 'Validation failed.', details: details<FieldErrors>() },

  // 500 Internal Server Error
  INTERNAL_SERVER_ERROR: {
    status: 500,
    message: 'An unexpected error occurred.',
    details: details<Record<string, never>>(),
  },

  // 502 Bad Gateway
  BAD_GATEWAY: { status: 502, message: 'A gateway error occurred. Retry the request.' },
  UPSTREAM_FAILED: {
    status: 502,
    message: 'An upstream service failed. Retry the request.',
    details: details<UpstreamDetails>(),
  },

  // 503 Service Unavailable
  SERVICE_UNAVAILABLE: { status: 503, message: 'The service is temporarily unavailable. Retry after a delay.' },
  MAINTENANCE: { status: 503, message: 'The service is under maintenance. Retry after a delay.' },
  OVERLOADED: { status: 503, message: 'The service is overloaded. Retry after a delay.' },
} as const satisfies Readonly<Record<string, CodeDefinition>>;

/** How a code is defined: the status it maps onto, its default message, optionally its details shape. */
export interface CodeDefinition {
  /** A documented error status. */
  readonly status: ErrorStatus;
  /** The default message, sent when a caller gives none. */
  readonly message: string;
  /** A sentence for the docs; base codes keep theirs in `tooling/code-docs.ts`. */
  readonly description?: string;
  /**
   * The details shape: `details<T>()` (the type alone), `schemaDetails<T>(jsonSchema)`, or a
   * Standard Schema validator (zod, valibot, arktype), whose output type it declares.
   */
  readonly details?: object;
}

/** A code of the base contract. */
export type BaseErrorCode = keyof typeof BASE_CODES;
