export { API_KEY_HEADER, defineApiKeys, type ApiKeyAuth, type ApiKeyGrant } from './auth.js';
export { EXPOSED_HEADERS, isPreflight } from './cors.js';
export { normaliseError, validationFailed } from './normalise.js';
export { PROBLEM_JSON, prefersProblemJson, toProblemDocument } from './problem.js';
export { requestIdFrom } from './request-id.js';
export { created, noContent, ok, type ApiResponse, type SuccessResponse } from './response.js';
export { toErrorResponse, type ErrorInfo, type ErrorResponse, type ErrorResponseOptions } from './to-error-response.js';
export { unavailable, upstreamFailed } from './upstream.js';
export { validate, type StandardSchemaV1 } from './validate.js';
