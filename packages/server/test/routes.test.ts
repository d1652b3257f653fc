import { createServer, type Server } from 'node:http';
import { serve } from '@hono/node-server';
import Router from '@koa/router';
import express from 'express';
import { Hono } from 'hono';
import Koa from 'koa';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiError, defineRoutes } from '@monitorqa/errors';
import { bindRoute as bindExpress, errorHandler, jsonBody, notFoundHandler } from '../src/adapters/express.js';
import { bindRoute as bindFastify, monitorqaErrors } from '../src/adapters/fastify.js';
import { bindRoute as bindHono, useErrors } from '../src/adapters/hono.js';
import { bindRoute as bindKoa, errorMiddleware } from '../src/adapters/koa.js';
import { withRoute } from '../src/adapters/web.js';
import { UndeclaredError, validate, type RouteOptions, type UndeclaredInfo } from '../src/index.js';
import { started } from './conformance/listen.js';
import type { Started } from './conformance/suite.js';

const routes = defineRoutes()({
  getMonitor: { method: 'GET', path: '/monitors/:id', errors: ['RESOURCE_NOT_FOUND'] },
  createMonitor: { method: 'POST', path: '/monitors', status: 201, errors: ['RESOURCE_ALREADY_EXISTS'] },
});

// One handler per case, whatever the framework: `id` says what the handler does.
function answer(id: string): unknown {
  switch (id) {
    case 'declared':
      throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id } });
    case 'undeclared':
      throw apiError('RESOURCE_ALREADY_EXISTS', { details: { resource: 'monitor' } });
    case 'universal':
      throw apiError('MISSING_API_KEY', { details: { header: 'X-API-KEY' } });
    case 'general':
      throw apiError('CONFLICT');
    case 'crash':
      throw new Error('db down');
    case 'zod':
      return validate(z.object({ name: z.string() }), {});
    default:
      return { id };
  }
}

interface Seen {
  readonly undeclared: [unknown, UndeclaredInfo][];
  readonly server: unknown[];
}

type Start = (options: RouteOptions, seen: Seen) => Promise<Started>;

const adapters: Record<string, Start> = {
  express: async (options, seen) => {
    const app = express();
    app.use(jsonBody());
    bindExpress(
      app,
      routes.getMonitor,
      (req, res) => {
        res.json(answer(req.params.id));
      },
      options,
    );
    app.use(notFoundHandler(), errorHandler({ onServerError: (e) => seen.server.push(e) }));
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return started(server);
  },
  fastify: async (options, seen) => {
    const app = Fastify();
    await app.register(monitorqaErrors, { onServerError: (e) => seen.server.push(e) });
    bindFastify(
      app,
      routes.getMonitor,
      async (req) => {
        await Promise.resolve();
        return answer(req.params.id);
      },
      options,
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    return {
      url: `http://127.0.0.1:${String((app.server.address() as { port: number }).port)}`,
      close: () => app.close(),
    };
  },
  koa: async (options, seen) => {
    const app = new Koa();
    app.silent = true;
    const router = new Router();
    bindKoa(
      router,
      routes.getMonitor,
      (ctx) => {
        ctx.body = answer(ctx.params.id);
      },
      options,
    );
    app.use(errorMiddleware({ onServerError: (e) => seen.server.push(e) })).use(router.routes());
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => {
        resolve(s);
      });
    });
    return started(server);
  },
  hono: async (options, seen) => {
    const app = useErrors(new Hono(), { onServerError: (e) => seen.server.push(e) });
    bindHono(app, routes.getMonitor, (c) => c.json(answer(c.req.param('id')) as object), options);
    return new Promise((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
        resolve(started(server as Server));
      });
    });
  },
  web: async (options, seen) => {
    // A Next.js route handler's shape: the framework routes, the declaration says what the route answers.
    const GET = withRoute(
      routes.getMonitor,
      (request: Request) => Response.json(answer(new URL(request.url).pathname.split('/')[2] ?? '')),
      { ...options, onServerError: (e) => seen.server.push(e) },
    );
    return new Promise((resolve) => {
      const server = serve({ fetch: GET, port: 0, hostname: '127.0.0.1' }, () => {
        resolve(started(server as Server));
      });
    });
  },
};

