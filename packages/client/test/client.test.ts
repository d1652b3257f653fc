import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  STATUSES,
  errorCatalog,
  isApiError,
  isErrorStatus,
  type ErrorCode,
  type ErrorStatus,
} from '@monitorqa/errors';
import { createClient, isTransportError, parseResponse, type AttemptInfo, type Client } from '../src/index.js';
import { json, sequence, startServer, text, type TestServer } from './http-server.js';

let server: TestServer;
let api: Client;
const attempts: AttemptInfo[] = [];
beforeAll(async () => {
  server = await startServer();
  api = createClient({
    baseUrl: server.url,
    apiKey: 'key-1',
    retry: { baseDelay: 5, onAttempt: (a) => attempts.push(a) },
  });
});
afterAll(() => server.close());

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('200 OK', () => {
  it('returns the parsed body and sends X-API-KEY and Accept', async () => {
    server.route('/ok', json(200, { id: 'm1' }));
    expect(await api.get('/ok')).toEqual({ id: 'm1' });
    const req = server.hits.get('/ok')?.at(-1);
    expect([req?.headers['x-api-key'], req?.headers.accept]).toEqual(['key-1', 'application/json']);
  });
  it('follows a redirect to the answer', async () => {
    server.route('/moved', text(302, '', { location: '/ok' }));
    expect(await api.get('/moved')).toEqual({ id: 'm1' });
  });
});

describe('201 Created', () => {
  it('sends the JSON body and exposes Location', async () => {
    server.route('/monitors', (req, res, body) => {
      res
        .writeHead(201, { 'content-type': 'application/json', location: '/monitors/m2' })
        .end(JSON.stringify({ ...JSON.parse(body), id: 'm2', type: req.headers['content-type'] }));
    });
    const res = await api.request('POST', '/monitors', { body: { name: 'api' } });
    expect([res.status, res.location, res.data]).toEqual([
      201,
      '/monitors/m2',
      { name: 'api', id: 'm2', type: 'application/json' },
    ]);
  });
});

describe('204 No Content', () => {
  it('returns undefined and never parses the empty body, even if it claims JSON', async () => {
    server.route('/gone', text(204, '', { 'content-type': 'application/json' }));
    const res = await api.request('DELETE', '/gone');
    expect([res.status, res.data]).toEqual([204, undefined]);
  });
});

// Every documented error status, each answered with the envelope of each of its codes.
for (const status of Object.keys(STATUSES).map(Number).filter(isErrorStatus)) {
  describe(`${status} ${STATUSES[status].reason}`, () => {
    it.each(errorCatalog.codesFor(status))('%s becomes the shared ApiError', async (code: ErrorCode) => {
      const path = `/status-${code}`;
      server.route(
        path,
        json(
          status,
          { error: { message: `msg ${code}`, code, details: { k: 'v' } } },
          { 'x-request-id': `id-${code}` },
        ),
      );
      const err = await rejection(api.put(path, {}));
      expect(err).toBeInstanceOf(ApiError);
      expect(isApiError(err, code)).toBe(true);
      const e = err as ApiError;
      expect([e.status, e.code, e.message, e.details]).toEqual([status, code, `msg ${code}`, { k: 'v' }]);
      expect(e.response).toEqual({ status, fromContract: true, body: undefined, requestId: `id-${code}` });
      expect(server.hits.get(path)).toHaveLength(STATUSES[status].retryable ? 3 : 1);
    });
  });
}

