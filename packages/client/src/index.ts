export { createClient, type Client, type ClientOptions, type ClientResponse, type RequestOptions } from './client.js';
export {
  matchError,
  matcherFor,
  type CatalogHandlers,
  type CodeHandlers,
  type PartialHandlers,
  type Received,
} from './match.js';
export { parseResponse } from './parse-response.js';
export type { AttemptInfo, RetryOptions } from './retry.js';
export { toApiError, type HeadersLike } from './to-api-error.js';
export { TransportError, isTransportError, type TransportErrorKind } from './transport-error.js';
