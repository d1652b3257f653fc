// `requestId: true` on Fastify, Koa and Hono: X-Request-Id on every answer, successes included,
// exactly once, as `requestId()` does on Express and `requestId: true` on NestJS.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import Fastify from 'fastify';
import { Hono } from 'hono';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '@monitorqa/errors';
import { monitorqaErrors } from '../src/adapters/fastify.js';
import { useErrors } from '../src/adapters/hono.js';
import { errorMiddleware } from '../src/adapters/koa.js';
import { UUID, idsOf } from './request-ids.js';

const gone = (): never => {
  throw apiError('NOT_FOUND');
};

const servers: Record<string, () => Promise<Server>> = {
  Fastify: async () => {
    const app = Fastify();
    await app.register(monitorqaErrors, { requestId: true });
    app.get('/ok', () => ({ ok: true }));
    app.get('/gone', gone);
    await app.listen({ port: 0, host: '127.0.0.1' });
    return app.server;
  },
  Koa: async () => {
    const app = new Koa();
    app.use(errorMiddleware({ requestId: true }));
    app.use((ctx) => {
      if (ctx.path === '/ok') ctx.body = { ok: true };
      else if (ctx.path === '/gone') gone();
    });
    return new Promise((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => {
        resolve(server);
      });
    });
  },
  Hono: async () => {
    const app = useErrors(new Hono(), { requestId: true });
    app.get('/ok', (c) => c.json({ ok: true }));
    app.get('/gone', gone);
    return new Promise((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
        resolve(server as Server);
      });
    });
  },
};

describe.each(Object.entries(servers))('requestId: true on %s', (_name, start) => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = await start();
    url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('echoes the id sent on a success, an error and an unknown route, once each', async () => {
    const sent = { 'x-request-id': 'req-42' };
    expect(await idsOf(`${url}/ok`, sent)).toEqual([200, ['req-42']]);
    expect(await idsOf(`${url}/gone`, sent)).toEqual([404, ['req-42']]);
    expect(await idsOf(`${url}/nowhere`, sent)).toEqual([404, ['req-42']]);
  });

  it('makes a new UUID for a success without a sane id, once', async () => {
    const [status, ids] = await idsOf(`${url}/ok`, { 'x-request-id': 'bad id with spaces' });
    expect(status).toBe(200);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(UUID);
  });
});