describe('answers off the contract', () => {
  it.each([
    [
      'an HTML 502 page from a gateway',
      502,
      '<html><body>Bad Gateway</body></html>',
      { 'content-type': 'text/html' },
      'BAD_GATEWAY',
      502,
    ],
    ['an empty 503', 503, '', {}, 'SERVICE_UNAVAILABLE', 503],
    ['truncated JSON', 400, '{"error":{"message":"x","co', { 'content-type': 'application/json' }, 'BAD_REQUEST', 400],
    [
      'JSON of the wrong shape',
      404,
      '{"message":"not here"}',
      { 'content-type': 'application/json' },
      'NOT_FOUND',
      404,
    ],
    ['an undocumented 418', 418, 'teapot', {}, 'BAD_REQUEST', 400],
    ['an undocumented 429', 429, '{"error":"slow down"}', {}, 'OVERLOADED', 503],
    ['an undocumented 504', 504, 'upstream timed out', {}, 'BAD_GATEWAY', 502],
  ])(
    '%s becomes an ApiError marked as not from the contract',
    async (_name, status, body, headers, code, contractStatus) => {
      const path = `/off-${status}`;
      server.route(path, text(status, body, headers));
      const err = (await rejection(api.post(path, {}))) as ApiError;
      expect(isApiError(err)).toBe(true);
      expect([err.code, err.status]).toEqual([code, contractStatus]);
      // The page echoes no X-Request-Id: the error carries the one that was sent.
      const sent = server.hits.get(path)?.at(-1)?.headers['x-request-id'];
      expect(sent).toMatch(/^[a-z0-9]{6,}$/);
      expect(err.response).toEqual({ status, fromContract: false, body, requestId: sent });
      // What was really answered, for the person debugging: the contract's reason and the HTTP status received.
      expect(err.message).toBe(`${STATUSES[contractStatus as ErrorStatus].reason} (HTTP ${status})`);
    },
  );

  it('keeps at most 2 KB of the raw body', async () => {
    server.route('/huge', text(500, 'x'.repeat(100_000)));
    const err = (await rejection(api.get('/huge'))) as ApiError;
    expect(err.response?.body).toHaveLength(2048);
  });

  it('reads a 2xx with broken JSON as BAD_GATEWAY, not a SyntaxError', async () => {
    server.route('/broken', text(200, '{"id":', { 'content-type': 'application/json' }));
    const err = (await rejection(api.get('/broken'))) as ApiError;
    expect([err.code, err.response?.status, err.response?.fromContract]).toEqual(['BAD_GATEWAY', 200, false]);
  });

  it('maps an application/problem+json answer onto its code (parseResponse; createClient asks for the envelope)', async () => {
    server.route(
      '/problem',
      json(
        409,
        {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'Name taken.',
          code: 'RESOURCE_ALREADY_EXISTS',
          details: { resource: 'monitor' },
        },
        { 'content-type': 'application/problem+json' },
      ),
    );
    const viaClient = (await rejection(api.get('/problem'))) as ApiError;
    expect([viaClient.code, viaClient.response?.fromContract]).toEqual(['CONFLICT', false]);
    const api2 = { get: async (path: string) => parseResponse(await fetch(server.url + path)) };
    const err = (await rejection(api2.get('/problem'))) as ApiError;
    expect([err.code, err.status, err.message, err.details, err.response?.fromContract]).toEqual([
      'RESOURCE_ALREADY_EXISTS',
      409,
      'Name taken.',
      { resource: 'monitor' },
      true,
    ]);
    server.route(
      '/problem-bare',
      json(404, { type: 'about:blank', title: 'Not Found' }, { 'content-type': 'application/problem+json' }),
    );
    const bare = (await rejection(api2.get('/problem-bare'))) as ApiError;
    expect([bare.code, bare.message, bare.response?.fromContract]).toEqual(['NOT_FOUND', 'Not Found', false]);
  });
});

describe('transport failures', () => {
  it('a slow answer past the timeout is a timeout TransportError', async () => {
    server.route('/slow', (_req, res) => setTimeout(() => res.writeHead(200).end('{}'), 500));
    const err = await rejection(api.get('/slow', { timeout: 50 }));
    expect(isTransportError(err, 'timeout')).toBe(true);
  });

  it('a refused connection is a network TransportError, retried for GET', async () => {
    const dead = await startServer();
    const url = dead.url;
    await dead.close();
    const seen: AttemptInfo[] = [];
    const client = createClient({ baseUrl: url, retry: { baseDelay: 1, onAttempt: (a) => seen.push(a) } });
    const err = await rejection(client.get('/x'));
    expect(isTransportError(err, 'network')).toBe(true);
    expect(seen.map((a) => a.outcome)).toEqual(['network', 'network', 'network']);
    expect(seen.at(-1)?.retryIn).toBeUndefined();
  });

  it('an abort by the caller is an abort TransportError', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(isTransportError(await rejection(api.get('/ok', { signal: controller.signal })), 'abort')).toBe(true);
  });
});

