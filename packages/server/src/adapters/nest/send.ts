import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { ApiResponse } from '../../core/response.js';

/**
 * Sends a framework-neutral response (`ok`, `created`, `noContent`) from a handler that took
 * the platform's response with `@Res()`, on Express or Fastify. Without `@Res()`, return the
 * value and set the status Nest's way, `@HttpCode(204)`.
 * @example create(@Body() input: CreateMonitor, @Res() res: Response) { send(res, created(monitor, { location })) }
 */
export function send(res: unknown, response: ApiResponse): void {
  if (isFastifyReply(res)) {
    // Fastify closes the connection after any body parser error; the contract closes only when it
    // refuses a body that may be unread (as the Fastify adapter does).
    if (response.status === 400 && response.headers.connection === undefined) res.removeHeader('connection');
    // Written here, not through the Fastify adapter: adapters never import each other.
    void res
      .code(response.status)
      .headers(response.headers)
      .send(response.body ?? undefined);
    return;
  }
  const node = res as ServerResponse;
  node.writeHead(
    response.status,
    response.body === null
      ? response.headers
      : { ...response.headers, 'content-length': Buffer.byteLength(response.body) },
  );
  node.end(response.body ?? undefined);
}

function isFastifyReply(res: unknown): res is FastifyReply {
  return (
    typeof res === 'object' && res !== null && 'raw' in res && typeof (res as { code?: unknown }).code === 'function'
  );
}
