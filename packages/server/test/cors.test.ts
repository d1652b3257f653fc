// Browsers call services from other origins. We write no CORS ourselves: services use `cors`,
// `@fastify/cors` or `hono/cors`, and our adapters must cooperate with them.
import type { Server } from 'node:http';
import fastifyCors from '@fastify/cors';
import { serve } from '@hono/node-server';
import cors from 'cors';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { cors as honoCors } from 'hono/cors';
import { apiError } from '@monitorqa/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler, jsonBody, notFoundHandler } from '../src/adapters/express.js';
import { monitorqaErrors } from '../src/adapters/fastify.js';
import { useErrors } from '../src/adapters/hono.js';
import { EXPOSED_HEADERS, unavailable } from '../src/index.js';
import { readJson } from '../src/adapters/web.js';
import { started } from './conformance/listen.js';
import type { Started } from './conformance/suite.js';

const ORIGIN = 'http://page.127.0.0.1.nip.test';
const options = { origin: ORIGIN, exposedHeaders: [...EXPOSED_HEADERS] };
const notFound = (): never => {
  throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'item', id: '7' } });
};
const busy = (): never => {
  throw unavailable({ reason: 'MAINTENANCE', retryAfter: 5 });
};

type Start = (withCors: boolean) => Promise<Started>;

const starts: Record<string, Start> = {
  'Express 5 with cors': async (withCors) => {
    const app = express();
    if (withCors) app.use(cors(options));
    app.use(jsonBody());
    app.get('/items/:id', notFound);
    app.get('/busy', busy);
    app.post('/items', (_req, res) => res.status(201).json({}));
    app.use(notFoundHandler(), errorHandler());
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => {
        resolve(s);
      });
    });
    return started(server);
  },
  'Fastify 5 with @fastify/cors': async (withCors) => {
    const app = Fastify();
    if (withCors) await app.register(fastifyCors, options);
    await app.register(monitorqaErrors);
    app.get('/items/:id', notFound);
    app.get('/busy', busy);
    app.post('/items', async (_req, reply) => reply.code(201).send({}));
    await app.listen({ port: 0, host: '127.0.0.1' });
    return started(app.server);
  },
  'Hono with hono/cors': async (withCors) => {
    const app = useErrors(new Hono());
    // hono/cors spells it `exposeHeaders`.
    if (withCors) app.use(honoCors({ origin: ORIGIN, exposeHeaders: [...EXPOSED_HEADERS] }));
    app.get('/items/:id', notFound);
    app.get('/busy', busy);
    app.post('/items', async (c) => c.json(await readJson(c.req.raw), 201));
    return new Promise((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
        resolve(started(server as Server));
      });
    });
  },
};

for (const [name, start] of Object.entries(starts)) {
  describe(name, () => {
    let server: Started;
    let bare: Started;
    beforeAll(async () => {
      server = await start(true);
      bare = await start(false);
    });
    afterAll(async () => {
      await server.close();
      await bare.close();
    });
    const preflight = (base: string, path: string): Promise<Response> =>
      fetch(base + path, {
        method: 'OPTIONS',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });

    it('lets the CORS middleware answer a preflight, for a route and for an unknown path', async () => {
      for (const path of ['/items', '/nowhere']) {
        const res = await preflight(server.url, path);
        expect([res.status, res.headers.get('access-control-allow-origin')]).toEqual([204, ORIGIN]);
      }
    });

    it('answers a preflight no CORS middleware took with 204, never a 404', async () => {
      const res = await preflight(bare.url, '/nowhere');
      expect([res.status, await res.text()]).toEqual([204, '']);
    });

    it.each([
      ['an error thrown by a route', 'GET', '/items/7', undefined, 404, 'RESOURCE_NOT_FOUND'],
      ['an unknown route', 'GET', '/nowhere', undefined, 404, 'ROUTE_NOT_FOUND'],
      ['an error raised before any route (malformed JSON)', 'POST', '/items', '{"a":', 400, 'MALFORMED_JSON'],
      ['a 503 with Retry-After', 'GET', '/busy', undefined, 503, 'MAINTENANCE'],
    ])(
      'keeps the CORS headers on %s, and exposes what a browser client reads',
      async (_what, method, path, body, status, code) => {
        const res = await fetch(server.url + path, {
          method,
          body,
          headers: { origin: ORIGIN, ...(body ? { 'content-type': 'application/json' } : {}) },
        });
        const { error } = (await res.json()) as { error: { code: string } };
        expect([res.status, error.code, res.headers.get('access-control-allow-origin')]).toEqual([
          status,
          code,
          ORIGIN,
        ]);
        expect(
          res.headers
            .get('access-control-expose-headers')
            ?.toLowerCase()
            .split(/\s*,\s*/)
            .sort(),
        ).toEqual(['location', 'retry-after', 'x-request-id']);
        expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
      },
    );
  });
}
