// Declared routes in the kit: probes that fail on an undeclared code, and MSW mocks per route.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineRoutes, shape } from '@monitorqa/errors';
import { createRouteClient, matchRouteError } from '@monitorqa/errors-client/routes';
import { isTransportError } from '@monitorqa/errors-client';
import { mockError } from '../src/index.js';
import { routeFailures } from '../src/conformance/route-probes.js';
import { routeMocks } from '../src/msw.js';
import { catalog } from './fixtures/v1.js';

const routes = defineRoutes<typeof catalog>()({
  getMonitor: {
    method: 'GET',
    path: '/monitors/:id',
    errors: ['RESOURCE_NOT_FOUND'],
    response: shape<{ id: string; name: string }>(),
  },
  createMonitor: {
    method: 'POST',
    path: '/monitors',
    status: 201,
    errors: ['MONITOR_LIMIT_REACHED', 'VALIDATION_FAILED'],
  },
  deleteMonitor: { method: 'DELETE', path: '/monitors/:id', status: 204, errors: ['RESOURCE_NOT_FOUND'] },
});

// A stand-in service as a fetch handler, answering with the envelopes a real one sends.
const service =
  (answers: { get?: () => Response; post?: () => Response; del?: () => Response }) =>
  (request: Request): Response => {
    if (request.headers.get('x-api-key') !== 'k') return mockError('MISSING_API_KEY', { catalog });
    const answer = { GET: answers.get, POST: answers.post, DELETE: answers.del }[request.method];
    return answer?.() ?? new Response(null, { status: 204 });
  };
const options = { catalog, routes, routeHeaders: { 'x-api-key': 'k' } };

describe('assertErrorContract with declared routes', () => {
  it('passes when every route answers only what it declares', async () => {
    const target = service({
      get: () => mockError('RESOURCE_NOT_FOUND', { catalog, details: { resource: 'monitor', id: 'x' } }),
      post: () => mockError('VALIDATION_FAILED', { catalog, details: { '(root)': ['expected an object'] } }),
      del: () => mockError('RESOURCE_NOT_FOUND', { catalog, details: { resource: 'monitor', id: 'x' } }),
    });
    expect(await routeFailures(target, options)).toEqual([]);
  });

  it('fails on an undeclared code, saying what was sent and what came back', async () => {
    const target = service({
      get: () => mockError('MONITOR_LIMIT_REACHED', { catalog, details: { limit: 1, plan: 'free' } }),
    });
    const failures = await routeFailures(target, options);
    expect(failures).toEqual([
      'getMonitor (GET /monitors/:id): an unknown id\n' +
        '  sent:     GET /monitors/monitorqa-probe-unknown\n' +
        '  got:      409 {"error":{"message":"The monitor limit is reached.","code":"MONITOR_LIMIT_REACHED","details":{"limit":1,"plan":"free"}}}\n' +
        '  contract: an answer of getMonitor: a success, or an error it declares\n' +
        '  - code MONITOR_LIMIT_REACHED is not one getMonitor declares (nor a universal or general code): declare it, or answer another',
    ]);
  });

  it('checks the details against the code’s schema, and the status against the catalog', async () => {
    const bad = new Response('{"error":{"message":"Gone.","code":"RESOURCE_NOT_FOUND","details":{"resource":7}}}', {
      status: 404,
      headers: { 'x-request-id': 'r' },
    });
    const wrongStatus = new Response('{"error":{"message":"x","code":"VALIDATION_FAILED"}}', {
      status: 400,
      headers: { 'x-request-id': 'r' },
    });
    const failures = await routeFailures(service({ get: () => bad.clone(), post: () => wrongStatus.clone() }), options);
    expect(failures.map((f) => f.split('\n').filter((line) => line.startsWith('  - ')))).toEqual([
      ['  - details.id is missing', '  - details.resource is a number, not string'],
      ['  - code VALIDATION_FAILED is a 422 in the catalog, sent with 400'],
    ]);
  });
});

describe('routeMocks', () => {
  const server = setupServer();
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => {
    server.close();
  });
  const mocks = routeMocks(routes, { catalog, baseUrl: 'https://api.monitorqa.test' });
  const api = createRouteClient({ baseUrl: 'https://api.monitorqa.test', retry: false, timeout: 100 });

  it('answers a route’s declared code, through the real client into its matcher', async () => {
    server.use(mocks.getMonitor.error('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '42' } }));
    const error = await api.call(routes.getMonitor, { params: { id: 42 } }).catch((e: unknown) => e);
    expect(
      matchRouteError(routes.getMonitor, error, {
        RESOURCE_NOT_FOUND: (e) => `no ${e.details?.id ?? ''}`,
        _: () => 'other',
      }),
    ).toBe('no 42');
  });

  it('answers a success, slow or not, and a network failure', async () => {
    server.use(mocks.getMonitor.reply({ id: '1', name: 'api' }));
    expect(await api.call(routes.getMonitor, { params: { id: 1 } })).toEqual({ id: '1', name: 'api' });
    server.use(mocks.deleteMonitor.reply(undefined));
    expect(await api.call(routes.deleteMonitor, { params: { id: 1 } }).then((value: unknown) => value)).toBeUndefined();
    server.use(mocks.getMonitor.slow(1000, { id: '1', name: 'api' }));
    expect(
      await api.call(routes.getMonitor, { params: { id: 1 } }).catch((e: unknown) => isTransportError(e, 'timeout')),
    ).toBe(true);
    server.use(mocks.getMonitor.networkError());
    expect(
      await api.call(routes.getMonitor, { params: { id: 1 } }).catch((e: unknown) => isTransportError(e, 'network')),
    ).toBe(true);
  });

  it('takes only the codes a route may answer, typed and at run time', () => {
    // @ts-expect-error -- getMonitor does not declare MONITOR_LIMIT_REACHED
    expect(() => mocks.getMonitor.error('MONITOR_LIMIT_REACHED')).toThrow(
      new TypeError(
        'getMonitor does not answer MONITOR_LIMIT_REACHED: mock one of the codes it declares, or declare it.',
      ),
    );
    // @ts-expect-error -- details typed per code
    mocks.createMonitor.error('MONITOR_LIMIT_REACHED', { details: { limit: 'ten' } });
    expect(mocks.createMonitor.error('MONITOR_LIMIT_REACHED', { details: { limit: 10, plan: 'free' } })).toBeDefined();
  });
});
