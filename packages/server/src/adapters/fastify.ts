import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JSON_TYPE, readBody } from '../body/fastify.js';
import { toErrorResponse, type ErrorHooks, type RequestView } from '../core/answer.js';
import type { ApiResponse } from '../core/response.js';
import { routeNotFound } from '../core/route.js';
import { isPreflight } from '../helpers/cors.js';
import { REQUEST_ID, answerRequestId, carriedRequestId } from '../helpers/request-id.js';

/** Options of the Fastify plugin. */
export interface FastifyErrorOptions extends ErrorHooks {
  /**
   * Read JSON bodies as every adapter of this package does (the table in the README),
   * replacing Fastify's `application/json` and `text/plain` parsers. Parsers you add for
   * other types (multipart…) still apply. Default `true`.
   */
  readonly jsonBody?: boolean;
  /**
   * Put `X-Request-Id` on every answer, successes included (the request's own when it is a sane
   * token, else a new UUID). An id the reply already has is kept. Default `false`.
   */
  readonly requestId?: boolean;
}

// The neutral view of the request, with what Fastify's own errors need (the route's body limit,
// the content type). A class, read through getters on its prototype: Fastify builds
// `routeOptions` anew on each read, and only a body-size error needs it (an object literal with
// its own getter cost every 404 about 400 ns).
class FastifyRequestView implements RequestView {
  readonly #request: FastifyRequest;
  readonly #reply: FastifyReply;
  constructor(request: FastifyRequest, reply: FastifyReply) {
    this.#request = request;
    this.#reply = reply;
  }
  get method(): string {
    return this.#request.method;
  }
  get path(): string {
    return this.#request.url;
  }
  get accept(): string | undefined {
    return this.#request.headers.accept;
  }
  // The id the reply already carries (the `requestId` option, or the service's own hook) is the one echoed.
  get requestId(): string | string[] | undefined {
    return carriedRequestId(this.#reply.getHeader(REQUEST_ID)) ?? this.#request.headers['x-request-id'];
  }
  get bodyLimit(): number {
    return this.#request.routeOptions.bodyLimit;
  }
  get contentType(): string | undefined {
    return this.#request.headers['content-type'];
  }
  get contentEncoding(): string | undefined {
    return this.#request.headers['content-encoding'];
  }
}

type AnswerOptions = ErrorHooks;

function noEmptyParams(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  const params = request.params as Record<string, string>;
  for (const name in params) {
    if (params[name] === '') {
      done(routeNotFound(request.method, request.url));
      return;
    }
  }
  done();
}

// Where `sendError` finds the options the plugin was registered with: a property of the
// instance, so encapsulated children (made with Object.create) inherit it; Symbol.for, so an
// ESM and a CJS copy of this module share it.
const OPTIONS = Symbol.for('@monitorqa/errors-server/fastify options');

function answer(error: unknown, request: FastifyRequest, reply: FastifyReply, options: AnswerOptions): FastifyReply {
  const response = toErrorResponse(error, {
    onServerError: options.onServerError,
    onErrorResponse: options.onErrorResponse,
    request: new FastifyRequestView(request, reply),
  });
  // Fastify closes the connection after any body parser error, for a body that may be unread; the
  // contract closes only when it refuses one (a JSON body read to its end and found malformed
  // keeps the connection, as on every adapter).
  if (response.status === 400 && response.headers.connection === undefined) reply.removeHeader('connection');
  return send(reply, response);
}

function plugin(fastify: FastifyInstance, options: FastifyErrorOptions, done: (err?: Error) => void): void {
  if (options.jsonBody !== false) {
    fastify.removeContentTypeParser(['application/json', 'text/plain']);
    fastify.addContentTypeParser(JSON_TYPE, { parseAs: 'buffer' }, readBody);
    // Any other type, when no parser of yours claims it: the same answer as the other adapters.
    fastify.addContentTypeParser('*', { parseAs: 'buffer' }, readBody);
  }
  if (options.requestId === true) {
    fastify.addHook('onRequest', (request, reply, next) => {
      void reply.header(REQUEST_ID, answerRequestId(reply.getHeader(REQUEST_ID), request.headers['x-request-id']));
      next();
    });
  }
  (fastify as unknown as Record<symbol, AnswerOptions>)[OPTIONS] = options;
  // Returns nothing: a value returned from Fastify's error handler is sent again (measured: that cost a third of the throughput).
  fastify.setErrorHandler((error, request, reply) => {
    void answer(error, request, reply, options);
  });
  // Fastify lets a path parameter match nothing (`/monitors/` for `/monitors/:id`); the path as sent
  // is no route, as on every adapter. Only routes with parameters, registered after the plugin, pay.
  fastify.addHook('onRoute', (route) => {
    if (!route.url.includes(':')) return;
    const own = route.preValidation;
    route.preValidation = own === undefined ? [noEmptyParams] : [noEmptyParams, ...[own].flat()];
  });
  fastify.setNotFoundHandler((request, reply) => {
    // A preflight no CORS plugin answered: 204, never a 404 the browser would read as a network error.
    if (isPreflight(request.method, (name) => request.headers[name] as string | undefined)) void reply.code(204).send();
    else void answer(routeNotFound(request.method, request.url), request, reply, options);
  });
  done();
}

/**
 * A Fastify 5 plugin that answers every error and unknown route with the documented
 * status and envelope, Fastify's own errors (invalid JSON, media type, body size,
 * schema validation) included, and reads JSON bodies as the other adapters do.
 * Registered at the root, it covers every route.
 * @example await app.register(monitorqaErrors, { onServerError: (err) => app.log.error(err) })
 */
export const monitorqaErrors = Object.assign(plugin, {
  // What fastify-plugin sets: do not encapsulate, so the handlers apply app-wide.
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: '@monitorqa/errors-server',
  [Symbol.for('plugin-meta')]: { name: '@monitorqa/errors-server', fastify: '5.x' },
});

/**
 * Pass as Fastify's `frameworkErrors` option: errors Fastify raises before routing
 * (a malformed URL, a bad content type header) get the envelope too.
 * @example const app = Fastify({ frameworkErrors })
 */
export function frameworkErrors(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  void answer(error, request, reply, {});
}

/**
 * Answers with `error` exactly as the plugin's error handler would (same status, envelope,
 * request id and `onServerError`/`onErrorResponse` hooks), without a throw. Throwing stays the simple way;
 * this is for hot paths where an async handler would throw before its first `await`: Node
 * then tracks the rejected promise, about a sixth of a 404's CPU cost in Fastify (see the
 * root README). A throw after an `await` does not pay it.
 * @example
 * app.get('/monitors/:id', async (req, reply) => {
 *   const monitor = monitors.get(req.params.id);
 *   if (!monitor) return sendError(reply, apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: req.params.id } }));
 *   return monitor;
 * });
 */
export function sendError(reply: FastifyReply, error: unknown): FastifyReply {
  const options = (reply.server as unknown as Record<symbol, AnswerOptions | undefined>)[OPTIONS] ?? {};
  return answer(error, reply.request, reply, options);
}

/**
 * Sends a framework-neutral response (`ok`, `created`, `noContent`, `toErrorResponse`).
 * @example return send(reply, created(monitor, { location: `/monitors/${monitor.id}` }))
 */
export function send(reply: FastifyReply, response: ApiResponse): FastifyReply {
  reply.code(response.status).headers(response.headers);
  return response.body === null ? reply.send() : reply.send(response.body);
}

// Handlers bound to their route declarations (`defineRoutes`): a file of its own, loaded with this entry.
export { bindRoute, type DeclaredRouteGeneric } from '../routes/fastify.js';
