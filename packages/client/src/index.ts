export type { RequestBody } from './body.js';
export {
  createClient,
  type Client,
  type ClientOptions,
  type ClientResponse,
  type FetchInit,
  type HeadersOption,
  type RequestOptions,
} from './client.js';
export type { HookRequest, Hooks } from './hooks.js';
export { matchError, matcherFor, type CatalogHandlers, type CodeHandlers, type PartialHandlers } from './match.js';
export type { ParseAs, Parsed } from './parse-as.js';
export { parseResponse } from './parse-response.js';
export type { Query } from './query.js';
export { isApiError, type Received } from './received.js';
export type { AttemptInfo, RetryOptions } from './retry.js';
export { toApiError, type HeadersLike } from './to-api-error.js';
export { TransportError, isTransportError, type TransportErrorKind } from './transport-error.js';
