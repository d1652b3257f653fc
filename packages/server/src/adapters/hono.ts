// Hono: its `onError` and `notFound` handlers, and a boundary for what Hono's `onError` never sees.
import type { Context, ErrorHandler, Hono, MiddlewareHandler, NotFoundHandler } from 'hono';
import type { ErrorHooks } from '../core/answer.js';
import { isWellFormedPath, malformedPath, rawPathOf, routeNotFound } from '../core/route.js';
import { toErrorResponse } from '../core/answer.js';
import { toResponse, viewOfRequest } from '../core/web.js';
import { isPreflight } from '../helpers/cors.js';
import { REQUEST_ID, answerRequestId } from '../helpers/request-id.js';

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
export function errorBoundary(options: HonoErrorOptions = {}): MiddlewareHandler {
  const hooks: ErrorHooks = { onServerError: options.onServerError, onErrorResponse: options.onErrorResponse };
  return async (c, next) => {
    try {
      if (!isWellFormedPath(rawPathOf(c.req.url))) throw malformedPath();
      await next();
    } catch (error) {
      c.res = toResponse(error, { ...hooks, request: c.req.raw });
    }
    // Error answers carry their id already; a success gets the request's (or a new one).
    if (options.requestId === true && !c.res.headers.has(REQUEST_ID)) {
      c.header(REQUEST_ID, answerRequestId(undefined, c.req.header('x-request-id')));
    }
  };
}

/** Options of the Hono adapter: the hooks, and `X-Request-Id` on every answer. */
export interface HonoErrorOptions extends ErrorHooks {
  /**
   * Put `X-Request-Id` on every answer, successes included (the request's own when it is a sane
   * token, else a new UUID). An id the answer already has is kept. Default `false`.
   */
  readonly requestId?: boolean;
}

/**
 * The third argument of Hono's `stream()`, `streamText()` or `streamSSE()`: an error after the first
 * byte reaches `onServerError` and aborts the connection, as on every adapter (Hono alone logs it
 * and ends the body as if it were complete). Before the first byte, throw as usual.
 * @example return stream(c, async (s) => { await s.write(await firstPage()); await s.write(await rest()); }, streamError(c))
 */
export function streamError(
  c: Context,
  hooks: ErrorHooks = {},
): (error: Error, stream: { abort(): void }) => Promise<void> {
  return (error, stream) => {
    toErrorResponse(error, { ...hooks, request: viewOfRequest(c.req.raw) });
    // On Node (@hono/node-server) the response itself is at hand: destroying it aborts the
    // connection. Elsewhere, aborting the stream is what the runtime offers.
    const outgoing = (c.env as { outgoing?: { destroy?: () => void } } | undefined)?.outgoing;
    if (typeof outgoing?.destroy === 'function') outgoing.destroy();
    else stream.abort();
    return Promise.resolve();
  };
}

/**
 * All three at once: the boundary, `onError` and `notFound`.
 * @example useErrors(app, { onServerError: (err) => console.error(err) })
 */
export function useErrors<A extends Hono>(app: A, options: HonoErrorOptions = {}): A {
  const hooks: ErrorHooks = { onServerError: options.onServerError, onErrorResponse: options.onErrorResponse };
  app.use(errorBoundary(options));
  app.onError(onError(hooks));
  app.notFound(notFound(hooks));
  return app;
}

// Handlers bound to their route declarations (`defineRoutes`): a file of its own, loaded with this entry.
export { bindRoute } from '../routes/hono.js';
