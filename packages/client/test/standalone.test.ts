import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@monitorqa/errors';
import { parseResponse, toApiError } from '../src/index.js';
import { json, startServer, text, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('parseResponse (for your own fetch wrapper)', () => {
  it('gives a 2xx body and rejects an error answer with its ApiError', async () => {
    server.route('/a', json(200, { a: 1 }));
    server.route('/b', json(404, { error: { message: 'No b.', code: 'NOT_FOUND' } }));
    expect(await parseResponse(await fetch(`${server.url}/a`))).toEqual({ a: 1 });
    await expect(parseResponse(await fetch(`${server.url}/b`))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
      message: 'No b.',
    });
  });

  it('gives text for a non-JSON success', async () => {
    server.route('/t', text(200, 'plain', { 'content-type': 'text/plain' }));
    expect(await parseResponse(await fetch(`${server.url}/t`))).toBe('plain');
  });
});

describe('toApiError (for axios, ky, ofetch)', () => {
  it('reads headers as a Headers object or a plain record', () => {
    const fromRecord = toApiError(503, { 'retry-after': '7' }, '');
    const fromHeaders = toApiError(503, new Headers({ 'Retry-After': '7' }), '');
    expect([fromRecord.retryAfter, fromHeaders.retryAfter]).toEqual([7, 7]);
  });

  it('reads Retry-After as an HTTP date', () => {
    const date = new Date(Date.now() + 60_000).toUTCString();
    const err = toApiError(503, { 'retry-after': date }, '');
    expect(err.retryAfter).toBeGreaterThan(55);
    expect(err.retryAfter).toBeLessThanOrEqual(60);
  });

  it('ignores a broken Retry-After', () => {
    expect(toApiError(503, { 'retry-after': 'soon' }, '').retryAfter).toBeUndefined();
    expect(toApiError(503, { 'retry-after': '-5' }, '').retryAfter).toBeUndefined();
  });

  it('never throws, whatever the body', () => {
    for (const body of ['', 'null', '[]', '"x"', '{"error":{"message":1}}', '\u0000\uffff', '{"__proto__":{"x":1}}']) {
      expect(toApiError(400, {}, body)).toBeInstanceOf(ApiError);
    }
  });
});
