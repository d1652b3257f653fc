import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createClient, isApiError, type Client } from '../src/index.js';
import { json, startServer, type TestServer } from './http-server.js';

// The first bytes of a PNG: 0x89 and 0x0a are what a text reading corrupts.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);
let server: TestServer;
let api: Client;
beforeAll(async () => {
  server = await startServer();
  server.route('/logo.png', (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  });
  server.route('/export.csv', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' }).end('id,name\n1,api\n');
  });
  server.route('/missing.png', json(404, { error: { message: 'No such file.', code: 'RESOURCE_NOT_FOUND' } }));
  api = createClient({ baseUrl: server.url });
});
afterAll(() => server.close());

describe('parseAs: how a success body is read', () => {
  it('blob keeps every byte and the type', async () => {
    const blob = await api.get('/logo.png', { parseAs: 'blob' });
    expectTypeOf(blob).toEqualTypeOf<Blob>();
    expect([blob.type, [...new Uint8Array(await blob.arrayBuffer())]]).toEqual(['image/png', [...PNG]]);
  });

  it('arrayBuffer keeps every byte', async () => {
    const buffer = await api.get('/logo.png', { parseAs: 'arrayBuffer' });
    expectTypeOf(buffer).toEqualTypeOf<ArrayBuffer>();
    expect([...new Uint8Array(buffer)]).toEqual([...PNG]);
  });

  it('stream gives the body to read as it arrives', async () => {
    const stream = await api.get('/logo.png', { parseAs: 'stream' });
    expectTypeOf(stream).toEqualTypeOf<ReadableStream<Uint8Array>>();
    expect([...new Uint8Array(await new Response(stream).arrayBuffer())]).toEqual([...PNG]);
  });

  it('text, and a non-JSON answer read by default, are the text', async () => {
    const csv = await api.get('/export.csv', { parseAs: 'text' });
    expectTypeOf(csv).toEqualTypeOf<string>();
    expect([csv, await api.get('/export.csv')]).toEqual(['id,name\n1,api\n', 'id,name\n1,api\n']);
    const res = await api.request('GET', '/export.csv', { parseAs: 'text' });
    expect([res.status, res.headers.get('content-type'), res.data]).toEqual([200, 'text/csv', 'id,name\n1,api\n']);
  });

  it('an error answer is still read as the envelope', async () => {
    const err = await api.get('/missing.png', { parseAs: 'blob' }).catch((e: unknown) => e);
    expect(isApiError(err, 'RESOURCE_NOT_FOUND') && [err.status, err.message]).toEqual([404, 'No such file.']);
  });
});
