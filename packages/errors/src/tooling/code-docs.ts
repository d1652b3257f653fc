import type { BaseErrorCode } from '../codes.js';

/**
 * What each base code means, for the generated docs and JSON Schema. Kept apart from
 * `codes.ts` so a bundle that only needs codes does not carry the prose.
 */
export const CODE_DOCS: Readonly<Record<BaseErrorCode, string>> = {
  BAD_REQUEST: 'The request is invalid in a way no more specific code describes.',
  MALFORMED_JSON: 'The body is not valid JSON.',
  MISSING_REQUIRED_FIELD: 'A required field is missing from the body or query.',
  INVALID_PARAMETER: 'A path or query parameter has a value of the wrong form.',
  PAYLOAD_TOO_LARGE: 'The body is larger than the service accepts.',
  UNSUPPORTED_CONTENT_TYPE: "The body's content type is not one the endpoint accepts.",
  MALFORMED_REQUEST: 'The HTTP request itself is malformed (bad request line, headers or framing).',
  UNAUTHORIZED: 'Authentication is required or failed.',
  MISSING_API_KEY: 'No `X-API-KEY` header was sent.',
  INVALID_API_KEY: 'The `X-API-KEY` header holds no known key.',
  FORBIDDEN: 'The caller is authenticated but may not do this.',
  INSUFFICIENT_PERMISSIONS: 'The API key lacks a permission the operation needs.',
  NOT_FOUND: 'Nothing was found at this address.',
  ROUTE_NOT_FOUND: 'No endpoint matches the method and path.',
  RESOURCE_NOT_FOUND: 'The endpoint exists but the resource ID does not.',
  CONFLICT: "The request conflicts with the resource's current state.",
  RESOURCE_ALREADY_EXISTS: 'A resource with the same identity already exists.',
  UNPROCESSABLE_ENTITY: 'The request is well formed but its data is invalid.',
  VALIDATION_FAILED:
    'One or more fields failed validation: `details` maps each field path to the list of its problems.',
  INTERNAL_SERVER_ERROR: 'An unexpected error: the cause is logged, never sent.',
  BAD_GATEWAY: 'A gateway or proxy in front of the service failed.',
  UPSTREAM_FAILED:
    'An upstream service the request depends on failed: `details` may name it and carry its status, error code and request id, never its message.',
  SERVICE_UNAVAILABLE: 'The service is temporarily unavailable.',
  MAINTENANCE: 'The service is down for maintenance.',
  OVERLOADED: 'The service is shedding load.',
};
