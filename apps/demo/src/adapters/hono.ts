import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { useErrors } from '@monitorqa/errors-server/hono';
import { readJson, toWebResponse } from '@monitorqa/errors-server/web';
import { EXPOSED_HEADERS } from '@monitorqa/errors-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Route } from '../api.js';
import { running, type AdapterOptions, type Running } from './running.js';

export async function startHono(routes: readonly Route[], options: AdapterOptions = {}): Promise<Running> {
  const app = useErrors(new Hono(), { onServerError: options.onServerError });
  // hono/cors spells it `exposeHeaders`.
  if (options.allowOrigin !== undefined)
    app.use(cors({ origin: options.allowOrigin, exposeHeaders: [...EXPOSED_HEADERS] }));
  for (const route of routes) {
    app.on(route.method, route.path, async (c) => {
      // readJson reads as every adapter does: no body (or an empty one) is undefined, whatever the content type says.
      const body = await readJson(c.req.raw);
      return toWebResponse(await route.handler({ params: c.req.param(), header: (name) => c.req.header(name), body }));
    });
  }
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: '127.0.0.1' }, () => {
      resolve(running(server as Server));
    });
  });
}
