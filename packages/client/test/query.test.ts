import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../src/index.js';
import { startServer, type TestServer } from './http-server.js';

let server: TestServer;
let api: Client;
beforeAll(async () => {
  server = await startServer();
  server.route('/monitors', (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(req.url));
  });
  api = createClient({ baseUrl: server.url });
});
afterAll(() => server.close());

describe('query parameters', () => {
  it('repeats the key of an array, writes numbers and booleans, leaves out undefined and null', async () => {
    expect(
      await api.get('/monitors', { query: { ids: [1, 2], up: true, name: 'a b', page: undefined, tag: null } }),
    ).toBe('/monitors?ids=1&ids=2&up=true&name=a+b');
  });

  it('takes URLSearchParams as they are', async () => {
    const params = new URLSearchParams([
      ['ids', '1'],
      ['ids', '2'],
    ]);
    expect(await api.get('/monitors', { query: params })).toBe('/monitors?ids=1&ids=2');
  });

  it('has no query string for no parameters', async () => {
    expect([await api.get('/monitors', { query: {} }), await api.get('/monitors')]).toEqual(['/monitors', '/monitors']);
  });

  it('refuses an object value by type: it has no one way to be written', () => {
    // @ts-expect-error -- `filter=[object Object]` is never what was meant
    void api.get('/monitors', { query: { filter: { up: true } } }).catch(() => undefined);
  });
});
