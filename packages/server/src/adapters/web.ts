// Web-standard handlers (Bun, Deno, workers, Next.js route handlers): `Request` in, `Response` out.
import type { ApiError } from '@monitorqa/errors';
import type { ErrorHooks } from '../core/answer.js';
import { isFrameworkControlFlow } from '../core/control-flow.js';
import { isWellFormedPath, malformedPath, rawPathOf, routeNotFound } from '../core/route.js';
import { toResponse } from '../core/web.js';

export { readJson } from '../body/web.js';
export { toWebResponse } from '../core/web.js';

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
  hooks: ErrorHooks = {},
): (request: R, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      if (!isWellFormedPath(rawPathOf(request.url))) throw malformedPath();
      return await handler(request, ...rest);
    } catch (error) {
      if (isFrameworkControlFlow(error)) throw error;
      return toResponse(error, { ...hooks, request });
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

// Handlers bound to their route declarations (`defineRoutes`): a file of its own, loaded with this entry.
export { withRoute } from '../routes/web.js';
