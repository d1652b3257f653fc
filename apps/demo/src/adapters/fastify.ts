import { frameworkErrors, monitorqaErrors, send } from '@monitorqa/errors-server/fastify';
import Fastify from 'fastify';
import type { Route } from '../api.js';
import { running, type AdapterOptions, type Running } from './running.js';

export async function startFastify(routes: readonly Route[], options: AdapterOptions = {}): Promise<Running> {
  const app = Fastify({ frameworkErrors });
  await app.register(monitorqaErrors, { onError: options.onError });
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.path,
      handler: async (req, reply) =>
        send(reply, await route.handler({ params: req.params as Record<string, string>, header: (name) => [req.headers[name.toLowerCase()]].flat()[0], body: req.body })),
    });
  }
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  return running(app.server);
}
