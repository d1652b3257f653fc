import type { Context, Middleware } from 'koa';
import { readNodeJson } from '../body/node.js';
import { refusalOf } from '../body/unread.js';
import { DEFAULT_BODY_LIMIT } from '../body/policy.js';
import { toErrorResponse, type ErrorHooks } from '../core/answer.js';
import type { ApiResponse } from '../core/response.js';
import { isWellFormedPath, malformedPath, rawPathOf, routeNotFound } from '../core/route.js';
import { isPreflight } from '../helpers/cors.js';
import { REQUEST_ID, answerRequestId, carriedRequestId } from '../helpers/request-id.js';

/** Options of `errorMiddleware`: the hooks, and `X-Request-Id` on every answer. */
export interface KoaErrorOptions extends ErrorHooks {
  /**
   * Put `X-Request-Id` on every answer, successes included (the request's own when it is a sane
   * token, else a new UUID). An id the response already has is kept. Default `false`.
   */
  readonly requestId?: boolean;
}

/**
 * The first middleware of a Koa 2 or 3 app: whatever a later middleware or route throws
 * (Koa's own `ctx.throw` and http-errors included) gets the documented status and envelope;
 * a request no route answered is 404 `ROUTE_NOT_FOUND` (a preflight, 204); a path that is
 * not valid percent-encoding is 400 `MALFORMED_REQUEST`. 5xx still reach `app.on('error')`.
 * @example app.use(errorMiddleware({ onServerError: (err) => log.error(err) })).use(jsonBody()).use(router.routes())
 */
export function errorMiddleware(hooks: KoaErrorOptions = {}): Middleware {
  return async (ctx, next) => {
    if (hooks.requestId === true) {
      ctx.set(REQUEST_ID, answerRequestId(ctx.response.get(REQUEST_ID) || undefined, ctx.req.headers['x-request-id']));
    }
    try {
      if (!isWellFormedPath(rawPathOf(ctx.originalUrl))) throw malformedPath();
      await next();
      // Nothing answered: Koa would send its own text 404.
      if (ctx.status === 404 && ctx.body == null) {
        if (isPreflight(ctx.method, (name) => ctx.get(name) || undefined)) ctx.status = 204;
        else throw routeNotFound(ctx.method, ctx.originalUrl);
      }
    } catch (error) {
      const { headers } = ctx.req;
      const request = {
        method: ctx.method,
        path: ctx.originalUrl,
        accept: headers.accept,
        // The id the answer already carries (the `requestId` option, or the service's own middleware) is the one echoed.
        requestId: carriedRequestId(ctx.response.get(REQUEST_ID)) ?? headers['x-request-id'],
      };
      const response = toErrorResponse(error, {
        onServerError: hooks.onServerError,
        onErrorResponse: hooks.onErrorResponse,
        request,
      });
      // Too late for a status (a streamed answer has started): abort the connection, as every
      // adapter does, so the cut body never passes as complete; Koa would leave it hanging.
      if (ctx.headerSent) ctx.res.destroy();
      else send(ctx, response);
      // Koa's own error event, for the logging services hang on it: 5xx only, as onServerError. Koa's default
      // listener throws on a non-Error, and a listener may throw: neither may undo the answer.
      if (response.status >= 500) {
        try {
          ctx.app.emit(
            'error',
            error instanceof Error ? error : new Error('A non-Error value was thrown.', { cause: error }),
            ctx,
          );
        } catch {
          // The answer is already set.
        }
      }
    }
  };
}

/**
 * Reads JSON bodies into `ctx.request.body` as every adapter of this package does (the table
 * in the README): `application/json` or any `application/*+json`, UTF-8, unencoded, at most
 * `bodyLimit` bytes; an empty body is `undefined`; otherwise the contract's 400s.
 * @example app.use(jsonBody({ bodyLimit: 1_048_576 }))
 */
export function jsonBody(options: { readonly bodyLimit?: number } = {}): Middleware {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  return async (ctx, next) => {
    const body = await readNodeJson(ctx.req, limit);
    // A form body stays unread and `ctx.request.body` unset: Koa's form parsers (koa-bodyparser,
    // @koa/multer) skip a request whose body some middleware already set.
    if (body !== undefined && refusalOf(body) === undefined) (ctx.request as { body?: unknown }).body = body;
    await next();
  };
}

/**
 * Sends a framework-neutral response (`ok`, `created`, `noContent`, `toErrorResponse`).
 * @example send(ctx, created(monitor, { location: `/monitors/${monitor.id}` }))
 */
export function send(ctx: Context, response: ApiResponse): void {
  ctx.status = response.status;
  // Headers first: Koa guesses a text content type for a string body only when none is set.
  ctx.set(response.headers);
  ctx.body = response.body;
}

// Handlers bound to their route declarations (`defineRoutes`): a file of its own, loaded with this entry.
export { bindRoute, type DeclaredMiddleware } from '../routes/koa.js';
