export { createClient, type Client, type ClientOptions, type ClientResponse, type RequestOptions } from './client.js';
export { matchError, matcherFor, type CatalogHandlers, type CodeHandlers, type PartialHandlers, type Received } from './match.js';
export { parseResponse, parseSuccess } from './parse-response.js';
export { backoff, isRetryable, type AttemptInfo, type RetryOptions } from './retry.js';
export { RAW_BODY_LIMIT, toApiError, type HeadersLike } from './to-api-error.js';
export { TransportError, isTransportError, type TransportErrorKind } from './transport-error.js';
