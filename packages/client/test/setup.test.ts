// How apps set a client up: where it points, what fetch is given, headers, hooks, derived clients.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@monitorqa/errors';
import { createClient, isApiError, isTransportError, type HookRequest } from '../src/index.js';
import { json, sequence, startServer, text, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  // Answers with what authorised it, so each test sees which token went.
  server.route('/me', (req, res) => {
    const auth = req.headers.authorization;
    if (auth === 'Bearer stale') res.writeHead(401, { 'content-type': 'application/json' });
    else res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      auth === 'Bearer stale'
        ? '{"error":{"message":"Token expired.","code":"INVALID_API_KEY"}}'
        : JSON.stringify({ auth: auth ?? null, tenant: req.headers['x-tenant'] ?? null }),
    );
  });
});
afterAll(() => server.close());

describe('baseUrl', () => {
  const page = globalThis as { location?: unknown };
  afterEach(() => {
    delete page.location;
  });

  it('a path is resolved against the page, as a browser app sets it up behind a dev-server proxy', async () => {
    server.route('/api/monitors', json(200, [{ id: '1' }]));
    page.location = new URL(`${server.url}/dashboard/monitors?tab=all`);
    expect(await createClient({ baseUrl: '/api' }).get('/monitors')).toEqual([{ id: '1' }]);
  });

  it('outside a page, a path says that an absolute URL is needed', () => {
    expect(() => createClient({ baseUrl: '/api' })).toThrow(new TypeError('Not an absolute URL: /api'));
  });
});

describe('RequestInit goes to fetch, from the client and from the call', () => {
  it('passes credentials, cache, keepalive, mode, priority, redirect; the call’s own win', async () => {
    const seen: RequestInit[] = [];
    const api = createClient({
      baseUrl: server.url,
      credentials: 'include',
      cache: 'no-store',
      mode: 'cors',
      redirect: 'manual',
      fetch: (url, init) => {
        seen.push(init!);
        return fetch(url, init);
      },
    });
    server.route('/old', text(302, '', { location: '/me' }));
    // `redirect: 'manual'`: the 302 itself is the answer, an off-contract one.
    const err = await api.get('/old').catch((e: unknown) => e);
    expect(isApiError(err) && [err.code, err.response?.status]).toEqual(['BAD_GATEWAY', 302]);
    expect(await api.get('/old', { redirect: 'follow', keepalive: true, priority: 'high' })).toEqual({
      auth: null,
      tenant: null,
    });
    const picked = seen.map(({ credentials, cache, mode, redirect, keepalive, priority }) => ({
      credentials,
      cache,
      mode,
      redirect,
      keepalive,
      priority,
    }));
    expect(picked.at(-1)).toEqual({
      credentials: 'include',
      cache: 'no-store',
      mode: 'cors',
      redirect: 'follow',
      keepalive: true,
      priority: 'high',
    });
    expect(picked[0]?.redirect).toBe('manual');
  });
});

describe('headers', () => {
  it('may be an async function, called for every call: a token that changes', async () => {
    let token = 'one';
    const api = createClient({
      baseUrl: server.url,
      headers: async () => {
        await Promise.resolve();
        return { authorization: `Bearer ${token}` };
      },
    });
    const first = await api.get('/me');
    token = 'two';
    expect([first, await api.get('/me', { headers: { 'x-tenant': 't1' } })]).toEqual([
      { auth: 'Bearer one', tenant: null },
      { auth: 'Bearer two', tenant: 't1' },
    ]);
  });
});

