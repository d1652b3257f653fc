import { describe, expectTypeOf, it } from 'vitest';
import { defineErrorCatalog, defineRoutes, details, shape } from '@monitorqa/errors';
import { monitorSchema } from './fixtures/monitor-schema.js';
import { createRouteClient, matchRouteError, type CallError, type CallResult } from '../src/routes.js';

const catalog = defineErrorCatalog({
  MONITOR_LIMIT_REACHED: {
    status: 409,
    message: 'The monitor limit is reached.',
    details: details<{ limit: number }>(),
  },
});
interface Monitor {
  readonly id: string;
  readonly name: string;
}
const routes = defineRoutes<typeof catalog>()({
  getMonitor: { method: 'GET', path: '/monitors/:id', errors: ['RESOURCE_NOT_FOUND'], response: shape<Monitor>() },
  listMonitors: { method: 'GET', path: '/monitors', query: shape<{ limit?: number }>(), response: shape<Monitor[]>() },
  createMonitor: {
    method: 'POST',
    path: '/monitors',
    status: 201,
    errors: ['MONITOR_LIMIT_REACHED', 'VALIDATION_FAILED'],
    body: shape<{ name: string; interval: number }>(),
    response: monitorSchema,
  },
  deleteMonitor: { method: 'DELETE', path: '/monitors/:id', status: 204, errors: ['RESOURCE_NOT_FOUND'] },
});
const api = createRouteClient({ baseUrl: 'http://127.0.0.1' });
declare const err: unknown;

// Every code a GET route answers besides its own: the universal ones and every general code.
const always = {
  MALFORMED_REQUEST: () => 0,
  ROUTE_NOT_FOUND: () => 0,
  MISSING_API_KEY: () => 0,
  INVALID_API_KEY: () => 0,
  OVERLOADED: () => 0,
  BAD_REQUEST: () => 0,
  UNAUTHORIZED: () => 0,
  FORBIDDEN: () => 0,
  NOT_FOUND: () => 0,
  CONFLICT: () => 0,
  UNPROCESSABLE_ENTITY: () => 0,
  INTERNAL_SERVER_ERROR: () => 0,
  BAD_GATEWAY: () => 0,
  SERVICE_UNAVAILABLE: () => 0,
} as const;

describe('api.call', () => {
  it('is typed from the declaration: parameters, query, body, success body', async () => {
    expectTypeOf(await api.call(routes.getMonitor, { params: { id: 42 } })).toEqualTypeOf<Monitor>();
    expectTypeOf(await api.call(routes.listMonitors, { query: { limit: 10 } })).toEqualTypeOf<Monitor[]>();
    expectTypeOf(await api.call(routes.listMonitors)).toEqualTypeOf<Monitor[]>();
    expectTypeOf(
      await api.call(routes.createMonitor, { body: { name: 'api', interval: 60 }, idempotencyKey: 'k' }),
    ).toEqualTypeOf<{ id: string; name: string }>();
    expectTypeOf<CallResult<typeof routes.deleteMonitor>>().toEqualTypeOf<undefined>();
  });

  it('refuses what the declaration does not allow', () => {
    // @ts-expect-error -- the path names :id
    void api.call(routes.getMonitor);
    // @ts-expect-error -- the path names :id, not :monitorId
    void api.call(routes.getMonitor, { params: { monitorId: 1 } });
    // @ts-expect-error -- a GET declares no body
    void api.call(routes.getMonitor, { params: { id: 1 }, body: {} });
    // @ts-expect-error -- the body lacks interval
    void api.call(routes.createMonitor, { body: { name: 'api' } });
    // @ts-expect-error -- the query is declared: limit is a number
    void api.call(routes.listMonitors, { query: { limit: 'ten' } });
  });
});

describe('matchRouteError', () => {
  it('is exhaustive over exactly the route’s codes', () => {
    matchRouteError(routes.getMonitor, err, {
      ...always,
      RESOURCE_NOT_FOUND: (e) => {
        expectTypeOf(e.details).toEqualTypeOf<Partial<{ resource: string; id: string }> | undefined>();
        return 1;
      },
    });
    expectTypeOf(
      matchRouteError(routes.getMonitor, err, { RESOURCE_NOT_FOUND: () => 'a', _: () => 'b' }),
    ).toEqualTypeOf<string>();
  });

  it('leaving out a code the route answers is a type error', () => {
    // @ts-expect-error -- RESOURCE_NOT_FOUND is declared and has no handler
    matchRouteError(routes.getMonitor, err, { ...always });
    const withoutGeneral: Omit<typeof always, 'NOT_FOUND'> = always;
    // @ts-expect-error -- NOT_FOUND (a general code) has no handler
    matchRouteError(routes.getMonitor, err, { ...withoutGeneral, RESOURCE_NOT_FOUND: () => 1 });
    // @ts-expect-error -- a POST also answers the body reader's codes: MALFORMED_JSON and the rest have no handler
    matchRouteError(routes.createMonitor, err, {
      ...always,
      MONITOR_LIMIT_REACHED: () => 1,
      VALIDATION_FAILED: () => 1,
    });
  });

  it('handling a code the route cannot answer is a type error', () => {
    matchRouteError(routes.getMonitor, err, {
      ...always,
      RESOURCE_NOT_FOUND: () => 1,
      // @ts-expect-error -- getMonitor does not declare MONITOR_LIMIT_REACHED
      MONITOR_LIMIT_REACHED: () => 1,
    });
    matchRouteError(routes.getMonitor, err, {
      // @ts-expect-error -- nor VALIDATION_FAILED, even with `_`
      VALIDATION_FAILED: () => 1,
      _: () => 0,
    });
  });

  it('types a service code’s details', () => {
    matchRouteError(routes.createMonitor, catalog.create('MONITOR_LIMIT_REACHED', { details: { limit: 1 } }), {
      MONITOR_LIMIT_REACHED: (e) => {
        expectTypeOf(e.details).toEqualTypeOf<Partial<{ limit: number }> | undefined>();
        return 1;
      },
      _: () => 0,
    });
    expectTypeOf<CallError<typeof routes.getMonitor>['code']>().toEqualTypeOf<
      keyof typeof always | 'RESOURCE_NOT_FOUND'
    >();
  });
});
