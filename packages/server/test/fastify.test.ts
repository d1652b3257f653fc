import Fastify from 'fastify';
import { frameworkErrors, monitorqaErrors, send } from '../src/fastify.js';
import { headerGetter, started } from './conformance/listen.js';
import { conformance } from './conformance/suite.js';

conformance('Fastify 5', async (routes, onError) => {
  const app = Fastify({ frameworkErrors });
  await app.register(monitorqaErrors, { onError });
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.path,
      handler: async (req, reply) =>
        send(reply, await route.handler({ params: req.params as Record<string, string>, headers: headerGetter(req.headers), body: req.body })),
    });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  return started(app.server);
});
