import { once } from 'node:events';
import { errorHandler, jsonBody, notFoundHandler, send } from '@monitorqa/errors-server/express';
import { EXPOSED_HEADERS } from '@monitorqa/errors-server';
import cors from 'cors';
import express from 'express';
import type { Route } from '../api.js';
import { running, type AdapterOptions, type Running } from './running.js';

export async function startExpress(routes: readonly Route[], options: AdapterOptions = {}): Promise<Running> {
  const app = express();
  // Which framework answers is nobody's business: one answer per request, whatever runs it.
  app.disable('x-powered-by');
  // The path as sent: `/monitors/` and `/MONITORS` are other paths, as on every adapter.
  app.set('strict routing', true);
  app.set('case sensitive routing', true);
  if (options.allowOrigin !== undefined)
    app.use(cors({ origin: options.allowOrigin, exposedHeaders: [...EXPOSED_HEADERS] }));
  app.use(jsonBody());
  for (const route of routes) {
    app[route.method.toLowerCase() as 'get'](route.path, async (req, res) => {
      send(
        res,
        await route.handler({
          params: req.params as Record<string, string>,
          header: (name) => req.get(name),
          body: req.body as unknown,
        }),
      );
    });
  }
  app.use(notFoundHandler(), errorHandler({ onServerError: options.onServerError }));
  const server = app.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  return running(server);
}
