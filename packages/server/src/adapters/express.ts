import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { DEFAULT_BODY_LIMIT } from '../body/policy.js';
import { readNodeJson } from '../body/node.js';
import { refusalOf } from '../body/unread.js';
import { toErrorResponse, type ErrorHooks, type RequestView } from '../core/answer.js';
import type { ApiResponse } from '../core/response.js';
import { routeNotFound } from '../core/route.js';
import { isPreflight } from '../helpers/cors.js';
import { REQUEST_ID, answerRequestId, carriedRequestId } from '../helpers/request-id.js';

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
    warnAboutExpressJson(req);
    const response = toErrorResponse(error, {
      onServerError: hooks.onServerError,
      onErrorResponse: hooks.onErrorResponse,
      request: viewOf(req, res),
    });
    // Too late for a status (a streamed answer has started): the hooks have seen the error, and
    // Express aborts the connection, as every adapter does.
    if (res.headersSent) next(error);
    else send(res, response);
  };
}

function viewOf(req: Request, res: Response): RequestView {
  const { headers } = req;
  // The id the answer already carries (requestId(), or the service's own id middleware) is the one echoed.
  const requestId = carriedRequestId(res.getHeader(REQUEST_ID)) ?? headers['x-request-id'];
  return { method: req.method, path: req.originalUrl, accept: headers.accept, requestId };
}

/**
 * Puts `X-Request-Id` on every answer, successes included: the request's own when it is a sane
 * token, else a new UUID; error answers carry the same one. Mount it first. An id the response
 * already has (the service's own id middleware, before it) is kept: never two ids on one answer.
 * @example app.use(requestId(), jsonBody())
 */
export function requestId(): RequestHandler {
  return function monitorqaRequestId(req, res, next) {
    res.setHeader(REQUEST_ID, answerRequestId(res.getHeader(REQUEST_ID), req.headers['x-request-id']));
    next();
  };
}

/**
 * Answers a request no route matched with 404 `ROUTE_NOT_FOUND` (the path as sent), or
 * 400 `MALFORMED_REQUEST` when its path is not valid percent-encoding. Mount it after the routes.
 * @example app.use(notFoundHandler(), errorHandler())
 */
export function notFoundHandler(): RequestHandler {
  return (req, res, next) => {
    warnAboutExpressJson(req);
    // A preflight no CORS middleware answered: 204, never a 404 the browser would read as a network error.
    if (isPreflight(req.method, (name) => req.get(name))) res.status(204).end();
    // A route matched and passed on without answering: Express's way of saying a handler threw
    // `null` or `undefined` (its router reads them as "no error"). An unknown thrown value is a
    // 500 on every adapter, never a 404 the client would take for a wrong path.
    else if ((req as { route?: unknown }).route !== undefined) next(new Error('A route matched and answered nothing.'));
    else next(routeNotFound(req.method, req.originalUrl));
  };
}

interface Layer {
  readonly name?: string;
}

// Apps already looked at: each is told once. Decides no answer, only whether a warning was printed.
const looked = new WeakSet();

/**
 * `express.json()` left in place answers in body-parser's way, not the contract's: `text/plain` and
 * bodies without a content type reach routes as `undefined`, a gzip body is inflated before it is
 * refused (the refusal cannot name its encoding), the limit is 100 kB. Nothing can translate a body it silently skipped, so the first
 * request an app's error handler or 404 handler sees looks at its middleware, and says so once.
 */
function warnAboutExpressJson(req: Request): void {
  const app = req.app as object & { _router?: { stack?: Layer[] }; router?: { stack?: Layer[] } };
  if (looked.has(app)) return;
  looked.add(app);
  // Express 4 keeps its router on `_router` (its `app.router` throws); Express 5 on `router`.
  const stack = ('_router' in app ? app._router : app.router)?.stack ?? [];
  const names = stack.map((layer) => layer.name);
  const parser = names.indexOf('jsonParser');
  const ours = names.indexOf('monitorqaJsonBody');
  if (parser === -1 || (ours !== -1 && ours < parser)) return;
  console.warn(
    '@monitorqa/errors-server: express.json() is mounted on this app, so JSON bodies are read by body-parser, not by the ' +
      "contract: text/plain and bodies without a content type reach routes as undefined, body-parser's limit (100 kB by default) " +
      'applies, and an encoded body is inflated before it is refused. Mount jsonBody() from @monitorqa/errors-server/express in its place ' +
      '(before the routes) to answer every body as the contract says; keep express.json() only if you accept those answers.',
  );
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
  // Named, so that an app's check for `express.json()` sees that this one reads JSON bodies first.
  return function monitorqaJsonBody(req, _res, next) {
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

// Handlers bound to their route declarations (`defineRoutes`): a file of its own, loaded with this entry.
export { bindRoute, type DeclaredHandler } from '../routes/express.js';
