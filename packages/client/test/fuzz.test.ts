// Whatever a loopback server answers (status, headers, body bytes), the client resolves
// with a body or rejects with one of its typed errors, within its retry budget.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@monitorqa/errors';
import { TransportError, createClient } from '../src/index.js';
import { startServer, type TestServer } from './http-server.js';

interface Answer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly retryAfter: string | undefined;
  readonly body: Uint8Array;
}

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
const answer = fc.record({
  status: fc.oneof(
    fc.integer({ min: 200, max: 599 }),
    fc.constantFrom(200, 201, 204, 400, 404, 422, 500, 502, 503, 429, 504),
  ),
  contentType: fc.constantFrom(
    undefined,
    'application/json',
    'application/json; charset=utf-8',
    'application/problem+json',
    'text/html',
    'text/plain',
    'application/octet-stream',
    'application/jsonx',
  ),
  retryAfter: fc.constantFrom(
    undefined,
    '0',
    '1',
    '-3',
    '99999999',
    'soon',
    '1.5',
    'Wed, 21 Oct 2015 07:28:00 GMT',
    'Fri, 01 Jan 2100 00:00:00 GMT',
    '',
  ),
  body: fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.jsonValue().map(json),
    fc
      .record({
        error: fc.record({
          message: fc.string(),
          code: fc.oneof(fc.string(), fc.constantFrom('NOT_FOUND', 'OVERLOADED')),
        }),
      })
      .map(json),
    fc.constant(new TextEncoder().encode('{"error":{"message":"x","co')),
  ),
});

describe('client under fuzzing', () => {
  let server: TestServer;
  let current: Answer;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    server = await startServer();
    server.route('/fuzz', (_req, res) => {
      const headers: Record<string, string> = {};
      if (current.contentType !== undefined) headers['content-type'] = current.contentType;
      if (current.retryAfter !== undefined) headers['retry-after'] = current.retryAfter;
      res.writeHead(current.status, headers).end(Buffer.from(current.body));
    });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await server.close();
  });

  it('resolves or rejects with ApiError / TransportError, never past its retry budget', async () => {
    let attempts = 0;
    const client = createClient({
      baseUrl: server.url,
      timeout: 2_000,
      retry: { limit: 2, baseDelay: 1, maxDelay: 5, budget: 200, onAttempt: (a) => (attempts = a.attempt) },
    });
    await fc.assert(
      fc.asyncProperty(answer, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), async (a, method) => {
        current = a;
        attempts = 0;
        const started = Date.now();
        try {
          await client.request(method, '/fuzz', method === 'GET' || method === 'DELETE' ? {} : { body: { x: 1 } });
          expect(a.status).toBeGreaterThanOrEqual(200);
          expect(a.status).toBeLessThan(300);
        } catch (error) {
          expect(error instanceof ApiError || error instanceof TransportError, String(error)).toBe(true);
          expect(error).not.toBeInstanceOf(SyntaxError);
        }
        expect(attempts).toBeLessThanOrEqual(3);
        expect(Date.now() - started).toBeLessThan(1_500);
      }),
      { numRuns: 300 },
    );
    expect(unhandled).toEqual([]);
  });
});