describe('hooks', () => {
  it('afterResponse answers a 401 again with a fresh token; beforeRequest sees every attempt', async () => {
    let token = 'stale';
    const attempts: number[] = [];
    const api = createClient({
      baseUrl: server.url,
      headers: () => ({ authorization: `Bearer ${token}` }),
      hooks: {
        beforeRequest: [
          (request) => {
            attempts.push(request.attempt);
          },
        ],
        afterResponse: [
          async (response, request) => {
            if (response.status !== 401) return;
            token = 'fresh';
            request.init.headers.authorization = `Bearer ${token}`;
            return fetch(request.url, request.init);
          },
        ],
      },
    });
    expect(await api.get('/me')).toEqual({ auth: 'Bearer fresh', tenant: null });
    expect(attempts).toEqual([1]);
    server.route('/flaky', sequence(text(502, ''), json(200, { ok: true })));
    expect(await api.extend({ retry: { baseDelay: 1 } }).get('/flaky')).toEqual({ ok: true });
    expect(attempts).toEqual([1, 1, 2]);
  });

  it('beforeError may replace the error; a hook that throws rejects the call with its own error, unretried', async () => {
    server.route('/down', text(503, ''));
    const api = createClient({
      baseUrl: server.url,
      retry: false,
      hooks: { beforeError: [(error) => new Error(`wrapped ${isTransportError(error) ? error.kind : error.code}`)] },
    });
    await expect(api.get('/down')).rejects.toThrow(new Error('wrapped SERVICE_UNAVAILABLE'));
    const broken = new Error('hook bug');
    const throwing = createClient({
      baseUrl: server.url,
      hooks: {
        beforeRequest: [
          (request: HookRequest) => {
            if (request.attempt > 0) throw broken;
          },
        ],
      },
    });
    const hits = server.hits.get('/down')?.length;
    expect(await throwing.get('/down').catch((e: unknown) => e)).toBe(broken);
    expect(server.hits.get('/down')?.length).toBe(hits);
  });
});

describe('extend', () => {
  it('derives a client: options replaced, headers merged, hooks appended, the parent untouched', async () => {
    const order: string[] = [];
    const api = createClient({
      baseUrl: server.url,
      headers: { authorization: 'Bearer app' },
      retry: { baseDelay: 1 },
      hooks: { beforeRequest: [() => void order.push('parent')] },
    });
    const tenant = api.extend({
      headers: () => ({ 'x-tenant': 't9' }),
      retry: false,
      hooks: { beforeRequest: [() => void order.push('child')] },
    });
    expect(await tenant.get('/me')).toEqual({ auth: 'Bearer app', tenant: 't9' });
    expect(order).toEqual(['parent', 'child']);
    server.route('/busy', text(503, ''));
    const err = await tenant.get('/busy').catch((e: unknown) => e);
    expect([err instanceof ApiError, server.hits.get('/busy')?.length]).toEqual([true, 1]);
    await api.get('/busy').catch(() => undefined);
    expect(server.hits.get('/busy')?.length).toBe(4);
  });
});

describe('fetch', () => {
  it('is looked up at each request, so a fetch installed after the client was made is used', async () => {
    const api = createClient({ baseUrl: server.url });
    const original = globalThis.fetch;
    const urls: string[] = [];
    globalThis.fetch = (input, init) => {
      urls.push(input as string);
      return original(input, init);
    };
    try {
      await api.get('/me');
    } finally {
      globalThis.fetch = original;
    }
    expect(urls).toEqual([`${server.url}/me`]);
  });
});

describe('transport failures say why', () => {
  it('a refused connection names its cause in the message', async () => {
    const dead = await startServer();
    await dead.close();
    const err = await createClient({ baseUrl: dead.url, retry: false })
      .get('/x')
      .catch((e: unknown) => e);
    expect(isTransportError(err, 'network') && [err.message, (err.cause as Error).cause]).toMatchObject([
      'network: fetch failed',
      { code: 'ECONNREFUSED', port: Number(new URL(dead.url).port) },
    ]);
  });

  it("a caller's AbortSignal.timeout is a timeout, in the request and in a backoff wait", async () => {
    server.route('/slow', (_req, res) => setTimeout(() => res.writeHead(200).end('{}'), 400));
    server.route('/wait', text(503, '', { 'retry-after': '2' }));
    const api = createClient({ baseUrl: server.url });
    const slow = await api.get('/slow', { signal: AbortSignal.timeout(50) }).catch((e: unknown) => e);
    const waiting = await api.get('/wait', { signal: AbortSignal.timeout(100) }).catch((e: unknown) => e);
    expect([isTransportError(slow, 'timeout'), isTransportError(waiting, 'timeout')]).toEqual([true, true]);
    const aborted = await api.get('/slow', { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(isTransportError(aborted, 'abort')).toBe(true);
  });
});
