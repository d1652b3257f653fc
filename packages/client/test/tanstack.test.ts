// The real @tanstack/query-core, as useQuery drives it (a QueryObserver), over a client on a real server.
import { QueryClient, QueryObserver } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, isApiError, type Client } from '../src/index.js';
import { retryQuery } from '../src/tanstack.js';
import { json, startServer, text, type TestServer } from './http-server.js';

let server: TestServer;
let api: Client;
beforeAll(async () => {
  server = await startServer();
  server.route('/monitors', text(503, ''));
  server.route('/monitors/9', json(404, { error: { message: 'No monitor 9.', code: 'RESOURCE_NOT_FOUND' } }));
  api = createClient({ baseUrl: server.url, retry: { baseDelay: 1 } });
});
afterAll(() => server.close());

/** Runs one query as a mounted component would, until it settles; its error and how long it took. */
async function load(queries: QueryClient, path: string, fail?: () => void): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const observer = new QueryObserver(queries, {
    queryKey: [path],
    queryFn: () => {
      fail?.();
      return api.get(path);
    },
  });
  const error = await new Promise((resolve) => {
    const stop = observer.subscribe((result) => {
      if (result.status === 'pending') return;
      stop();
      resolve(result.error);
    });
  });
  return { error, ms: performance.now() - started };
}

describe('TanStack Query', () => {
  it("with TanStack's defaults, its retries multiply the client's: 12 requests for one 503", async () => {
    // TanStack's default in a browser is retry: 3 (0 where there is no window, as here); retryDelay is
    // shortened so the test is quick (TanStack's own is 1 s, 2 s, 4 s).
    const queries = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 1 } } });
    await load(queries, '/monitors');
    expect(server.hits.get('/monitors')).toHaveLength(12);
  });

  it('with retry: retryQuery, the contract decides: one 503 is the client’s 3 attempts, a 404 one request at once', async () => {
    const queries = new QueryClient({ defaultOptions: { queries: { retry: retryQuery, retryDelay: 1 } } });
    const before = server.hits.get('/monitors')?.length ?? 0;
    const busy = await load(queries, '/monitors');
    expect([
      isApiError(busy.error, 'SERVICE_UNAVAILABLE'),
      (server.hits.get('/monitors')?.length ?? 0) - before,
    ]).toEqual([true, 3]);
    const missing = await load(queries, '/monitors/9');
    expect([isApiError(missing.error, 'RESOURCE_NOT_FOUND'), server.hits.get('/monitors/9')?.length]).toEqual([
      true,
      1,
    ]);
    expect(missing.ms).toBeLessThan(500);
  });

  it('errors that are not the client’s keep TanStack’s 3 retries', async () => {
    const queries = new QueryClient({ defaultOptions: { queries: { retry: retryQuery, retryDelay: 1 } } });
    let tries = 0;
    const { error } = await load(queries, '/never', () => {
      tries++;
      throw new RangeError('bug in queryFn');
    });
    expect([error, tries]).toEqual([new RangeError('bug in queryFn'), 4]);
    expect([retryQuery(0, new Error('x')), retryQuery(3, new Error('x'))]).toEqual([true, false]);
  });
});
