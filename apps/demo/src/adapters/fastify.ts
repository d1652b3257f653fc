import { frameworkErrors, monitorqaErrors, send } from '@monitorqa/errors-server/fastify';
import fastifyCors from '@fastify/cors';
import { EXPOSED_HEADERS } from '@monitorqa/errors-server';
import Fastify from 'fastify';
import type { Route } from '../api.js';
import { running, type AdapterOptions, type Running } from './running.js';

export async function startFastify(routes: readonly Route[], options: AdapterOptions = {}): Promise<Running> {
  const app = Fastify({ frameworkErrors });
  // @fastify/cors allows only GET, HEAD and POST unless told otherwise (cors and hono/cors allow them all).
  if (options.allowOrigin !== undefined) {
    await app.register(fastifyCors, {
      origin: options.allowOrigin,
      methods: ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
      exposedHeaders: [...EXPOSED_HEADERS],
    });
  }
  await app.register(monitorqaErrors, { onServerError: options.onServerError });
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.path,
      handler: async (req, reply) =>
        send(
          reply,
          await route.handler({
            params: req.params as Record<string, string>,
            header: (name) => [req.headers[name.toLowerCase()]].flat()[0],
            body: req.body,
          }),
        ),
    });
  }
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  return running(app.server);
}
