// Fastify's content-type parser of the contract: shared by the Fastify plugin and NestJS on Fastify.
import type { FastifyRequest } from 'fastify';
import { bodyPolicyError, parseJsonBytes } from './policy.js';

/** `application/json` and any `application/*+json`, as Fastify matches a content type. */
export const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** A `parseAs: 'buffer'` parser: the contract's reading of a body, or its 400. */
export function readBody(
  request: FastifyRequest,
  body: Buffer,
  done: (error: Error | null, body?: unknown) => void,
): void {
  // An empty body is no body, whatever its content type says.
  if (body.byteLength === 0) {
    done(null, undefined);
    return;
  }
  const refused = bodyPolicyError({
    contentType: request.headers['content-type'],
    contentEncoding: request.headers['content-encoding'],
  });
  if (refused !== undefined) {
    done(refused);
    return;
  }
  try {
    done(null, parseJsonBytes(body));
  } catch (error) {
    done(error as Error);
  }
}
