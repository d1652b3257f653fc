// The web-standard edge of the core: a `Request` read into the neutral view, an answer
// written as a `Response`. The web and Hono adapters both stand on it.
import { toErrorResponse, type ErrorHooks, type RequestView } from './answer.js';
import type { ApiResponse } from './response.js';

/** The neutral view of a web `Request`. */
export function viewOfRequest(request: Request): RequestView {
  const { headers } = request;
  return {
    method: request.method,
    path: request.url,
    accept: headers.get('accept'),
    requestId: headers.get('x-request-id'),
  };
}

/** Options of `toResponse`: the hooks, and the request being answered. */
export interface WebErrorOptions extends ErrorHooks {
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
      onServerError: options.onServerError,
      onErrorResponse: options.onErrorResponse,
      request: request === undefined ? undefined : viewOfRequest(request),
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
