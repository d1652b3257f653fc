// Errors Fastify raises before Nest sees the request, answered by the core like every other
// error. Written against the reply's few methods, not through the Fastify adapter: adapters
// never import each other, and Nest's adapter pins its own copy of Fastify.
import { toErrorResponse } from '../../core/answer.js';

interface FastifyLikeRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

interface FastifyLikeReply {
  code(status: number): FastifyLikeReply;
  headers(headers: Readonly<Record<string, string>>): FastifyLikeReply;
  send(body: string): unknown;
}

/**
 * Errors Fastify raises before Nest sees the request (a path that is not valid
 * percent-encoding) get the envelope too: pass it to Nest's Fastify adapter.
 * @example NestFactory.create(AppModule, new FastifyAdapter({ frameworkErrors }))
 */
// Typed loosely on purpose: Nest's adapter pins its own copy of Fastify, whose types are not ours.
export function frameworkErrors(error: unknown, request: unknown, reply: unknown): void {
  const { method, url, headers } = request as FastifyLikeRequest;
  const accept = headers.accept;
  const view = {
    method,
    path: url,
    accept: Array.isArray(accept) ? accept[0] : accept,
    requestId: headers['x-request-id'],
  };
  const { status, headers: answerHeaders, body } = toErrorResponse(error, { request: view });
  void (reply as FastifyLikeReply).code(status).headers(answerHeaders).send(body);
}
