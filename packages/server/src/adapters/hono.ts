// Hono: its `onError` and `notFound` handlers, and a boundary for what Hono's `onError` never sees.
import type { ErrorHandler, Hono, MiddlewareHandler, NotFoundHandler } from 'hono';
import type { ErrorHooks } from '../core/answer.js';
import { isWellFormedPath, malformedPath, rawPathOf, routeNotFound } from '../core/route.js';
import { toResponse } from '../core/web.js';
import { isPreflight } from '../helpers/cors.js';

/**
 * Hono's `onError` handler: every `Error` gets the documented status and envelope.
 * @example app.onError(onError({ onServerError: (err) => console.error(err) }))
 */
export function onError(hooks: ErrorHooks = {}): ErrorHandler {
  return (error, c) => toResponse(error, { ...hooks, request: c.req.raw });
}

/**
 * Hono's `notFound`: an unknown route is 404 `ROUTE_NOT_FOUND` (the path as sent).
 * @example app.notFound(notFound())
 */
export function notFound(hooks: ErrorHooks = {}): NotFoundHandler {
  // A preflight no CORS middleware answered: 204, never a 404 the browser would read as a network error.
  return (c) =>
    isPreflight(c.req.method, (name) => c.req.header(name))
      ? c.body(null, 204)
      : toResponse(routeNotFound(c.req.method, c.req.url), { ...hooks, request: c.req.raw });
}

/**
 * Middleware for what Hono's `onError` never sees: Hono hands only `Error` instances to it and
 * rethrows anything else (`throw 'x'`, `throw { status: 404 }`) past the app. It also
 * answers a path that is not valid percent-encoding with 400 `MALFORMED_REQUEST` before
 * any route runs (Hono would pass the undecoded text on), as every adapter does.
 * @example app.use(errorBoundary())
 */
export function errorBoundary(hooks: ErrorHooks = {}): MiddlewareHandler {
  return async (c, next) => {
    try {
      if (!isWellFormedPath(rawPathOf(c.req.url))) throw malformedPath();
      await next();
    } catch (error) {
      c.res = toResponse(error, { ...hooks, request: c.req.raw });
    }
  };
}

/**
 * All three at once: the boundary, `onError` and `notFound`.
 * @example useErrors(app, { onServerError: (err) => console.error(err) })
 */
export function useErrors<A extends Hono>(app: A, hooks: ErrorHooks = {}): A {
  app.use(errorBoundary(hooks));
  app.onError(onError(hooks));
  app.notFound(notFound(hooks));
  return app;
}

// Handlers bound to their route declarations (`defineRoutes`): a file of its own, loaded with this entry.
export { bindRoute } from '../routes/hono.js';
