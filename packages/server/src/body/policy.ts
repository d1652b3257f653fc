// The contract's one reading of a request body, shared by every adapter so that the same
// request gets the same answer on Express, Fastify, Hono and bare `Request` handlers.
import { CONTRACT_MESSAGES, apiError, isJsonMediaType, type ApiError } from '@monitorqa/errors';
import { parseJsonSafely } from './json.js';

/** The largest body read by default, in bytes (1 MiB, Fastify's default too). */
export const DEFAULT_BODY_LIMIT = 1_048_576;

const EXPECTED = 'application/json';
const UTF8_CHARSET = /;\s*charset\s*=\s*"?(?:utf-?8)"?\s*(?:;|$)/i;
const ANY_CHARSET = /;\s*charset\s*=/i;

/**
 * Whether HTTP/1.1 framing says the request has a body: a `Transfer-Encoding`, or a
 * `Content-Length` other than 0. Without either (HTTP/2, a bare `Request`) only reading tells.
 */
export function declaresBody(
  contentLength: string | null | undefined,
  transferEncoding: string | null | undefined,
): boolean {
  return (
    (transferEncoding !== undefined && transferEncoding !== null) ||
    (contentLength !== undefined && contentLength !== null && contentLength !== '0')
  );
}

/** 400 `BAD_REQUEST` for a body the client stopped sending: the client went away, so it is never a server error. */
export function bodyAborted(cause?: unknown): ApiError {
  return apiError('BAD_REQUEST', { cause, message: CONTRACT_MESSAGES.bodyAborted });
}

/** The headers a body policy reads, as each framework hands them over. */
export interface BodyHeaders {
  readonly contentType: string | undefined;
  readonly contentEncoding: string | undefined;
}

/**
 * Why a request that has a body cannot be read as JSON, or `undefined` if it can: an
 * encoded body (gzip…), a content type that is not JSON (`application/json` or any
 * `application/*+json`), or a charset other than UTF-8 (RFC 8259 JSON is UTF-8).
 */
export function bodyPolicyError(headers: BodyHeaders): ApiError | undefined {
  // An empty header says nothing: read as no header at all, as every framework then agrees.
  const contentType = headers.contentType?.trim() === '' ? undefined : headers.contentType;
  const { contentEncoding } = headers;
  if (contentEncoding !== undefined && contentEncoding.trim().toLowerCase() !== 'identity') {
    return apiError('UNSUPPORTED_CONTENT_TYPE', {
      message: CONTRACT_MESSAGES.contentEncoding,
      details:
        contentType === undefined
          ? { contentEncoding, expected: EXPECTED }
          : { contentType, contentEncoding, expected: EXPECTED },
    });
  }
  if (!isJsonMediaType(contentType)) {
    return apiError('UNSUPPORTED_CONTENT_TYPE', {
      details: contentType === undefined ? { expected: EXPECTED } : { contentType, expected: EXPECTED },
    });
  }
  if (ANY_CHARSET.test(contentType!) && !UTF8_CHARSET.test(contentType!)) {
    return apiError('UNSUPPORTED_CONTENT_TYPE', {
      message: CONTRACT_MESSAGES.charset,
      details: { contentType: contentType!, expected: EXPECTED },
    });
  }
  return undefined;
}

/**
 * Codes that refuse a body which may not have been read: their answer closes the
 * connection, so that no client reuses it while the server still discards (or cuts off)
 * the rest of that body.
 */
export function refusesBody(code: string): boolean {
  return code === 'PAYLOAD_TOO_LARGE' || code === 'UNSUPPORTED_CONTENT_TYPE';
}

/** 400 `PAYLOAD_TOO_LARGE`, saying the limit. */
export function payloadTooLarge(limit: number): ApiError {
  return apiError('PAYLOAD_TOO_LARGE', { details: { limit } });
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The JSON value of a body: `undefined` for an empty one (a request without a body), else
 * the parsed value, any JSON value (whether it is the object a route wants is the route's
 * validation: 422). Bytes that are not UTF-8 or text that is not JSON: 400 `MALFORMED_JSON`.
 * `__proto__` keys, and `constructor` keys holding a `prototype`, are dropped, so the body
 * can pollute nothing whatever the service does with it.
 */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  if (bytes.byteLength === 0) return undefined;
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (cause) {
    throw apiError('MALFORMED_JSON', { cause, message: CONTRACT_MESSAGES.invalidUtf8 });
  }
  try {
    return parseJsonSafely(text);
  } catch (cause) {
    throw apiError('MALFORMED_JSON', { cause });
  }
}
