import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { isPreflight } from './cors.js';
import { DEFAULT_BODY_LIMIT, bodyPolicyError, parseJsonBytes } from './internal/body.js';
import { routeNotFound } from './internal/route.js';
import { requestIdFrom } from './request-id.js';
import type { ApiResponse } from './response.js';
import { toErrorResponse, type ErrorResponseOptions } from './to-error-response.js';

/** Options of the Express error handler. */
export type ExpressErrorOptions = Pick<ErrorResponseOptions, 'onError' | 'onAnswer'>;

/**
 * The last middleware of an Express 5 app: whatever a handler throws or passes to
 * `next`, the client gets the documented status and envelope.
 * @example
 * app.use(jsonBody());
 * app.get('/monitors/:id', handler);
 * app.use(notFoundHandler(), errorHandler({ onError: (err) => log.error(err) }));
 */
export function errorHandler(options: ExpressErrorOptions = {}): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    // Too late for a status: let Express close the connection.
    if (res.headersSent) {
      next(error);
      return;
    }
    send(res, toErrorResponse(error, { onError: options.onError, onAnswer: options.onAnswer, requestId: requestIdFrom(req.headers['x-request-id']), accept: req.headers.accept }));
  };
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
 * whether it is the object it wants); `__proto__` keys are dropped. Otherwise 400:
 * `UNSUPPORTED_CONTENT_TYPE`, `MALFORMED_JSON`, or `PAYLOAD_TOO_LARGE` over `limit` bytes.
 * @example app.use(jsonBody({ limit: 1_048_576 }))
 */
export function jsonBody(options: { readonly limit?: number } = {}): RequestHandler {
  const limit = options.limit ?? DEFAULT_BODY_LIMIT;
  // raw-body does the reading: length checks, limit, aborted requests; decoding and parsing are ours.
  const read = express.raw({ type: () => true, limit, inflate: false });
  return (req, res, next) => {
    const { headers } = req;
    const hasBody = headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');
    if (!hasBody) {
      next();
      return;
    }
    const refused = bodyPolicyError({ contentType: headers['content-type'], contentEncoding: headers['content-encoding'] });
    if (refused !== undefined) {
      next(refused);
      return;
    }
    read(req, res, (error?: unknown) => {
      if (error !== undefined) {
        next(error);
        return;
      }
      try {
        req.body = Buffer.isBuffer(req.body) ? parseJsonBytes(req.body) : undefined;
        next();
      } catch (parseError) {
        next(parseError);
      }
    });
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
