// The conformance suite: one function, run against every adapter.
import { connect } from 'node:net';
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
const MALFORMED = '{"error":{"message":"The HTTP request is malformed.","code":"MALFORMED_REQUEST"}}';
const LIMIT = 1_048_576;

/** The status lines of every answer in what a connection received. */
const statusLines = (text: string): string[] => text.match(/HTTP\/1\.1 \d{3} [^\r]*/g) ?? [];

/**
 * Writes raw bytes on one connection and returns all that came back, until the server closes it
 * (or two seconds pass). `endAfterWrite`: the client goes away right after writing.
 */
function exchange(
  url: string,
  writes: readonly (string | Buffer)[],
  options: { endAfterWrite?: boolean } = {},
): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => {
      for (const chunk of writes) socket.write(chunk);
      if (options.endAfterWrite === true) socket.destroy();
    });
    const done = (): void => {
      clearTimeout(timer);
      resolve(Buffer.concat(received).toString('latin1'));
    };
    const timer = setTimeout(() => {
      socket.destroy();
      done();
    }, 2_000);
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('close', done);
    // A reset after the answer arrived: what was received is the answer.
    socket.on('error', () => undefined);
  });
}

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
      it.each(['/items/1/', '/ITEMS/1'])('reads the path as sent: %s is another route', async (path) => {
        await expectEnvelope(await call(path), 404, {
          message: 'No endpoint matches this method and path.',
          code: 'ROUTE_NOT_FOUND',
          details: { method: 'GET', path },
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
      it('answers a thrown null like any unknown value: 500, never a 404 for a path that exists', async () => {
        await expectEnvelope(await call('/throw-null'), 500, {
          message: 'An unexpected error occurred.',
          code: 'INTERNAL_SERVER_ERROR',
        });
      });
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

    describe('clients that break the framing, go away, or push too much', () => {
      const item = '{"name":"api","interval":60}';
      const post = (headers: string): string => `POST /items HTTP/1.1\r\nHost: x\r\n${headers}\r\n`;

      it('answers a chunked body with an invalid chunk size with 400 MALFORMED_REQUEST', async () => {
        const text = await exchange(server.url, [
          post('Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n') + 'zz\r\n{}\r\n0\r\n\r\n',
        ]);
        expect(text.startsWith('HTTP/1.1 400 Bad Request')).toBe(true);
        expect(text).toContain(MALFORMED);
      });

      it('answers a well-framed request first, then the malformed one after it on the same connection', async () => {
        const text = await exchange(server.url, ['GET /ok HTTP/1.1\r\nHost: x\r\n\r\nGARBAGE\r\n\r\n']);
        expect(statusLines(text)).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 400 Bad Request']);
        expect(text.endsWith(MALFORMED)).toBe(true);
      });

      it('answers a body longer than its Content-Length: the request as framed, then 400 for the rest', async () => {
        const body = `${item}GARBAGE`;
        const text = await exchange(server.url, [
          post(`Content-Type: application/json\r\nContent-Length: ${String(item.length)}\r\n`) + body + '\r\n\r\n',
        ]);
        expect(statusLines(text)).toEqual(['HTTP/1.1 201 Created', 'HTTP/1.1 400 Bad Request']);
        expect(text.endsWith(MALFORMED)).toBe(true);
      });

      it('answers malformed JSON and keeps the connection for the request behind it', async () => {
        const bad = '{"name":';
        const text = await exchange(server.url, [
          post(`Content-Type: application/json\r\nContent-Length: ${String(bad.length)}\r\n`) + bad,
          'GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        ]);
        expect(statusLines(text)).toEqual(['HTTP/1.1 400 Bad Request', 'HTTP/1.1 200 OK']);
        expect(text).toContain('"code":"MALFORMED_JSON"');
      });

      it('refuses a body under an empty Content-Type header as it refuses one without it, and closes', async () => {
        const text = await exchange(server.url, [
          post('Content-Type: \r\nContent-Length: 2\r\n') + '{}',
          'GET /ok HTTP/1.1\r\nHost: x\r\n\r\n',
        ]);
        expect(statusLines(text)).toEqual(['HTTP/1.1 400 Bad Request']);
        expect(text).toMatch(/connection: close/i);
        expect(text).toContain(
          '{"error":{"message":"The request content type is not supported.","code":"UNSUPPORTED_CONTENT_TYPE","details":{"expected":"application/json"}}}',
        );
      });

      it('takes an empty chunked body as no body, whatever its content type says', async () => {
        const text = await exchange(server.url, [
          post('Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n') + '0\r\n\r\n',
        ]);
        expect(statusLines(text)).toEqual(['HTTP/1.1 400 Bad Request']);
        expect(text).toContain('{"error":{"message":"The request has no body.","code":"BAD_REQUEST"}}');
      });

      it('never reports a client that goes away mid-upload as a server error', async () => {
        const before = logged.length;
        for (let i = 0; i < 5; i++) {
          await exchange(
            server.url,
            [post('Content-Type: application/json\r\nContent-Length: 100000\r\n') + '{"name":"'],
            { endAfterWrite: true },
          );
        }
        // The server is still answering, and logged nothing for it.
        expect((await call('/ok')).status).toBe(200);
        expect(logged.slice(before)).toEqual([]);
      });

      it('refuses a declared oversize body without inviting it (no 100 Continue)', async () => {
        const text = await exchange(server.url, [
          post(`Content-Type: application/json\r\nContent-Length: ${String(LIMIT + 1)}\r\nExpect: 100-continue\r\n`),
        ]);
        expect(statusLines(text)).toEqual(['HTTP/1.1 400 Bad Request']);
        expect(text).toContain('"code":"PAYLOAD_TOO_LARGE","details":{"limit":1048576}');
      });

      it('gets its 400 PAYLOAD_TOO_LARGE to a client uploading 8 MB as fast as it can, 10 times of 10', async () => {
        const upload = Buffer.alloc(8 * 1024 * 1024, 0x20);
        let answered = 0;
        for (let i = 0; i < 10; i++) {
          const text = await exchange(server.url, [
            post(`Content-Type: application/json\r\nContent-Length: ${String(upload.length)}\r\n`),
            upload,
          ]);
          if (text.startsWith('HTTP/1.1 400') && text.includes('"code":"PAYLOAD_TOO_LARGE"')) answered++;
        }
        expect(answered).toBe(10);
      });
    });

    describe('after all of the above', () => {
      it('keeps serving', async () => {
        expect((await call('/ok')).status).toBe(200);
      });
    });
  });
}
