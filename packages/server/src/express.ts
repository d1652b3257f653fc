import { apiError, isJsonMediaType } from '@monitorqa/errors';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { requestIdFrom } from './request-id.js';
import type { ApiResponse } from './response.js';
import { toErrorResponse, type ErrorResponseOptions } from './to-error-response.js';

/** Options of the Express error handler. */
export type ExpressErrorOptions = Pick<ErrorResponseOptions, 'onError'>;

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
    send(res, toErrorResponse(error, { onError: options.onError, requestId: requestIdFrom(req.headers['x-request-id']), accept: req.headers.accept }));
  };
}

/**
 * Answers a request no route matched with 404 `ROUTE_NOT_FOUND`. Mount it after the routes.
 * @example app.use(notFoundHandler(), errorHandler())
 */
export function notFoundHandler(): RequestHandler {
  return (req, _res, next) => {
    next(apiError('ROUTE_NOT_FOUND', { details: { method: req.method, path: req.path } }));
  };
}

/**
 * `express.json()` that also rejects a body that is not JSON (400 `UNSUPPORTED_CONTENT_TYPE`)
 * instead of silently ignoring it; malformed JSON and oversized bodies reach `errorHandler`
 * as `MALFORMED_JSON` and `PAYLOAD_TOO_LARGE`.
 * @example app.use(jsonBody({ limit: '1mb' }))
 */
export function jsonBody(options: { readonly limit?: string | number } = {}): RequestHandler {
  const parse = express.json({ limit: options.limit ?? '1mb' });
  return (req, res, next) => {
    const hasBody = req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
    if (hasBody && !isJsonMediaType(req.headers['content-type'])) {
      next(apiError('UNSUPPORTED_CONTENT_TYPE', { details: { contentType: req.headers['content-type'] ?? '', expected: 'application/json' } }));
      return;
    }
    parse(req, res, next);
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
