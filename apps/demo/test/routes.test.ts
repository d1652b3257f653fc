// The demo's routes as it declares them (src/routes.ts): every route the API serves is declared, every handler
// answers only what its route declares (bound in strict mode, under the kit), the client calls through the
// declarations, and the OpenAPI document written from them is valid.
import { once } from 'node:events';
import { validate as validateOpenApi, compileErrors } from '@readme/openapi-parser';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalog } from '@monitorqa/errors';
import { toOpenApiDocument } from '@monitorqa/errors/tooling';
import { createRouteClient, matchRouteError } from '@monitorqa/errors-client/routes';
import { bindRoute, errorHandler, jsonBody, notFoundHandler, send } from '@monitorqa/errors-server/express';
import { assertErrorContract } from '@monitorqa/errors-testkit';
import { API_KEYS, defineApi, type Route } from '../src/api.js';
import { running, type Running } from '../src/adapters/running.js';
import { routes } from '../src/routes.js';
import { memoryStore } from '../src/store.js';

const api = defineApi(memoryStore());
const declarationOf = (route: Route) =>
  Object.values(routes).find((r) => r.method === route.method && r.path === route.path);

describe('the demo’s route declarations', () => {
  it('declare every route the API serves, and no other', () => {
    expect(api.map((route) => declarationOf(route)?.name)).toEqual([
      'listMonitors',
      'createMonitor',
      'getMonitor',
      'replaceMonitor',
      'deleteMonitor',
      'checkMonitor',
      'setMaintenance',
    ]);
    expect(Object.keys(routes)).toHaveLength(api.length);
  });

  it('give a valid OpenAPI 3.1 document (@readme/openapi-parser)', async () => {
    const doc = toOpenApiDocument(errorCatalog, routes, { info: { title: 'MonitorQA demo', version: '0.1.0' } });
    const result = await validateOpenApi(structuredClone(doc) as never);
    expect(result.valid ? 'valid' : compileErrors(result)).toBe('valid');
  });
});

describe('the demo on Express, every handler bound to its declaration in strict mode', () => {
  let server: Running;
  const serverErrors: unknown[] = [];
  beforeAll(async () => {
    const app = express();
    app.disable('x-powered-by');
    app.use(jsonBody());
    for (const route of api) {
      bindRoute(
        app,
        declarationOf(route)!,
        async (req, res) => {
          send(res, await route.handler({ params: req.params, header: (name) => req.get(name), body: req.body }));
        },
        { strict: true },
      );
    }
    app.use(notFoundHandler(), errorHandler({ onServerError: (error) => serverErrors.push(error) }));
    const listening = app.listen(0, '127.0.0.1');
    await once(listening, 'listening');
    server = running(listening);
  });
  afterAll(() => server.close());

  it('passes the kit: each declared route is probed and answers only codes it declares', async () => {
    await assertErrorContract(server.url, { routes, routeHeaders: { 'x-api-key': API_KEYS.admin } });
    // An undeclared code in strict mode would be a 500 with an UndeclaredError here; the checker's own 502 is not one.
    expect(serverErrors.filter((e) => (e as Error).name === 'UndeclaredError')).toEqual([]);
  });

  it('is called through the declarations, and its errors matched by route', async () => {
    const client = createRouteClient({ baseUrl: server.url, headers: { 'x-api-key': API_KEYS.admin }, retry: false });
    const monitor = await client.call(routes.createMonitor, {
      body: { name: 'api', kind: 'http', url: 'https://example.com', interval: 60 },
    });
    expect(await client.call(routes.getMonitor, { params: { id: monitor.id } })).toEqual(monitor);
    const taken = await client
      .call(routes.createMonitor, { body: { name: 'api', kind: 'http', url: 'https://example.com', interval: 60 } })
      .catch((e: unknown) => e);
    expect(
      matchRouteError(routes.createMonitor, taken, {
        RESOURCE_ALREADY_EXISTS: (e) => `taken: ${e.details?.value ?? ''}`,
        VALIDATION_FAILED: () => 'invalid',
        _: () => 'other',
      }),
    ).toBe('taken: api');
    await client.call(routes.deleteMonitor, { params: { id: monitor.id } });
    const gone = await client.call(routes.getMonitor, { params: { id: monitor.id } }).catch((e: unknown) => e);
    expect(matchRouteError(routes.getMonitor, gone, { RESOURCE_NOT_FOUND: (e) => e.status, _: () => 0 })).toBe(404);
  });
});
