import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { apiError } from '@monitorqa/errors';
import { Hono } from 'hono';
import { errorBoundary, notFound, onError } from '../src/hono.js';
import { readJson, toWebResponse, withErrors } from '../src/web.js';
import { started } from './conformance/listen.js';
import { conformance, type Start } from './conformance/suite.js';
import type { Route } from './conformance/routes.js';

const bodyOf = async (request: Request): Promise<unknown> => (request.method === 'POST' || request.method === 'PUT') && request.headers.has('content-type') ? readJson(request) : undefined;

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<ReturnType<typeof started>> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => { resolve(started(server as Server)); });
  });
}

conformance('Hono', async (routes, onErrorLog) => {
  const app = new Hono();
  app.use(errorBoundary({ onError: onErrorLog }));
  for (const route of routes) {
    app.on(route.method, route.path, async (c) =>
      toWebResponse(await route.handler({ params: c.req.param(), headers: { get: (n) => c.req.header(n) }, body: await bodyOf(c.req.raw) })),
    );
  }
  app.onError(onError({ onError: onErrorLog }));
  app.notFound(notFound());
  return listen(app.fetch);
});

// The bare web-standard wrapper, with a router of a few lines, as on Bun, Deno or a worker.
const bareStart: Start = (routes, onErrorLog) => {
  const matchers = routes.map((route: Route) => ({ route, match: matcher(route.path) }));
  return listen(
    withErrors(
      async (request) => {
        const url = new URL(request.url);
        for (const { route, match } of matchers) {
          const params = route.method === request.method ? match(url.pathname) : undefined;
          if (params) {
            return toWebResponse(await route.handler({ params, headers: { get: (n) => request.headers.get(n) ?? undefined }, body: await bodyOf(request) }));
          }
        }
        throw apiError('ROUTE_NOT_FOUND', { details: { method: request.method, path: url.pathname } });
      },
      { onError: onErrorLog },
    ),
  );
};
conformance('web standard (withErrors)', bareStart);

function matcher(path: string): (pathname: string) => Record<string, string> | undefined {
  const parts = path.split('/');
  return (pathname) => {
    const actual = pathname.split('/');
    if (actual.length !== parts.length) return undefined;
    const params: Record<string, string> = {};
    for (const [i, part] of parts.entries()) {
      if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual[i] ?? '');
      else if (part !== actual[i]) return undefined;
    }
    return params;
  };
}
