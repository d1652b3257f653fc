import type { ApiError } from '@monitorqa/errors';
import { normaliseError } from './normalise.js';
import { PROBLEM_JSON, prefersProblemJson, toProblemDocument } from './problem.js';
import type { ApiResponse } from './response.js';

/** What an adapter knows of the request, and what the service wants done with 5xx. */
export interface ErrorResponseOptions {
  /** Called with every 5xx and the value originally thrown, for logging. Its own errors are swallowed. */
  readonly onError?: ((error: unknown, info: ErrorInfo) => void) | undefined;
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

/**
 * Turns anything thrown into the documented status and envelope. Never throws; never
 * sends a stack, a cause, or a 5xx's own message.
 * @example
 * const { status, headers, body } = toErrorResponse(err, { requestId, onError: (e) => log.error(e) });
 */
export function toErrorResponse(thrown: unknown, options: ErrorResponseOptions = {}): ErrorResponse {
  const error = normaliseError(thrown);
  const { requestId } = options;
  if (error.status >= 500 && options.onError) {
    try {
      options.onError(thrown, { status: error.status, code: error.code, requestId, apiError: error });
    } catch {
      // A failing logger must not turn an answer into a crash.
    }
  }
  const problem = options.accept != null && prefersProblemJson(options.accept);
  const retryAfter = retryAfterHeader(error.retryAfter);
  // The common case shares one frozen header object: this runs on every failing request.
  let headers: Readonly<Record<string, string>> = problem ? PROBLEM_HEADERS : JSON_HEADERS;
  if (requestId !== undefined || retryAfter !== undefined) {
    const own: Record<string, string> = { 'content-type': headers['content-type']! };
    if (requestId !== undefined) own['x-request-id'] = requestId;
    if (retryAfter !== undefined) own['retry-after'] = retryAfter;
    headers = own;
  }
  return { status: error.status, headers, body: serialise(error, problem, requestId) };
}

function serialise(error: ApiError, problem: boolean, requestId: string | undefined): string {
  try {
    return JSON.stringify(problem ? toProblemDocument(error, requestId) : error.toJSON());
  } catch {
    // Details that cannot be serialised (a cycle, a BigInt): send the envelope without them.
    const { message, code } = error.toJSON().error;
    return JSON.stringify({ error: { message, code } });
  }
}

function retryAfterHeader(value: number | Date | undefined): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(Math.max(0, Math.ceil(value)));
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toUTCString();
  return undefined;
}