describe('retries', () => {
  it('retries a 502 and returns the 200 that follows', async () => {
    server.route('/flaky', sequence(text(502, 'bad gateway'), json(200, { ok: true })));
    attempts.length = 0;
    expect(await api.get('/flaky')).toEqual({ ok: true });
    expect(attempts.map((a) => a.outcome)).toEqual([502, 200]);
  });

  it('never retries before Retry-After: the gap between attempts, measured at the server', async () => {
    const arrivals: number[] = [];
    const busy = sequence(
      json(503, { error: { message: 'Busy.', code: 'OVERLOADED' } }, { 'retry-after': '1' }),
      json(200, { ok: 1 }),
    );
    server.route('/busy', (req, res, body) => {
      arrivals.push(performance.now());
      busy(req, res, body);
    });
    expect(await api.get('/busy')).toEqual({ ok: 1 });
    expect(arrivals).toHaveLength(2);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(1000);
  });

  it('rejects at once, with retryAfter set, when Retry-After asks for longer than maxDelay', async () => {
    server.route('/long-wait', sequence(text(503, '', { 'retry-after': '3600' }), json(200, {})));
    const seen: AttemptInfo[] = [];
    const client = createClient({ baseUrl: server.url, retry: { maxDelay: 10_000, onAttempt: (a) => seen.push(a) } });
    const started = Date.now();
    const err = (await rejection(client.get('/long-wait'))) as ApiError;
    expect([err.code, err.retryAfter, Date.now() - started < 500]).toEqual(['SERVICE_UNAVAILABLE', 3600, true]);
    expect(seen.map((a) => [a.outcome, a.retryIn])).toEqual([[503, undefined]]);
    expect(server.hits.get('/long-wait')).toHaveLength(1);
  });

  it('retries what the contract reads as 502 or 503: a 504 from a gateway, a 429 with Retry-After', async () => {
    server.route('/gw-504', sequence(text(504, 'gateway timeout'), json(200, { ok: 504 })));
    server.route('/rate-429', sequence(text(429, '', { 'retry-after': '0' }), json(200, { ok: 429 })));
    expect([await api.get('/gw-504'), await api.get('/rate-429')]).toEqual([{ ok: 504 }, { ok: 429 }]);
    expect([server.hits.get('/gw-504')?.length, server.hits.get('/rate-429')?.length]).toEqual([2, 2]);
  });

  it('does not retry a POST without an Idempotency-Key', async () => {
    server.route('/post-503', json(503, { error: { message: 'x', code: 'SERVICE_UNAVAILABLE' } }));
    await rejection(api.post('/post-503', { a: 1 }));
    expect(server.hits.get('/post-503')).toHaveLength(1);
  });

  it('retries a POST that carries an Idempotency-Key, sending the same key', async () => {
    server.route('/post-key', sequence(text(503, ''), json(201, { id: 'x' })));
    expect(await api.post('/post-key', { a: 1 }, { idempotencyKey: 'k-1' })).toEqual({ id: 'x' });
    expect(server.hits.get('/post-key')?.map((r) => r.headers['idempotency-key'])).toEqual(['k-1', 'k-1']);
  });

  it('gives up when the next wait would pass the budget', async () => {
    server.route('/over-budget', text(503, '', { 'retry-after': '5' }));
    const client = createClient({ baseUrl: server.url, retry: { budget: 1000 } });
    const started = Date.now();
    const err = (await rejection(client.get('/over-budget'))) as ApiError;
    expect([err.code, err.retryAfter]).toEqual(['SERVICE_UNAVAILABLE', 5]);
    expect(Date.now() - started).toBeLessThan(900);
  });

  describe('request ids', () => {
    it('sends one X-Request-Id per call, the same on every retry, and reads the one answered', async () => {
      // Answers as our servers do: echoing the id it was sent.
      const answers = sequence(text(502, ''), json(404, { error: { message: 'x', code: 'NOT_FOUND' } }));
      server.route('/rid', (req, res, body) => {
        res.setHeader('x-request-id', String(req.headers['x-request-id']));
        answers(req, res, body);
      });
      const err = (await rejection(api.get('/rid'))) as ApiError;
      const sent = server.hits.get('/rid')?.map((r) => r.headers['x-request-id']);
      expect(sent).toHaveLength(2);
      expect(sent?.[0]).toMatch(/^[a-z0-9]{6,}$/);
      expect(sent?.[1]).toBe(sent?.[0]);
      expect(err.response?.requestId).toBe(sent?.[0]);
    });
    it('sends the caller’s id, or none with requestId: false', async () => {
      server.route('/rid-2', json(200, {}));
      await api.get('/rid-2', { requestId: 'checkout-42' });
      await createClient({ baseUrl: server.url, requestId: false }).get('/rid-2');
      expect(server.hits.get('/rid-2')?.map((r) => r.headers['x-request-id'])).toEqual(['checkout-42', undefined]);
    });
    it('puts the id it sent on a TransportError', async () => {
      const client = createClient({ baseUrl: 'http://127.0.0.1:9', retry: false });
      const err = await rejection(client.get('/x', { requestId: 'lost-1' }));
      expect(isTransportError(err, 'network') && err.requestId).toBe('lost-1');
    });
  });

  it('stops waiting at once when the caller aborts during a backoff', async () => {
    server.route('/abort-wait', text(503, '', { 'retry-after': '5' }));
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort();
    }, 50);
    const started = Date.now();
    const err = await rejection(api.get('/abort-wait', { signal: controller.signal }));
    expect(isTransportError(err, 'abort')).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.hits.get('/abort-wait')).toHaveLength(1);
  });
});

