import type { BaseErrorCode } from './codes.js';

/**
 * The codes every declared route may answer without declaring them: what the contract's own
 * machinery (the server's adapters and body readers, the API-key check, a gateway in front)
 * answers on a route whatever its handler does. `'body'`: only routes whose method carries a
 * body (POST, PUT, PATCH), since only their requests reach the body reader.
 *
 * Besides these, every route may answer every status's general code (`NOT_FOUND`, `CONFLICT`…):
 * a gateway's own page reads as its status's general code, and so does, for a client built
 * before it, a code the route gains later. `matchError` falls back to the general code at run
 * time, so a handler per general code makes a match total. Left out on purpose: `MAINTENANCE`
 * (a service's choice: it falls back to `SERVICE_UNAVAILABLE`), `RESOURCE_NOT_FOUND` (what a
 * gateway's 410 reads as, but a route that finds things declares it), `UPSTREAM_FAILED` and
 * `INSUFFICIENT_PERMISSIONS` (they say something about the route: declare them).
 */
export const UNIVERSAL_CODES = {
  /** The request itself is malformed (no Host, a bad Expect, a path that is not percent-encoding): refused before routing. */
  MALFORMED_REQUEST: 'any',
  /** The method and path match no route: a server without the route yet (a rollout), a wrong base URL, a gateway's 405. */
  ROUTE_NOT_FOUND: 'any',
  /** The contract's credential is an API key, checked before a route's handler runs. */
  MISSING_API_KEY: 'any',
  /** The API key sent is not one the service knows. */
  INVALID_API_KEY: 'any',
  /** A gateway's or a rate limiter's 429, read as 503 `OVERLOADED`. */
  OVERLOADED: 'any',
  /** The body is not JSON: the body reader answers before the handler. */
  MALFORMED_JSON: 'body',
  /** The body is not `application/json` (or not UTF-8, or encoded). */
  UNSUPPORTED_CONTENT_TYPE: 'body',
  /** The body is over the service's `bodyLimit` (or a gateway's 413). */
  PAYLOAD_TOO_LARGE: 'body',
} as const satisfies Partial<Record<BaseErrorCode, 'any' | 'body'>>;

/** A universal code. */
export type UniversalCode = keyof typeof UNIVERSAL_CODES;
