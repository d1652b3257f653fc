import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { DEFAULT_BODY_LIMIT } from '../body/policy.js';
import { readNodeJson } from '../body/node.js';
import { refusalOf } from '../body/unread.js';
import { toErrorResponse, type ErrorHooks, type RequestView } from '../core/answer.js';
import type { ApiResponse } from '../core/response.js';
import { routeNotFound } from '../core/route.js';
import { isPreflight } from '../helpers/cors.js';

/**
 * The last middleware of an Express 5 app: whatever a handler throws or passes to
 * `next`, the client gets the documented status and envelope.
 * @example
 * app.use(jsonBody());
 * app.get('/monitors/:id', handler);
 * app.use(notFoundHandler(), errorHandler({ onServerError: (err) => log.error(err) }));
 */
export function errorHandler(hooks: ErrorHooks = {}): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    // Too late for a status: let Express close the connection.
    if (res.headersSent) {
      next(error);
      return;
    }
    send(
      res,
      toErrorResponse(error, {
        onServerError: hooks.onServerError,
        onErrorResponse: hooks.onErrorResponse,
        request: viewOf(req),
      }),
    );
  };
}

function viewOf(req: Request): RequestView {
  const { headers } = req;
  return { method: req.method, path: req.originalUrl, accept: headers.accept, requestId: headers['x-request-id'] };
}

/**
 * Answers a request no route matched with 404 `ROUTE_NOT_FOUND` (the path as sent), or
 * 400 `MALFORMED_REQUEST` when its path is not valid percent-encoding. Mount it after the routes.
 * @example app.use(notFoundHandler(), errorHandler())
 */
export function notFoundHandler(): RequestHandler {
  return (req, res, next) => {
    // A preflight no CORS middleware answered: 204, never a 404 the browser would read as a network error.
    if (isPreflight(req.method, (name) => req.get(name))) res.status(204).end();
    else next(routeNotFound(req.method, req.originalUrl));
  };
}

/**
 * Reads JSON bodies as every adapter of this package does (the table in the README):
 * `application/json` and any `application/*+json`, UTF-8 only, unencoded; an empty body is
 * no body (`req.body` stays `undefined`); any JSON value parses (a route's validation says
 * whether it is the object it wants); `__proto__` keys are dropped. Form and multipart bodies are
 * left to the app's own parsers (`express.urlencoded()`, multer); a route that validates its
 * body with `validate()` refuses them if none of those read them. Otherwise 400:
 * `UNSUPPORTED_CONTENT_TYPE`, `MALFORMED_JSON`, or `PAYLOAD_TOO_LARGE` over `bodyLimit` bytes;
 * `BAD_REQUEST` for a body the client stopped sending (never a server error).
 * @example app.use(jsonBody({ bodyLimit: 1_048_576 }))
 */
export function jsonBody(options: { readonly bodyLimit?: number } = {}): RequestHandler {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  return (req, _res, next) => {
    readNodeJson(req, limit).then((body) => {
      // Only a request that had a body gets one: `req.body` stays as other middleware left it otherwise.
      if (body !== undefined) req.body = body;
      // body-parser 1 (Express 4) knows a read body by this flag, body-parser 2 by the finished stream:
      // a parser mounted after this one steps aside instead of waiting for bytes that never come.
      // A form body left unread keeps the flag off, for `express.urlencoded()` or multer to read it.
      if (refusalOf(body) === undefined) (req as { _body?: boolean })._body = true;
      next();
    }, next);
  };
}

/**
 * Sends a framework-neutral response (`ok`, `created`, `noContent`, `toErrorResponse`).
 * @example send(res, created(monitor, { location: `/monitors/${monitor.id}` }))
 */
export function send(res: Response, response: ApiResponse): void {
  res.status(response.status).set(response.headers);
  if (response.body === null) {
    res.end();
    return;
  }
  // `end`, not `send`: the body is serialised already and needs no ETag.
  res.setHeader('content-length', Buffer.byteLength(response.body));
  res.end(response.body);
}
