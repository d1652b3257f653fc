export { ApiError, type ApiErrorInit, type ReceivedResponse } from './api-error.js';
export { apiError, isApiError, type AnyApiError, type ErrorCode, type ErrorDetails } from './base.js';
export {
  defineErrorCatalog,
  errorCatalog,
  type AnyErrorCatalog,
  type ApiErrorOf,
  type CatalogOptions,
  type CodeDefinitions,
  type CodeOf,
  type DetailsOf,
  type InitArgs,
  type ErrorCatalog,
  type NoRedefinition,
} from './catalog.js';
export { BASE_CODES, type BaseErrorCode, type CodeDefinition } from './codes.js';
export { isCodeLike } from './code-form.js';
export { CONTRACT_MESSAGES } from './contract-messages.js';
export { details, schemaDetails, type AnyDetails, type FieldErrors, type UpstreamDetails } from './details.js';
export {
  isErrorEnvelope,
  toEnvelope,
  toEnvelopeJson,
  parseEnvelope,
  readEnvelope,
  type ApiResult,
  type ErrorBody,
  type ErrorEnvelope,
  type ParsedEnvelope,
} from './envelope.js';
export { isJsonMediaType } from './media-type.js';
export {
  UNDOCUMENTED_STATUSES,
  codeForStatus,
  generalCode,
  genericMessage,
  readStatus,
  type GeneralCode,
} from './general.js';
export {
  ERROR_STATUS_LIST,
  STATUSES,
  STATUS_LIST,
  isDocumentedStatus,
  isErrorStatus,
  isRetryableStatus,
  reasonOf,
  type ErrorStatus,
  type Status,
  type StatusClass,
  type StatusInfo,
  type StatusInfoOf,
  type SuccessStatus,
} from './status.js';
export { ERROR_CODES_DOCS_URL, docsUrl } from './docs-url.js';
export {
  defineRoutes,
  routeCodes,
  shape,
  type AnyRoute,
  type PathParams,
  type Route,
  type RouteDefinition,
  type RouteError,
  type RouteErrorCode,
  type RouteMethod,
  type Routes,
  type Shape,
  type ShapeMarker,
  type ShapeType,
} from './routes.js';
export { UNIVERSAL_CODES, type UniversalCode } from './universal-codes.js';
