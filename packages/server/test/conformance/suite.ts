// The conformance suite: one function, run against every adapter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnvelope } from '@monitorqa/errors';
import { runProbe } from '@monitorqa/errors-testkit';
import { PROBES } from './cases.js';
import { SECRET, routes, type Route } from './routes.js';

export interface Started {
  readonly url: string;
  close(): Promise<void>;
}
export type Start = (routes: readonly Route[], onServerError: (error: unknown) => void) => Promise<Started>;

const JSON_TYPE = 'application/json; charset=utf-8';

export function conformance(name: string, start: Start): void {
  describe(`${name} adapter conformance`, () => {
    let server: Started;
    const logged: unknown[] = [];
    beforeAll(async () => {
      server = await start(routes, (error) => logged.push(error));
    });
    afterAll(async () => {
      await server.close();
    });

    const call = (path: string, init?: RequestInit): Promise<Response> => fetch(server.url + path, init);
    const post = (path: string, body: string, contentType = 'application/json'): Promise<Response> =>
      call(path, { method: 'POST', body, headers: { 'content-type': contentType } });

    async function expectEnvelope(res: Response, status: number, error: object): Promise<void> {
      const text = await res.text();
      expect({ status: res.status, type: res.headers.get('content-type') }).toEqual({ status, type: JSON_TYPE });
      expect(JSON.parse(text)).toEqual({ error });
      expect(parseEnvelope(JSON.parse(text)).ok).toBe(true);
      expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
      expect(text).not.toContain(SECRET);
      expect(text).not.toMatch(/\bat \w+ \(|node:internal|\.ts:\d+/);
    }

    describe('200 OK', () => {
      it('sends the body as JSON', async () => {
        const res = await call('/ok');
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ hello: 'world' });
      });
    });

    describe('201 Created', () => {
      it('sends the created resource with its Location', async () => {
        const res = await post('/items', JSON.stringify({ name: 'api', interval: 60 }));
        expect([res.status, res.headers.get('location')]).toEqual([201, '/items/1']);
        expect(await res.json()).toEqual({ id: '1', name: 'api', interval: 60 });
      });
    });

    describe('204 No Content', () => {
      it('sends no body and no content type', async () => {
        const res = await call('/items/1', { method: 'DELETE' });
        expect(res.status).toBe(204);
        expect(res.headers.get('content-type')).toBeNull();
        expect(await res.text()).toBe('');
      });
    });

    describe('400 Bad Request', () => {
      it('answers malformed JSON with MALFORMED_JSON', async () => {
        await expectEnvelope(await post('/items', '{"name": "api",'), 400, {
          code: 'MALFORMED_JSON',
          message: 'The request body is not valid JSON.',
        });
      });
    });

    describe('401 Unauthorized', () => {
      it('answers a missing X-API-KEY with MISSING_API_KEY', async () => {
        await expectEnvelope(await call('/secure', { method: 'PUT' }), 401, {
          code: 'MISSING_API_KEY',
          message: 'The X-API-KEY header is missing.',
          details: { header: 'X-API-KEY' },
        });
      });
      it('answers an unknown key with INVALID_API_KEY and never echoes it', async () => {
        const res = await call('/secure', { method: 'PUT', headers: { 'x-api-key': 'guess-me-123' } });
        const text = await res.clone().text();
        expect(text).not.toContain('guess-me-123');
        await expectEnvelope(res, 401, { code: 'INVALID_API_KEY', message: 'The API key is invalid.' });
      });
    });

    describe('403 Forbidden', () => {
      it('answers a key without the permission with INSUFFICIENT_PERMISSIONS', async () => {
        await expectEnvelope(await call('/secure', { method: 'PUT', headers: { 'x-api-key': 'read-key' } }), 403, {
          code: 'INSUFFICIENT_PERMISSIONS',
          message: 'The API key lacks the permission this operation needs.',
          details: { required: 'write' },
        });
        expect((await call('/secure', { method: 'PUT', headers: { 'x-api-key': 'admin-key' } })).status).toBe(200);
      });
    });

    describe('404 Not Found', () => {
      it('answers an unknown resource with RESOURCE_NOT_FOUND', async () => {
        await expectEnvelope(await call('/items/42'), 404, {
          code: 'RESOURCE_NOT_FOUND',
          message: 'The resource does not exist.',
          details: { resource: 'item', id: '42' },
        });
      });
      it('answers an unknown route with ROUTE_NOT_FOUND', async () => {
        await expectEnvelope(await call('/nowhere?x=1'), 404, {
          code: 'ROUTE_NOT_FOUND',
          message: 'No endpoint matches this method and path.',
          details: { method: 'GET', path: '/nowhere' },
        });
      });
    });

    describe('409 Conflict', () => {
      it('answers a duplicate with RESOURCE_ALREADY_EXISTS', async () => {
        await expectEnvelope(await post('/items', JSON.stringify({ name: 'taken', interval: 60 })), 409, {
          code: 'RESOURCE_ALREADY_EXISTS',
          message: 'The resource already exists.',
          details: { resource: 'item', field: 'name', value: 'taken' },
        });
      });
    });

    describe('422 Unprocessable Entity', () => {
      it('answers invalid data with VALIDATION_FAILED, one entry per field', async () => {
        const res = await post('/items', JSON.stringify({ name: '', interval: 5 }));
        const body = (await res.clone().json()) as { error: { details: Record<string, string> } };
        expect(Object.keys(body.error.details).sort()).toEqual(['interval', 'name']);
        await expectEnvelope(res, 422, {
          code: 'VALIDATION_FAILED',
          message: 'Validation failed.',
          details: body.error.details,
        });
      });
    });

    describe('500 Internal Server Error', () => {
      const generic = { code: 'INTERNAL_SERVER_ERROR', message: 'An unexpected error occurred.' };
      it.each(['/crash', '/crash-after-await', '/throw-string'])(
        'answers %s with the generic envelope and logs the original',
        async (path) => {
          const before = logged.length;
          await expectEnvelope(await call(path), 500, generic);
          expect(logged.length).toBe(before + 1);
          expect(String(logged.at(-1))).toContain(SECRET);
        },
      );
    });

    describe('502 Bad Gateway', () => {
      it('answers a failed upstream with UPSTREAM_FAILED and keeps the failure out', async () => {
        await expectEnvelope(await call('/upstream'), 502, {
          code: 'UPSTREAM_FAILED',
          message: 'An upstream service failed. Retry the request.',
          details: { upstream: 'checker' },
        });
      });
    });

    describe('503 Service Unavailable', () => {
      it('answers maintenance with MAINTENANCE and Retry-After', async () => {
        const res = await call('/maintenance');
        expect(res.headers.get('retry-after')).toBe('120');
        await expectEnvelope(res, 503, {
          code: 'MAINTENANCE',
          message: 'The service is under maintenance. Retry after a delay.',
        });
      });
    });

    describe('request id and problem+json', () => {
      it('echoes an incoming X-Request-Id', async () => {
        const res = await call('/items/7', { headers: { 'x-request-id': 'req-abc-123' } });
        expect(res.headers.get('x-request-id')).toBe('req-abc-123');
      });
      it('answers with RFC 9457 when Accept prefers application/problem+json', async () => {
        const res = await call('/items/7', { headers: { accept: 'application/problem+json', 'x-request-id': 'r1' } });
        expect([res.status, res.headers.get('content-type')]).toEqual([404, 'application/problem+json; charset=utf-8']);
        expect(await res.json()).toEqual({
          type: 'https://github.com/monitorqa/errors/blob/main/docs/error-codes.md#resource_not_found',
          title: 'Not Found',
          status: 404,
          detail: 'The resource does not exist.',
          code: 'RESOURCE_NOT_FOUND',
          details: { resource: 'item', id: '7' },
          instance: 'urn:request:r1',
        });
      });
    });

    describe("one request, one answer: the table of the server README (the testkit probes and this suite's own)", () => {
      it.each(PROBES)('$name', async (probe) => {
        await runProbe(server.url, probe, { secret: SECRET });
      });
    });

    describe('after all of the above', () => {
      it('keeps serving', async () => {
        expect((await call('/ok')).status).toBe(200);
      });
    });
  });
}
