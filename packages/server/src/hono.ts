import type { ErrorHandler, Hono, MiddlewareHandler, NotFoundHandler } from 'hono';
import { isPreflight } from './cors.js';
import { isWellFormedPath, malformedPath, rawPathOf } from './internal/route.js';
import { notFoundError, toResponse, type WebErrorOptions } from './web.js';

/** Options of the Hono adapter. */
export type HonoErrorOptions = Omit<WebErrorOptions, 'request'>;

/**
 * Hono's `onError`: every `Error` gets the documented status and envelope.
 * @example app.onError(onError({ onError: (err) => console.error(err) }))
 */
export function onError(options: HonoErrorOptions = {}): ErrorHandler {
  return (error, c) => toResponse(error, { ...options, request: c.req.raw });
}

/**
 * Hono's `notFound`: an unknown route is 404 `ROUTE_NOT_FOUND` (the path as sent).
 * @example app.notFound(notFound())
 */
export function notFound(): NotFoundHandler {
  // A preflight no CORS middleware answered: 204, never a 404 the browser would read as a network error.
  return (c) => (isPreflight(c.req.method, (name) => c.req.header(name)) ? c.body(null, 204) : toResponse(notFoundError(c.req.raw), { request: c.req.raw }));
}

/**
 * Middleware for what `onError` never sees: Hono hands only `Error` instances to it and
 * rethrows anything else (`throw 'x'`, `throw { status: 404 }`) past the app. It also
 * answers a path that is not valid percent-encoding with 400 `MALFORMED_REQUEST` before
 * any route runs (Hono would pass the undecoded text on), as every adapter does.
 * @example app.use(errorBoundary())
 */
export function errorBoundary(options: HonoErrorOptions = {}): MiddlewareHandler {
  return async (c, next) => {
    try {
      if (!isWellFormedPath(rawPathOf(c.req.url))) throw malformedPath();
      await next();
    } catch (error) {
      c.res = toResponse(error, { ...options, request: c.req.raw });
    }
  };
}

/**
 * All three at once: the boundary, `onError` and `notFound`.
 * @example useErrors(app, { onError: (err) => console.error(err) })
 */
export function useErrors<A extends Hono>(app: A, options: HonoErrorOptions = {}): A {
  app.use(errorBoundary(options));
  app.onError(onError(options));
  app.notFound(notFound());
  return app;
}
