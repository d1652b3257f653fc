import type { ApiError } from '@monitorqa/errors';
import { isFrameworkControlFlow } from './internal/control-flow.js';
import { DEFAULT_BODY_LIMIT, bodyPolicyError, parseJsonBytes, payloadTooLarge, type BodyHeaders } from './internal/body.js';
import { isWellFormedPath, malformedPath, rawPathOf, routeNotFound } from './internal/route.js';
import { requestIdFrom } from './request-id.js';
import type { ApiResponse } from './response.js';
import { toErrorResponse, type ErrorResponseOptions } from './to-error-response.js';

/** Options of the web-standard adapter. */
export interface WebErrorOptions extends Pick<ErrorResponseOptions, 'onError' | 'onAnswer'> {
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
      onAnswer: options.onAnswer,
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
 * Wraps a `Request` → `Response` handler (Bun, Deno, workers, Next.js route handlers) so
 * that whatever it throws becomes the documented answer, and a path that is not valid
 * percent-encoding is 400 `MALFORMED_REQUEST` before the handler runs, as on every adapter.
 * Arguments after the request (Next's `{ params }`) are passed on; a framework's own control
 * flow (Next's `notFound()`, `redirect()`) is rethrown untouched, for the framework to answer.
 * @example export const GET = withErrors(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => toWebResponse(ok(await find((await params).id))))
 */
export function withErrors<R extends Request, A extends unknown[]>(
  handler: (request: R, ...rest: A) => Response | Promise<Response>,
  options: Omit<WebErrorOptions, 'request'> = {},
): (request: R, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      if (!isWellFormedPath(rawPathOf(request.url))) throw malformedPath();
      return await handler(request, ...rest);
    } catch (error) {
      if (isFrameworkControlFlow(error)) throw error;
      return toResponse(error, { ...options, request });
    }
  };
}

/**
 * 404 `ROUTE_NOT_FOUND` for a request no route matched, with the path as sent (or 400
 * `MALFORMED_REQUEST` for a path that is not valid percent-encoding).
 * @example throw notFoundError(request)
 */
export function notFoundError(request: Request): ApiError {
  return routeNotFound(request.method, request.url);
}

/**
 * Reads a JSON body as every adapter of this package does (the table in the README):
 * no body or an empty one → `undefined`; otherwise `application/json` or any
 * `application/*+json`, UTF-8, unencoded, at most `limit` bytes (default 1 MiB), else 400
 * `UNSUPPORTED_CONTENT_TYPE` / `PAYLOAD_TOO_LARGE` / `MALFORMED_JSON`. Any JSON value
 * parses; `__proto__` keys are dropped.
 * @example const input = await readJson(request, { limit: 1_048_576 })
 */
export async function readJson(request: Request, options: { readonly limit?: number } = {}): Promise<unknown> {
  const limit = options.limit ?? DEFAULT_BODY_LIMIT;
  const { headers } = request;
  const length = headers.get('content-length');
  const framed = length !== null || headers.has('transfer-encoding');
  if (request.body === null || length === '0') return undefined;
  const policy = { contentType: headers.get('content-type') ?? undefined, contentEncoding: headers.get('content-encoding') ?? undefined };
  // Without framing headers (HTTP/2), whether there is a body at all is known only once read.
  if (framed) refuse(policy);
  if (Number(length) > limit) throw payloadTooLarge(limit);
  const bytes = await readBytes(request.body, limit);
  if (bytes.byteLength === 0) return undefined;
  if (!framed) refuse(policy);
  return parseJsonBytes(bytes);
}

function refuse(headers: BodyHeaders): void {
  const refused = bodyPolicyError(headers);
  if (refused !== undefined) throw refused;
}

async function readBytes(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw payloadTooLarge(limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
