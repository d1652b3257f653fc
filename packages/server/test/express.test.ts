import type { Server } from 'node:http';
import express from 'express';
import { errorHandler, jsonBody, notFoundHandler, send } from '../src/express.js';
import { headerGetter, started } from './conformance/listen.js';
import { conformance } from './conformance/suite.js';

conformance('Express 5', async (routes, onError) => {
  const app = express();
  app.use(jsonBody());
  for (const route of routes) {
    app[route.method.toLowerCase() as 'get'](route.path, async (req, res) => {
      send(res, await route.handler({ params: req.params as Record<string, string>, headers: headerGetter(req.headers), body: req.body }));
    });
  }
  app.use(notFoundHandler(), errorHandler({ onError }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => { resolve(s); });
  });
  return started(server);
});
