import { apiError, type ApiError } from '@monitorqa/errors';
import { refusesBody } from './internal/body.js';
import { retryAfterHeader, wireOf, type Wire } from './internal/wire.js';
import { normaliseError } from './normalise.js';
import { PROBLEM_JSON, prefersProblemJson, problemOf } from './problem.js';
import type { ApiResponse } from './response.js';

/** What an adapter knows of the request, and what the service wants done with 5xx. */
export interface ErrorResponseOptions {
  /** Called with every 5xx and the value originally thrown, for logging. Its own errors are swallowed. */
  readonly onError?: ((error: unknown, info: ErrorInfo) => void) | undefined;
  /** Called with every error answer, 4xx and 5xx, for metrics and tracing (`traceErrors()` of `/otel`). Its own errors are swallowed. */
  readonly onAnswer?: ((error: unknown, info: ErrorInfo) => void) | undefined;
  /** Echoed as `X-Request-Id`; adapters pass the request's (or a new) id. */
  readonly requestId?: string | undefined;
  /** The request's `Accept`: `application/problem+json` preferred → an RFC 9457 document. */
  readonly accept?: string | null | undefined;
}

/** What `onError` learns besides the original error. */
export interface ErrorInfo {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  /** The normalised error that was sent. */
  readonly apiError: ApiError;
}

/** An error response: status, headers and the serialised envelope. */
export interface ErrorResponse extends ApiResponse {
  readonly body: string;
}

const JSON_HEADERS = Object.freeze({ 'content-type': 'application/json; charset=utf-8' });
const PROBLEM_HEADERS = Object.freeze({ 'content-type': `${PROBLEM_JSON}; charset=utf-8` });
const INTERNAL = apiError('INTERNAL_SERVER_ERROR', { captureStack: false });

/**
 * Turns anything thrown into the documented status and envelope. Never throws; never
 * sends a stack, a cause, or a 5xx's own message; never calls the thrown value's own
 * code (`toJSON`, getters) more than once.
 * @example
 * const { status, headers, body } = toErrorResponse(err, { requestId, onError: (e) => log.error(e) });
 */
export function toErrorResponse(thrown: unknown, options: ErrorResponseOptions = {}): ErrorResponse {
  try {
    return answer(thrown, options);
  } catch {
    // Only a value built to defeat every check above gets here: still the contract's 500.
    return LAST_RESORT;
  }
}

function answer(thrown: unknown, options: ErrorResponseOptions): ErrorResponse {
  let error = normaliseError(thrown);
  let wire = wireOf(error);
  if (wire === undefined) {
    // A value that passed as an ApiError and then changed its mind: unknown, so a 500.
    error = apiError('INTERNAL_SERVER_ERROR', { cause: thrown, captureStack: false });
    wire = wireOf(error)!;
  }
  const { requestId, onError, onAnswer } = options;
  if ((wire.status >= 500 && onError) || onAnswer) {
    const info: ErrorInfo = { status: wire.status, code: wire.code, requestId, apiError: error };
    for (const hook of wire.status >= 500 ? [onError, onAnswer] : [onAnswer]) {
      try {
        hook?.(thrown, info);
      } catch {
        // A failing logger or tracer must not turn an answer into a crash.
      }
    }
  }
  let problem = false;
  try {
    problem = prefersProblemJson(options.accept);
  } catch {
    // An Accept header is the client's; a strange one gets the envelope.
  }
  const retryAfter = retryAfterHeader(wire.retryAfter);
  // The common case shares one frozen header object: this runs on every failing request.
  let headers: Readonly<Record<string, string>> = problem ? PROBLEM_HEADERS : JSON_HEADERS;
  const close = refusesBody(wire.code);
  if (requestId !== undefined || retryAfter !== undefined || close) {
    const own: Record<string, string> = { 'content-type': headers['content-type']! };
    if (requestId !== undefined) own['x-request-id'] = requestId;
    if (retryAfter !== undefined) own['retry-after'] = retryAfter;
    if (close) own.connection = 'close';
    headers = own;
  }
  return { status: wire.status, headers, body: serialise(wire, problem, requestId) };
}

function serialise(wire: Wire, problem: boolean, requestId: string | undefined): string {
  const { message, code, details } = wire;
  try {
    if (problem) return JSON.stringify(problemOf(wire, requestId));
    return JSON.stringify(details === undefined ? { error: { message, code } } : { error: { message, code, details } });
  } catch {
    // Details that cannot be serialised (a cycle, a BigInt, a throwing getter): the envelope without them.
    return JSON.stringify(problem ? problemOf({ ...wire, details: undefined }, requestId) : { error: { message, code } });
  }
}

const LAST_RESORT: ErrorResponse = Object.freeze({ status: 500, headers: JSON_HEADERS, body: JSON.stringify(INTERNAL) });
