import { ApiError, isCodeLike, isErrorStatus, parseEnvelope, readStatus } from '@monitorqa/errors';
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
  const documented = isErrorStatus(status);
  // A 3xx that was not followed is an invalid upstream answer.
  const [fallbackCode, contractStatus] = readStatus(status) ?? (['BAD_GATEWAY', 502] as const);
  const retryAfter = parseRetryAfter(header(headers, 'retry-after'));
  const parsed = parseJson(bodyText);
  const envelope = parseEnvelope(parsed);
  const found = envelope.ok ? envelope.envelope.error : fromProblem(parsed);
  // One literal, not a spread: a spread options object makes the error several times dearer.
  return new ApiError(found?.code ?? fallbackCode, {
    status: contractStatus,
    httpStatus: status,
    retryAfter,
    expose: true,
    received: true,
    message: found?.message,
    details: found?.details,
    fromContract: documented && found?.code !== undefined,
    rawBody: found === undefined ? bodyText.slice(0, RAW_BODY_LIMIT) : undefined,
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// RFC 9457: `detail`/`title` carry the message; our servers add `code` and `details`.
function fromProblem(value: unknown): { code: string | undefined; message: string; details: Record<string, unknown> | undefined } | undefined {
  const doc = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const message = [doc.detail, doc.title].find((text): text is string => typeof text === 'string');
  if (message === undefined) return undefined;
  const { details } = doc;
  const record = typeof details === 'object' && details !== null && !Array.isArray(details) ? (details as Record<string, unknown>) : undefined;
  return { code: isCodeLike(doc.code) ? doc.code : undefined, message, details: record };
}