describe.each(Object.entries(adapters))('a handler bound to its route on %s', (_name, start) => {
  const seen: Seen = { undeclared: [], server: [] };
  const strictSeen: Seen = { undeclared: [], server: [] };
  let app: Started;
  let strict: Started;
  beforeAll(async () => {
    app = await start({ onUndeclaredError: (e, info) => seen.undeclared.push([e, info]) }, seen);
    strict = await start(
      { strict: true, onUndeclaredError: (e, info) => strictSeen.undeclared.push([e, info]) },
      strictSeen,
    );
  });
  afterAll(async () => {
    await app.close();
    await strict.close();
  });
  const get = async (base: Started, id: string) => {
    const res = await fetch(`${base.url}/monitors/${id}`);
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('serves as usual', async () => {
    expect(await get(app, '7')).toEqual({ status: 200, body: { id: '7' } });
  });

  it('answers a declared, a universal and a general code without a report', async () => {
    seen.undeclared.length = 0;
    expect(await get(app, 'declared')).toEqual({
      status: 404,
      body: {
        error: {
          message: 'The resource does not exist.',
          code: 'RESOURCE_NOT_FOUND',
          details: { resource: 'monitor', id: 'declared' },
        },
      },
    });
    expect((await get(app, 'universal')).status).toBe(401);
    expect((await get(app, 'general')).status).toBe(409);
    expect((await get(app, 'crash')).status).toBe(500);
    expect(seen.undeclared).toEqual([]);
  });

  it('answers an undeclared code as the contract says, and reports it', async () => {
    seen.undeclared.length = 0;
    expect(await get(app, 'undeclared')).toEqual({
      status: 409,
      body: {
        error: {
          message: 'The resource already exists.',
          code: 'RESOURCE_ALREADY_EXISTS',
          details: { resource: 'monitor' },
        },
      },
    });
    expect(seen.undeclared).toEqual([
      [
        expect.objectContaining({ code: 'RESOURCE_ALREADY_EXISTS' }),
        { route: 'getMonitor', method: 'GET', path: '/monitors/:id', code: 'RESOURCE_ALREADY_EXISTS', status: 409 },
      ],
    ]);
  });

  it('reads another library’s error as the code it answers (a zod failure: VALIDATION_FAILED, undeclared)', async () => {
    seen.undeclared.length = 0;
    expect((await get(app, 'zod')).status).toBe(422);
    expect(seen.undeclared.map(([, info]) => info.code)).toEqual(['VALIDATION_FAILED']);
  });

  it('strict: an undeclared code is a 500 with nothing leaked, and onServerError says why', async () => {
    strictSeen.server.length = 0;
    expect(await get(strict, 'undeclared')).toEqual({
      status: 500,
      body: { error: { message: 'An unexpected error occurred.', code: 'INTERNAL_SERVER_ERROR' } },
    });
    expect(strictSeen.server).toHaveLength(1);
    const [failure] = strictSeen.server as [UndeclaredError];
    expect(failure).toBeInstanceOf(UndeclaredError);
    expect(failure.message).toBe(
      'GET /monitors/:id (getMonitor) answered RESOURCE_ALREADY_EXISTS (409), which its declaration does not list: declare it or answer another code.',
    );
    expect(failure.cause).toMatchObject({ code: 'RESOURCE_ALREADY_EXISTS' });
    expect(strictSeen.undeclared).toHaveLength(1);
    // A declared code is unchanged in strict mode.
    expect((await get(strict, 'declared')).status).toBe(404);
  });
});

describe('bindRoute on Express', () => {
  it('checks an error passed to next as much as one thrown', async () => {
    const reported: string[] = [];
    const app = express();
    bindExpress(app, routes.createMonitor, (_req, _res, next) => {
      next(apiError('CONFLICT'));
    });
    bindExpress(
      app,
      routes.getMonitor,
      (_req, _res, next) => {
        next(apiError('RESOURCE_ALREADY_EXISTS', { details: { resource: 'monitor' } }));
      },
      { onUndeclaredError: (_e, info) => reported.push(`${info.route} ${info.code}`) },
    );
    app.use(errorHandler());
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = started(server);
    expect((await fetch(`${base.url}/monitors/1`)).status).toBe(409);
    expect((await fetch(`${base.url}/monitors`, { method: 'POST' })).status).toBe(409);
    expect(reported).toEqual(['getMonitor RESOURCE_ALREADY_EXISTS']);
    await base.close();
  });

  it('refuses a malformed declaration when binding', () => {
    expect(() => {
      bindExpress(express(), { name: 'x', method: 'GET', path: 'x' } as never, () => undefined);
    }).toThrow(new TypeError('route "x" needs a path that starts with "/".'));
  });
});
