import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineRoutes, shape } from '@monitorqa/errors';
import { createRouteClient, matchRouteError } from '../src/routes.js';
import { monitorSchema } from './fixtures/monitor-schema.js';
import { startServer, type TestServer } from './http-server.js';

const routes = defineRoutes()({
  getMonitor: { method: 'GET', path: '/monitors/:id', errors: ['RESOURCE_NOT_FOUND'], response: monitorSchema },
  listMonitors: { method: 'GET', path: '/monitors', query: shape<{ limit?: number }>() },
  createMonitor: {
    method: 'POST',
    path: '/monitors',
    status: 201,
    errors: ['VALIDATION_FAILED'],
    body: shape<{ name: string }>(),
  },
});

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  const json = (status: number, body: string) => ({ status, body });
  const answers: Record<string, { status: number; body: string }> = {
    '/monitors/1': json(200, '{"id":"1","name":"api"}'),
    '/monitors/2': json(200, '{"id":2}'),
    '/monitors/a%2Fb': json(200, '{"id":"a/b","name":"slash"}'),
    '/monitors/9': json(
      404,
      '{"error":{"message":"No monitor 9.","code":"RESOURCE_NOT_FOUND","details":{"resource":"monitor","id":"9"}}}',
    ),
    '/monitors/10': json(409, '{"error":{"message":"Newer.","code":"MONITOR_ARCHIVED"}}'),
  };
  for (const [path, { status, body }] of Object.entries(answers))
    server.route(path, (_req, res) => res.writeHead(status, { 'content-type': 'application/json' }).end(body));
  server.route('/monitors', (req, res, body) =>
    res
      .writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ method: req.method, url: req.url, body: body === '' ? null : JSON.parse(body) })),
  );
});
afterAll(() => server.close());

const api = () => createRouteClient({ baseUrl: server.url, retry: false });

describe('api.call', () => {
  it('builds the path from its parameters, each percent-encoded', async () => {
    expect(await api().call(routes.getMonitor, { params: { id: 1 } })).toEqual({ id: '1', name: 'api' });
    expect(await api().call(routes.getMonitor, { params: { id: 'a/b' } })).toEqual({ id: 'a/b', name: 'slash' });
  });

  it('sends the method, query and body the route declares', async () => {
    expect(await api().call(routes.listMonitors, { query: { limit: 5 } })).toEqual({
      method: 'GET',
      url: '/monitors?limit=5',
      body: null,
    });
    expect(await api().call(routes.createMonitor, { body: { name: 'api' } })).toEqual({
      method: 'POST',
      url: '/monitors',
      body: { name: 'api' },
    });
  });

  it('refuses a missing path parameter before sending anything', async () => {
    await expect(api().call(routes.getMonitor, { params: { id: '' } })).rejects.toThrow(
      new TypeError('Path parameter "id" of /monitors/:id is missing.'),
    );
  });

  it('validates the success body against the route’s schema when asked: a mismatch is a 502', async () => {
    expect(await api().call(routes.getMonitor, { params: { id: 2 } })).toEqual({ id: 2 });
    const error = await api()
      .call(routes.getMonitor, { params: { id: 2 }, validate: true })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'BAD_GATEWAY',
      status: 502,
      message:
        'The answer of GET /monitors/:id does not match its declared response: expected { id: string, name: string }',
      response: { status: 200, fromContract: false },
    });
    expect(await api().call(routes.getMonitor, { params: { id: 1 }, validate: true })).toEqual({
      id: '1',
      name: 'api',
    });
  });

  it('extend keeps call', async () => {
    expect(
      await api()
        .extend({ headers: { 'x-a': '1' } })
        .call(routes.getMonitor, { params: { id: 1 } }),
    ).toEqual({
      id: '1',
      name: 'api',
    });
  });
});

describe('matchRouteError', () => {
  const show = (error: unknown) =>
    matchRouteError(routes.getMonitor, error, {
      RESOURCE_NOT_FOUND: (e) => `no monitor ${e.details?.id ?? '?'}`,
      CONFLICT: (e) => `conflict (${e.code})`,
      _: () => 'other',
    });

  it('matches a declared code with its details', async () => {
    expect(
      show(
        await api()
          .call(routes.getMonitor, { params: { id: 9 } })
          .catch((e: unknown) => e),
      ),
    ).toBe('no monitor 9');
  });

  it('sends a code the client does not know to its status’s general code', async () => {
    expect(
      show(
        await api()
          .call(routes.getMonitor, { params: { id: 10 } })
          .catch((e: unknown) => e),
      ),
    ).toBe('conflict (MONITOR_ARCHIVED)');
  });
});
