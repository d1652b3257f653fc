import { toEnvelopeJson } from '@monitorqa/errors';
import { refusesBody } from '../body/policy.js';
import type { ForeignContext } from './foreign.js';
import { PROBLEM_JSON, prefersProblemJson, problemOf } from './problem.js';
import { requestIdFrom } from './request-id.js';
import type { ApiResponse } from './response.js';
import { INTERNAL_WIRE, toWire, type Wire } from './wire.js';

/**
 * What the answer to an error depends on of the request: every adapter hands the core this
 * small view, and the core does the rest (request id, content negotiation, hooks).
 */
export interface RequestView extends ForeignContext {
  readonly method?: string | undefined;
  /** The request target as sent (path and query), for logs. */
  readonly path?: string | undefined;
  /** The `Accept` header: `application/problem+json` preferred → an RFC 9457 document. */
  readonly accept?: string | null | undefined;
  /** The `X-Request-Id` header: echoed when it is a sane token, else a new id is made. */
  readonly requestId?: string | readonly string[] | null | undefined;
}

/** What a service wants done with error answers: the same hooks on every adapter. */
export interface ErrorHooks {
  /** Called with every 5xx (a server failure) and the value originally thrown, for logging. Its own errors are swallowed. */
  readonly onServerError?: ((error: unknown, info: ErrorInfo) => void) | undefined;
  /** Called with every error answer, 4xx and 5xx, for metrics and tracing (`traceErrors()` of `/otel`). Its own errors are swallowed. */
  readonly onErrorResponse?: ((error: unknown, info: ErrorInfo) => void) | undefined;
}

/** Options of `toErrorResponse`: the hooks, and the request being answered. */
export interface ErrorResponseOptions extends ErrorHooks {
  readonly request?: RequestView | undefined;
}

/** What the hooks learn besides the value thrown. */
export interface ErrorInfo {
  readonly status: number;
  readonly code: string;
  /** The request's id, echoed as `X-Request-Id`; `undefined` when no request was given. */
  readonly requestId: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
}

/** An error response: status, headers and the serialised envelope. */
export interface ErrorResponse extends ApiResponse {
  readonly body: string;
}

const JSON_HEADERS = Object.freeze({ 'content-type': 'application/json; charset=utf-8' });
const PROBLEM_HEADERS = Object.freeze({ 'content-type': `${PROBLEM_JSON}; charset=utf-8` });
const NO_REQUEST: RequestView = Object.freeze({});

/**
 * Turns anything thrown into the documented status and envelope. Never throws; never
 * sends a stack, a cause, or a 5xx's own message; reads the thrown value once and never
 * calls its own code (`toJSON`, methods).
 * @example
 * const { status, headers, body } = toErrorResponse(err, { request: { accept, requestId }, onServerError: (e) => log.error(e) });
 */
export function toErrorResponse(thrown: unknown, options: ErrorResponseOptions = {}): ErrorResponse {
  const request = options.request ?? NO_REQUEST;
  const wire = toWire(thrown, request);
  // Every adapter passes its request, so every answer of theirs carries an id; a bare call has no request to name.
  const requestId = options.request === undefined ? undefined : requestIdFrom(request.requestId);
  const { onServerError, onErrorResponse } = options;
  if ((wire.status >= 500 && onServerError) || onErrorResponse) {
    const info: ErrorInfo = {
      status: wire.status,
      code: wire.code,
      requestId,
      method: request.method,
      path: request.path,
    };
    if (wire.status >= 500) call(onServerError, thrown, info);
    call(onErrorResponse, thrown, info);
  }
  const problem = prefersProblemJson(request.accept);
  return {
    status: wire.status,
    headers: headersOf(wire, problem, requestId),
    body: serialise(wire, problem, requestId),
  };
}

function call(hook: ErrorHooks['onServerError'], thrown: unknown, info: ErrorInfo): void {
  try {
    hook?.(thrown, info);
  } catch {
    // A failing logger or tracer must not turn an answer into a crash.
  }
}

// The contract's 503 always says when to come back: this, when the error itself does not.
const DEFAULT_RETRY_AFTER = '1';
// HTTP requires a challenge on every 401; the contract's credential is an API key in X-API-KEY.
const CHALLENGE = 'ApiKey header="X-API-KEY"';

function headersOf(wire: Wire, problem: boolean, requestId: string | undefined): Readonly<Record<string, string>> {
  const { status } = wire;
  const retryAfter = retryAfterHeader(wire.retryAfter) ?? (status === 503 ? DEFAULT_RETRY_AFTER : undefined);
  const close = refusesBody(wire.code);
  const shared = problem ? PROBLEM_HEADERS : JSON_HEADERS;
  // The common case shares one frozen object: this runs on every failing request.
  if (requestId === undefined && retryAfter === undefined && !close && status !== 401) return shared;
  const headers: Record<string, string> = { 'content-type': shared['content-type'] };
  if (requestId !== undefined) headers['x-request-id'] = requestId;
  if (retryAfter !== undefined) headers['retry-after'] = retryAfter;
  if (status === 401) headers['www-authenticate'] = CHALLENGE;
  if (close) headers.connection = 'close';
  return headers;
}

// The generic 500's envelope never changes: serialised once.
const INTERNAL_BODY = toEnvelopeJson(INTERNAL_WIRE.message, INTERNAL_WIRE.code, undefined);

function serialise(wire: Wire, problem: boolean, requestId: string | undefined): string {
  if (wire === INTERNAL_WIRE && !problem) return INTERNAL_BODY;
  const { message, code, details } = wire;
  try {
    return problem ? JSON.stringify(problemOf(wire, requestId)) : toEnvelopeJson(message, code, details);
  } catch {
    // Details that cannot be serialised (a cycle, a BigInt, a throwing getter): the envelope without them.
    return problem
      ? JSON.stringify(problemOf({ ...wire, details: undefined }, requestId))
      : toEnvelopeJson(message, code, undefined);
  }
}

// The longest wait a Retry-After may ask for: HTTP asks recipients to handle delta-seconds
// up to 2^31 - 1, and an HTTP date has four-digit years.
const MAX_SECONDS = 2_147_483_647;
const MAX_DATE = Date.UTC(9999, 11, 31, 23, 59, 59);

/** `Retry-After` as seconds (an integer, clamped) or an IMF-fixdate (clamped to years 1970–9999). */
function retryAfterHeader(value: number | Date | undefined): string | undefined {
  if (typeof value === 'number')
    return Number.isNaN(value) ? undefined : String(Math.min(MAX_SECONDS, Math.max(0, Math.ceil(value))));
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : new Date(Math.min(MAX_DATE, Math.max(0, time))).toUTCString();
  }
  return undefined;
}
