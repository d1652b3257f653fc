import type { HttpServer } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID, answerRequestId, carriedRequestId } from '../../helpers/request-id.js';

const installed = new WeakSet();

/**
 * Puts `X-Request-Id` on every answer of a Nest app, successes included (the `requestId` option):
 * first thing on each request, on Express or Fastify. An id the response already has is kept.
 * Once per app.
 */
export function stampRequestIds(adapter: HttpServer): void {
  if (installed.has(adapter)) return;
  installed.add(adapter);
  if (adapter.getType() === 'fastify') {
    (adapter.getInstance() as FastifyInstance).addHook('onRequest', (request, reply, done) => {
      void reply.header(REQUEST_ID, answerRequestId(reply.getHeader(REQUEST_ID), request.headers[REQUEST_ID]));
      done();
    });
    return;
  }
  adapter.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    res.setHeader(REQUEST_ID, answerRequestId(res.getHeader(REQUEST_ID), req.headers[REQUEST_ID]));
    next();
  });
}

/** The id a Nest answer already carries (Express's response or Fastify's reply), when it is a sane token. */
export function requestIdCarried(response: unknown): string | undefined {
  const { getHeader } = response as { getHeader?: (name: string) => unknown };
  return typeof getHeader === 'function' ? carriedRequestId(getHeader.call(response, REQUEST_ID)) : undefined;
}
