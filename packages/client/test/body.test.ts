import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../src/index.js';
import { startServer, type TestServer } from './http-server.js';

let server: TestServer;
let api: Client;
beforeAll(async () => {
  server = await startServer();
  // Echoes what arrived: the content type and the body, as the server read it.
  server.route('/echo', (req, res, body) => {
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ type: req.headers['content-type'] ?? null, body }));
  });
  api = createClient({ baseUrl: server.url, retry: { baseDelay: 1 } });
});
afterAll(() => server.close());

describe('request bodies', () => {
  it('sends a plain object or an array as JSON', async () => {
    expect(await api.post('/echo', { name: 'api', tags: ['a'] })).toEqual({
      type: 'application/json',
      body: '{"name":"api","tags":["a"]}',
    });
    expect(await api.put('/echo', [1, 2])).toEqual({ type: 'application/json', body: '[1,2]' });
    // An object with toJSON is what it says it is.
    expect(await api.post('/echo', new Date(0))).toEqual({
      type: 'application/json',
      body: '"1970-01-01T00:00:00.000Z"',
    });
  });

  it('sends FormData as multipart, with the boundary fetch chose', async () => {
    const form = new FormData();
    form.set('name', 'api');
    form.set('file', new Blob(['hello'], { type: 'text/plain' }), 'hello.txt');
    const { type, body } = await api.post<{ type: string; body: string }>('/echo', form);
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(type)?.[1];
    expect(boundary).toBeDefined();
    expect(body).toBe(
      [
        `--${boundary}`,
        'Content-Disposition: form-data; name="name"',
        '',
        'api',
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="hello.txt"',
        'Content-Type: text/plain',
        '',
        'hello',
        `--${boundary}--`,
        '',
      ].join('\r\n'),
    );
  });

  it('sends URLSearchParams as a form, a Blob with its type, bytes and strings as they are', async () => {
    expect(await api.post('/echo', new URLSearchParams({ a: '1', b: 'x y' }))).toEqual({
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
      body: 'a=1&b=x+y',
    });
    expect(await api.post('/echo', new Blob(['a,b\n1,2'], { type: 'text/csv' }))).toEqual({
      type: 'text/csv',
      body: 'a,b\n1,2',
    });
    expect(await api.post('/echo', new TextEncoder().encode('bytes').buffer)).toEqual({ type: null, body: 'bytes' });
    expect(await api.post('/echo', new TextEncoder().encode('view'))).toEqual({ type: null, body: 'view' });
    expect(await api.post('/echo', 'plain text')).toEqual({ type: 'text/plain;charset=UTF-8', body: 'plain text' });
    // A content type of the caller's own wins.
    expect(await api.post('/echo', '<a/>', { headers: { 'content-type': 'application/xml' } })).toEqual({
      type: 'application/xml',
      body: '<a/>',
    });
  });

  it('streams a ReadableStream, and never retries it (it can be read once)', async () => {
    let calls = 0;
    server.route('/upload', (req, res, body) => {
      calls++;
      res.writeHead(503, { 'content-type': 'text/plain' }).end(`got ${body}`);
    });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('chunk 1, '));
        controller.enqueue(new TextEncoder().encode('chunk 2'));
        controller.close();
      },
    });
    const err = await api.put('/upload', stream).catch((e: unknown) => e);
    expect([(err as { status: number }).status, (err as { response: { body: string } }).response.body, calls]).toEqual([
      503,
      'got chunk 1, chunk 2',
      1,
    ]);
  });

  it('refuses, at once and by type, what would arrive mangled', async () => {
    // @ts-expect-error -- a Map would be sent as {}
    await expect(api.post('/echo', new Map([['a', 1]]))).rejects.toThrow(new TypeError('Not a body: Map'));
    // @ts-expect-error -- so would a Set
    await expect(api.post('/echo', new Set([1]))).rejects.toThrow(new TypeError('Not a body: Set'));
    class Monitor {
      name = 'api';
    }
    await expect(api.post('/echo', new Monitor())).rejects.toThrow(new TypeError('Not a body: Monitor'));
    expect(server.hits.get('/echo')).toHaveLength(10);
  });
});
