import cors from '@koa/cors';
import Router from '@koa/router';
import { EXPOSED_HEADERS } from '@monitorqa/errors-server';
import { errorMiddleware, jsonBody, send } from '@monitorqa/errors-server/koa';
import Koa from 'koa';
import type { Route } from '../api.js';
import { running, type AdapterOptions, type Running } from './running.js';

export async function startKoa(routes: readonly Route[], options: AdapterOptions = {}): Promise<Running> {
  const app = new Koa();
  // The demo's log is onServerError; Koa's own listener would print every 5xx a second time.
  app.silent = true;
  // The path as sent, as on every adapter.
  const router = new Router({ strict: true, sensitive: true });
  for (const route of routes) {
    router[route.method.toLowerCase() as 'get'](route.path, async (ctx) => {
      send(
        ctx,
        await route.handler({
          params: ctx.params,
          header: (name) => ctx.get(name) || undefined,
          body: (ctx.request as { body?: unknown }).body,
        }),
      );
    });
  }
  if (options.allowOrigin !== undefined)
    app.use(cors({ origin: options.allowOrigin, exposeHeaders: [...EXPOSED_HEADERS] }));
  app
    .use(errorMiddleware({ onServerError: options.onServerError }))
    .use(jsonBody())
    .use(router.routes());
  const server = app.listen(options.port ?? 0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return running(server);
}