describe('timeout', () => {
  it('timeout: 0: fetch gets no signal unless the caller gives one, and the caller’s abort still holds', async () => {
    const signals: (AbortSignal | null | undefined)[] = [];
    const spy: typeof fetch = (input, init) => {
      signals.push(init?.signal);
      return fetch(input, init);
    };
    server.route('/t0', json(200, {}));
    server.route('/t0-slow', (_req, res) => setTimeout(() => res.writeHead(200).end('{}'), 300));
    const client = createClient({ baseUrl: server.url, fetch: spy, timeout: 0 });
    await client.get('/t0');
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort();
    }, 30);
    expect(isTransportError(await rejection(client.get('/t0-slow', { signal: controller.signal })), 'abort')).toBe(
      true,
    );
    expect([signals[0], signals[1]?.aborted, signals[1]?.reason]).toEqual([undefined, true, controller.signal.reason]);
  });

  it('lets a long-lived caller signal go after each call: no listener left on it', async () => {
    server.route('/t-ok', json(200, {}));
    const shutdown = new AbortController();
    const client = createClient({ baseUrl: server.url, timeout: 10_000 });
    for (let i = 0; i < 3; i++) await client.get('/t-ok', { signal: shutdown.signal });
    await rejection(client.get('/nowhere', { signal: shutdown.signal, retry: false }));
    expect(getEventListeners(shutdown.signal, 'abort')).toEqual([]);
  });
});

describe('mistakes in the call', () => {
  it('fail at once with a TypeError, never as a retried network failure', async () => {
    expect(() => createClient({ baseUrl: 'not a url' })).toThrow(TypeError);
    await expect(api.request('GET', '/ok', { body: { a: 1 } })).rejects.toThrow(
      new TypeError('GET cannot have a body.'),
    );
  });
});
