import { ApiError, isCodeLike, isErrorStatus, readEnvelope, readStatus, reasonOf } from '@monitorqa/errors';
import { parseRetryAfter } from './internal/retry-after.js';

/** How much of a non-contract body is kept for debugging. */
export const RAW_BODY_LIMIT = 2048;

/** Headers as `fetch`, axios or a plain record give them. */
export type HeadersLike = Headers | Readonly<Record<string, string | readonly string[] | undefined | null>>;

function header(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name] ?? (headers as Record<string, unknown>)[name.toLowerCase()];
  return Array.isArray(value) ? String(value[0]) : typeof value === 'string' ? value : undefined;
}

/**
 * The `ApiError` of any error answer. A valid envelope (or RFC 9457 document) with a
 * documented status keeps its code, message and details; anything else (an HTML page
 * from a gateway, an empty body, truncated JSON, an undocumented status) gets the
 * catalog's code for its status, `fromContract: false`, and the raw text, bounded.
 * Never throws.
 * @example
 * const res = await axios.get(url, { validateStatus: () => true, responseType: 'text' });
 * if (res.status >= 400) throw toApiError(res.status, res.headers, res.data);
 */
export function toApiError(status: number, headers: HeadersLike, bodyText: string): ApiError {
  return readError(status, { get: (name) => header(headers, name) }, bodyText, undefined, status, fromProblem);
}

/** What `readError` reads headers with: `Headers#get`. */
export interface HeaderReader {
  get(name: string): string | null | undefined;
}

/**
 * `toApiError` from headers read with `get` (a `Response`'s). `requestId` stands in when the answer
 * carries no `X-Request-Id` (a gateway's page echoes none: the id sent is still the one to look for).
 * `readAs` is the status the answer counts as: a 2xx whose JSON is broken counts as a 502. `other` reads
 * a body that is not the envelope: `createClient` asks for `application/json` and passes none, so its
 * bundle does without the RFC 9457 reader (79 B gzipped, measured).
 */
export function readError(
  status: number,
  headers: HeaderReader,
  bodyText: string,
  requestId?: string,
  readAs = status,
  other?: (value: unknown) => ErrorBodyLike | undefined,
): ApiError {
  // A 3xx that was not followed is an invalid upstream answer.
  const [fallbackCode, contractStatus] = readStatus(readAs) ?? readStatus(502)!;
  const parsed = parseJson(bodyText);
  const found = readEnvelope(parsed) ?? other?.(parsed);
  // One literal, not a spread: a spread options object makes the error several times dearer.
  return new ApiError(found?.code ?? fallbackCode, {
    status: contractStatus,
    retryAfter: parseRetryAfter(headers.get('retry-after')),
    expose: true,
    // Spelled out, not left to the constructor: a catalog loaded in the same process must not change what
    // was read. An answer without an envelope says what was really answered (a proxy's 504 reads as 502):
    // a person debugging reads it.
    message: found?.message ?? `${reasonOf(contractStatus)} (HTTP ${status})`,
    details: found?.details,
    response: {
      status,
      // A code is never empty.
      fromContract: isErrorStatus(status) && !!found?.code,
      body: found ? undefined : bodyText.slice(0, RAW_BODY_LIMIT),
      requestId: headers.get('x-request-id') ?? requestId,
    },
  });
}

/** `JSON.parse`, or `undefined` for text that is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

type ErrorBodyLike = {
  readonly code: string | undefined;
  readonly message: string;
  readonly details: Record<string, unknown> | undefined;
};

// RFC 9457: `detail` or `title` carries the message; our servers add `code` and `details`.
function fromProblem(value: unknown): ErrorBodyLike | undefined {
  const doc: Record<string, unknown> = isRecord(value) ? value : {};
  const message = typeof doc.detail === 'string' ? doc.detail : doc.title;
  if (typeof message !== 'string') return undefined;
  return {
    code: isCodeLike(doc.code) ? doc.code : undefined,
    message,
    details: isRecord(doc.details) ? doc.details : undefined,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
