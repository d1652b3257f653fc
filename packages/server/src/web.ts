import { apiError, isJsonMediaType } from '@monitorqa/errors';
import { requestIdFrom } from './request-id.js';
import type { ApiResponse } from './response.js';
import { toErrorResponse, type ErrorResponseOptions } from './to-error-response.js';

/** Options of the web-standard adapter. */
export interface WebErrorOptions extends Pick<ErrorResponseOptions, 'onError'> {
  /** The request being answered: its `X-Request-Id` and `Accept` shape the answer. */
  readonly request?: Request | undefined;
}

/**
 * The `Response` of anything thrown, with the documented status and envelope.
 * @example catch (err) { return toResponse(err, { request }) }
 */
export function toResponse(error: unknown, options: WebErrorOptions = {}): Response {
  const { request } = options;
  return toWebResponse(
    toErrorResponse(error, {
      onError: options.onError,
      requestId: requestIdFrom(request?.headers.get('x-request-id')),
      accept: request?.headers.get('accept'),
    }),
  );
}

/**
 * A framework-neutral response (`ok`, `created`, `noContent`) as a `Response`.
 * @example return toWebResponse(created(monitor, { location }))
 */
export function toWebResponse(response: ApiResponse): Response {
  return new Response(response.body, { status: response.status, headers: response.headers });
}

/**
 * Wraps a `Request` → `Response` handler (Bun, Deno, workers) so that whatever it
 * throws becomes the documented answer.
 * @example export default { fetch: withErrors(async (request) => route(request)) }
 */
export function withErrors(
  handler: (request: Request) => Response | Promise<Response>,
  options: Omit<WebErrorOptions, 'request'> = {},
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      return toResponse(error, { ...options, request });
    }
  };
}

/**
 * Reads a JSON body as the contract wants it read: not JSON → 400
 * `UNSUPPORTED_CONTENT_TYPE`, over `limit` bytes → 400 `PAYLOAD_TOO_LARGE`, unparsable
 * → 400 `MALFORMED_JSON`.
 * @example const input = await readJson(request, { limit: 1_048_576 })
 */
export async function readJson(request: Request, options: { readonly limit?: number } = {}): Promise<unknown> {
  const limit = options.limit ?? 1_048_576;
  const contentType = request.headers.get('content-type');
  if (!isJsonMediaType(contentType)) {
    throw apiError('UNSUPPORTED_CONTENT_TYPE', { details: { contentType: contentType ?? '', expected: 'application/json' } });
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw apiError('PAYLOAD_TOO_LARGE', { details: { limit } });
  const text = await readText(request, limit);
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw apiError('MALFORMED_JSON', { cause });
  }
}

async function readText(request: Request, limit: number): Promise<string> {
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw apiError('PAYLOAD_TOO_LARGE', { details: { limit } });
    }
    text += decoder.decode(value, { stream: true });
  }
}
