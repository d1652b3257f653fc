// Every adapter, started with the same framework-neutral routes: what the conformance
// suite and the fuzz tests run against.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import express from 'express';
import Fastify, { type FastifyReply } from 'fastify';
import { Hono } from 'hono';
import Router from '@koa/router';
import Koa from 'koa';
// Express 4 under another name (an npm alias), beside Express 5.
import express4 from 'express4';
// Koa 2 under another name (an npm alias), beside Koa 3.
import Koa2 from 'koa2';
import { errorMiddleware, jsonBody as koaJsonBody, send as sendKoa } from '../../src/adapters/koa.js';
import { errorHandler, jsonBody, notFoundHandler, send as sendExpress } from '../../src/adapters/express.js';
import { frameworkErrors, monitorqaErrors, send as sendFastify, sendError } from '../../src/adapters/fastify.js';
import { errorBoundary, notFound, onError } from '../../src/adapters/hono.js';
import { notFoundError, readJson, toWebResponse, withErrors } from '../../src/adapters/web.js';
import { headerGetter, started } from './listen.js';
import { nestStarts } from './nest-adapters.js';
import type { Route } from './routes.js';
import type { Start } from './suite.js';

// Express 4 and 5 take the same middleware. Express 4 does not catch a rejected promise: its handlers pass it to `next`.
const expressOf =
  (create: typeof express): Start =>
  async (routes, onErrorLog) => {
    const app = create();
    app.disable('x-powered-by');
    // The path as sent: `/items/1/` and `/ITEMS/1` are other paths (Fastify's and Hono's default).
    app.set('strict routing', true);
    app.set('case sensitive routing', true);
    app.use(jsonBody());
    for (const route of routes) {
      app[route.method.toLowerCase() as 'get'](route.path, (req, res, next) => {
        const ctx = {
          params: req.params as Record<string, string>,
          headers: headerGetter(req.headers),
          body: req.body,
        };
        Promise.resolve()
          .then(() => route.handler(ctx))
          .then((answer) => {
            sendExpress(res, answer);
          }, next);
      });
    }
    app.use(notFoundHandler(), errorHandler({ onServerError: onErrorLog }));
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => {
        resolve(s);
      });
    });
    return started(server);
  };

// With `sendError`, every route answers its errors without throwing them: the same table must hold.
const fastify =
  (errors: 'thrown' | 'sendError'): Start =>
  async (routes, onErrorLog) => {
    const app = Fastify({ frameworkErrors });
    await app.register(monitorqaErrors, { onServerError: onErrorLog });
    for (const route of routes) {
      app.route({
        method: route.method,
        url: route.path,
        handler: async (req, reply) => {
          const answer = async (): Promise<FastifyReply> =>
            sendFastify(
              reply,
              await route.handler({
                params: req.params as Record<string, string>,
                headers: headerGetter(req.headers),
                body: req.body,
              }),
            );
          if (errors === 'thrown') return answer();
          return answer().catch((error: unknown) => sendError(reply, error));
        },
      });
    }
    await app.listen({ port: 0, host: '127.0.0.1' });
    return started(app.server);
  };

const bodyOf = (request: Request): Promise<unknown> => readJson(request);

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<ReturnType<typeof started>> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => {
      resolve(started(server as Server));
    });
  });
}

const startHono: Start = async (routes, onErrorLog) => {
  const app = new Hono();
  app.use(errorBoundary({ onServerError: onErrorLog }));
  for (const route of routes) {
    app.on(route.method, route.path, async (c) =>
      toWebResponse(
        await route.handler({
          params: c.req.param(),
          headers: { get: (n) => c.req.header(n) },
          body: await bodyOf(c.req.raw),
        }),
      ),
    );
  }
  app.onError(onError({ onServerError: onErrorLog }));
  app.notFound(notFound());
  return listen(app.fetch);
};

// The bare web-standard wrapper, with a router of a few lines, as on Bun, Deno or a worker.
const startWeb: Start = (routes, onErrorLog) => {
  const matchers = routes.map((route: Route) => ({ route, match: matcher(route.path) }));
  return listen(
    withErrors(
      async (request) => {
        const url = new URL(request.url);
        for (const { route, match } of matchers) {
          const params = route.method === request.method ? match(url.pathname) : undefined;
          if (params) {
            return toWebResponse(
              await route.handler({
                params,
                headers: { get: (n) => request.headers.get(n) ?? undefined },
                body: await bodyOf(request),
              }),
            );
          }
        }
        throw notFoundError(request);
      },
      { onServerError: onErrorLog },
    ),
  );
};

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

// Koa 2 and 3 take the same middleware; the suite runs on both.
function koa(Framework: typeof Koa): Start {
  return async (routes, onErrorLog) => {
    const app = new Framework();
    // Koa logs 5xx through its own error event: the suite's log is the adapter's onServerError.
    app.silent = true;
    // The path as sent, as on every adapter.
    const router = new Router({ strict: true, sensitive: true });
    for (const route of routes) {
      router[route.method.toLowerCase() as 'get'](route.path, async (ctx) => {
        sendKoa(
          ctx,
          await route.handler({
            params: ctx.params,
            headers: headerGetter(ctx.headers),
            body: (ctx.request as { body?: unknown }).body,
          }),
        );
      });
    }
    app
      .use(errorMiddleware({ onServerError: onErrorLog }))
      .use(koaJsonBody())
      .use(router.routes());
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => {
        resolve(s);
      });
    });
    return started(server);
  };
}

/** Every adapter, by name. */
export const starts: Readonly<Record<string, Start>> = {
  'Express 5': expressOf(express),
  'Express 4': expressOf(express4),
  'Fastify 5': fastify('thrown'),
  'Fastify 5, errors by sendError': fastify('sendError'),
  Hono: startHono,
  'web standard (withErrors)': startWeb,
  'Koa 3': koa(Koa),
  'Koa 2': koa(Koa2),
  ...nestStarts,
};
