// The framework-neutral core: what every adapter answers with, for services that build their own.
export {
  toErrorResponse,
  type ErrorHooks,
  type ErrorInfo,
  type ErrorResponse,
  type ErrorResponseOptions,
  type RequestView,
} from './core/answer.js';
export { created, noContent, ok, type ApiResponse, type SuccessResponse } from './core/response.js';
export { prefersProblemJson } from './core/problem.js';
export { defineApiKeys, type ApiKeyAuth, type ApiKeyGrant } from './helpers/auth.js';
export { EXPOSED_HEADERS } from './helpers/cors.js';
export { ensureOk, unavailable, upstreamFailed } from './helpers/upstream.js';
export { validate, validateAsync, type StandardSchemaV1 } from './helpers/validate.js';
export { UndeclaredError, type RouteOptions, type UndeclaredInfo } from './routes/declared.js';
