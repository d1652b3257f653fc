import { apiError } from '@monitorqa/errors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestIdFrom } from './request-id.js';
import type { ApiResponse } from './response.js';
import { toErrorResponse, type ErrorResponseOptions } from './to-error-response.js';

/** Options of the Fastify plugin. */
export type FastifyErrorOptions = Pick<ErrorResponseOptions, 'onError'>;

function answer(error: unknown, request: FastifyRequest, reply: FastifyReply, options: FastifyErrorOptions): void {
  const response = toErrorResponse(error, { onError: options.onError, requestId: requestIdFrom(request.headers['x-request-id']), accept: request.headers.accept });
  void send(reply, response);
}

function plugin(fastify: FastifyInstance, options: FastifyErrorOptions, done: (err?: Error) => void): void {
  fastify.setErrorHandler((error, request, reply) => {
    answer(error, request, reply, options);
  });
  fastify.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?', 1)[0] ?? request.url;
    answer(apiError('ROUTE_NOT_FOUND', { details: { method: request.method, path } }), request, reply, options);
  });
  done();
}

/**
 * A Fastify 5 plugin that answers every error and unknown route with the documented
 * status and envelope, Fastify's own errors (invalid JSON, media type, body size,
 * schema validation) included. Registered at the root, it covers every route.
 * @example await app.register(monitorqaErrors, { onError: (err) => app.log.error(err) })
 */
export const monitorqaErrors = Object.assign(plugin, {
  // What fastify-plugin sets: do not encapsulate, so the handlers apply app-wide.
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: '@monitorqa/errors-server',
});

/**
 * Pass as Fastify's `frameworkErrors` option: errors Fastify raises before routing
 * (a malformed URL, a bad content type header) get the envelope too.
 * @example const app = Fastify({ frameworkErrors })
 */
export function frameworkErrors(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  answer(error, request, reply, {});
}

/**
 * Sends a framework-neutral response (`ok`, `created`, `noContent`, `toErrorResponse`).
 * @example return send(reply, created(monitor, { location: `/monitors/${monitor.id}` }))
 */
export function send(reply: FastifyReply, response: ApiResponse): FastifyReply {
  reply.code(response.status).headers(response.headers);
  return response.body === null ? reply.send() : reply.send(response.body);
}
