// A failed call to an upstream escaping a handler, made by the HTTP clients services use,
// against a real upstream on 127.0.0.1: always our 502, never the upstream's status or message.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import axios from 'axios';
import express from 'express';
import got from 'got';
import ky from 'ky';
import { ofetch } from 'ofetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../src/adapters/express.js';
import { ensureOk, upstreamFailed } from '../src/index.js';
import { started } from './conformance/listen.js';
import type { Started } from './conformance/suite.js';

const SECRET = 'upstream-says-key-k-123-is-wrong';
const UPSTREAM_ID = 'up-7f3a';

let upstream: Server;
let upstreamUrl = '';
let service: Started;
const logged: unknown[] = [];

const calls: Readonly<Record<string, (url: string) => Promise<unknown>>> = {
  ky: (url) => ky.get(url, { retry: 0 }).json<unknown>(),
  axios: async (url) => (await axios.get<unknown>(url)).data,
  ofetch: (url) => ofetch<unknown>(url, { retry: 0 }),
  got: (url) => got(url, { retry: { limit: 0 } }).json<unknown>(),
  fetch: async (url) => {
    const res = await fetch(url);
    return (await res.json()) as unknown;
  },
};

beforeAll(async () => {
  upstream = createServer((req, res) => {
    if (req.url === '/slow') {
      setTimeout(() => res.end('{}'), 300);
      return;
    }
    if (req.url === '/ok') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"up":true}');
      return;
    }
    if (req.url === '/unauthorized') {
      res.writeHead(401, { 'content-type': 'application/json', 'x-request-id': UPSTREAM_ID });
      res.end(JSON.stringify({ error: { message: SECRET, code: 'INVALID_API_KEY' } }));
      return;
    }
    res.writeHead(502, { 'content-type': 'text/html' }).end(`<h1>${SECRET}</h1>`);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;

  const app = express();
  app.get('/via/:client/:path', async (req, res) => {
    res.json(await calls[req.params.client]!(`${upstreamUrl}/${req.params.path}`));
  });
  app.get('/closed/:client', async (req, res) => {
    // A port nothing listens on: the call fails without an answer.
    res.json(await calls[req.params.client]!('http://127.0.0.1:9/'));
  });
  app.get('/named', async () => {
    try {
      await axios.get(`${upstreamUrl}/unauthorized`);
    } catch (error) {
      throw upstreamFailed(error, 'billing');
    }
  });
  // Timeouts of each client: the upstream did not answer in time, so our upstream failed.
  const slow = (): string => `${upstreamUrl}/slow`;
  const timeouts: Readonly<Record<string, () => Promise<unknown>>> = {
    fetch: () => fetch(slow(), { signal: AbortSignal.timeout(50) }),
    axios: () => axios.get(slow(), { timeout: 50 }),
    got: () => got(slow(), { timeout: { request: 50 }, retry: { limit: 0 } }),
    ky: () => ky.get(slow(), { timeout: 50, retry: 0 }),
  };
  app.get('/timeout/:client', async (req, res) => {
    res.json(await timeouts[req.params.client]!());
  });
  // The documented way with fetch: ensureOk in place of `if (!res.ok) throw new Error(…)`.
  app.get('/ensure-ok/:path', async (req, res) => {
    const answer = await ensureOk(fetch(`${upstreamUrl}/${req.params.path}`), 'checker');
    res.json(await answer.json());
  });
  app.get('/ensure-ok-closed', async (_req, res) => {
    res.json(await (await ensureOk(fetch('http://127.0.0.1:9/'), 'checker')).json());
  });
  app.use(errorHandler({ onServerError: (error) => logged.push(error) }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
  service = started(server);
});

afterAll(async () => {
  await service.close();
  await new Promise((resolve) => upstream.close(resolve));
});

const failed = (details: object): unknown => ({
  error: { message: 'An upstream service failed. Retry the request.', code: 'UPSTREAM_FAILED', details },
});

describe("502 Bad Gateway: an upstream's error escaping a handler", () => {
  // ky and fetch leave the body unread, so the upstream's code is not known: its status and id are.
  it.each([
    ['ky', { status: 401, requestId: UPSTREAM_ID }],
    ['axios', { status: 401, code: 'INVALID_API_KEY', requestId: UPSTREAM_ID }],
    ['ofetch', { status: 401, code: 'INVALID_API_KEY', requestId: UPSTREAM_ID }],
    ['got', { status: 401, code: 'INVALID_API_KEY', requestId: UPSTREAM_ID }],
  ])(
    "%s: the upstream's 401 is our 502, with its status, code and request id but not its message",
    async (client, details) => {
      const before = logged.length;
      const res = await fetch(`${service.url}/via/${client}/unauthorized`);
      const text = await res.text();
      expect([res.status, JSON.parse(text)]).toEqual([502, failed(details)]);
      expect(text).not.toContain(SECRET);
      expect(logged.length).toBe(before + 1);
    },
  );

  it.each(['ky', 'axios', 'ofetch', 'got'])(
    "%s: the upstream's HTML 502 is our 502, with nothing of its page",
    async (client) => {
      const res = await fetch(`${service.url}/via/${client}/html`);
      const text = await res.text();
      expect([res.status, JSON.parse(text)]).toEqual([502, failed({ status: 502 })]);
      expect(text).not.toContain(SECRET);
    },
  );

  it.each(['ky', 'axios', 'ofetch', 'got', 'fetch'])('%s: a call that got no answer is our 502 too', async (client) => {
    const before = logged.length;
    const res = await fetch(`${service.url}/closed/${client}`);
    expect([res.status, await res.json()]).toEqual([502, failed({})]);
    expect(logged.length).toBe(before + 1);
  });

  it('upstreamFailed(error, name) keeps the name and adds what the call error tells', async () => {
    const res = await fetch(`${service.url}/named`);
    expect([res.status, await res.json()]).toEqual([
      502,
      failed({ upstream: 'billing', status: 401, code: 'INVALID_API_KEY', requestId: UPSTREAM_ID }),
    ]);
  });
});

describe('502 Bad Gateway: an upstream that does not answer in time', () => {
  it.each(['fetch', 'axios', 'got', 'ky'])('%s: its timeout is our 502, and reaches onServerError', async (client) => {
    const before = logged.length;
    const res = await fetch(`${service.url}/timeout/${client}`);
    expect([res.status, await res.json(), logged.length]).toEqual([502, failed({}), before + 1]);
  });
});

describe('ensureOk(fetch(…), name): the documented way to call an upstream with fetch', () => {
  it('resolves with a 2xx response, its body unread', async () => {
    const res = await fetch(`${service.url}/ensure-ok/ok`);
    expect([res.status, await res.json()]).toEqual([200, { up: true }]);
  });
  it("answers an upstream's 401 with our 502: its name, status, code and request id, never its message", async () => {
    const res = await fetch(`${service.url}/ensure-ok/unauthorized`);
    const text = await res.text();
    expect([res.status, JSON.parse(text)]).toEqual([
      502,
      failed({ upstream: 'checker', status: 401, code: 'INVALID_API_KEY', requestId: UPSTREAM_ID }),
    ]);
    expect(text).not.toContain(SECRET);
  });
  it("answers an upstream's HTML 502 with our 502, nothing of its page", async () => {
    const res = await fetch(`${service.url}/ensure-ok/html`);
    expect([res.status, await res.json()]).toEqual([502, failed({ upstream: 'checker', status: 502 })]);
  });
  it('answers a call that got no answer with our 502', async () => {
    const res = await fetch(`${service.url}/ensure-ok-closed`);
    expect([res.status, await res.json()]).toEqual([502, failed({ upstream: 'checker' })]);
  });
});
