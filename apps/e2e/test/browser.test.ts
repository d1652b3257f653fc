// A real browser: Debian's Chromium, driven by playwright-core, loads a page on one loopback
// origin that uses the client's ESM build against the demo API on another origin, through
// every documented status. The API uses each framework's own CORS middleware.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demos } from '@monitorqa/demo/harness';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const here = new URL('./browser/', import.meta.url);
let browser: Browser;
let page: Server;
let pageOrigin = '';
// The X-Request-Id of each request the same-origin gateway page answered.
const sameOriginIds: (string | string[] | undefined)[] = [];

const listen = (server: Server): Promise<string> =>
  new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });

async function deadUrl(): Promise<string> {
  const server = createServer();
  const url = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return `${url}/health`;
}

beforeAll(async () => {
  // The test command installs chromium when it is missing (`apt-get install chromium`); no browser can be downloaded here.
  if (CHROMIUM === undefined)
    throw new Error('chromium is not installed: `apt-get install chromium` (the test command does it on CI)');
  // The client as a browser app bundles it: ESM, for the browser, no Node built-ins.
  const bundle = await build({
    stdin: {
      contents:
        "export { createClient, isTransportError, parseResponse } from '@monitorqa/errors-client'; export { isApiError } from '@monitorqa/errors';",
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  const files: Record<string, [string, string]> = {
    '/': ['text/html', readFileSync(new URL('index.html', here), 'utf8')],
    '/page.js': ['text/javascript', readFileSync(new URL('page.js', here), 'utf8')],
    '/client.js': ['text/javascript', bundle.outputFiles[0]!.text],
  };
  page = createServer((req, res) => {
    // A stand-in API on the page's own origin (`baseUrl: '/api'`), and a gateway's page in front of it.
    if (req.url === '/api/monitors/1?ids=1&ids=2')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1"}');
    if (req.url === '/api/down') {
      sameOriginIds.push(req.headers['x-request-id']);
      return void res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>');
    }
    const file = files[req.url ?? ''];
    if (file === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  pageOrigin = await listen(page);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => page.close(resolve));
});

interface Outcome {
  readonly ok: boolean;
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string | null;
  readonly retryAfter?: number | null;
  readonly fromContract?: boolean | null;
  readonly transport?: string;
  readonly value?: unknown;
  readonly location?: string;
  readonly attempts?: unknown;
  readonly id?: string;
}

describe.each(Object.entries(demos))('a page on another origin, against the demo on %s', (_name, start) => {
  it('gets every documented status as the contract says: envelopes, Retry-After honoured, Location and request ids readable', async () => {
    const api = await start({ maintenance: { on: false, retryAfter: 1 }, allowOrigin: pageOrigin });
    const tab = await browser.newPage();
    try {
      await tab.goto(`${pageOrigin}/`);
      await tab.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      const results = await tab.evaluate(
        async ([base, dead]) =>
          (
            window as unknown as { runScenarios: (a: string, d: string) => Promise<Record<string, Outcome>> }
          ).runScenarios(base, dead),
        [api.url, await deadUrl()] as const,
      );
      const failure = (status: number, code: string): Partial<Outcome> => ({
        ok: false,
        status,
        code,
        fromContract: true,
      });
      expect(results[201]).toEqual({
        status: 201,
        location: `/monitors/${results[201]?.id ?? '?'}`,
        id: expect.any(String) as string,
      });
      expect(results[200]).toMatchObject({ ok: true, value: { name: 'api', interval: 60 } });
      expect(results[400]).toMatchObject(failure(400, 'MALFORMED_JSON'));
      expect(results[401]).toMatchObject(failure(401, 'MISSING_API_KEY'));
      expect(results[403]).toMatchObject(failure(403, 'INSUFFICIENT_PERMISSIONS'));
      expect(results[404]).toMatchObject(failure(404, 'RESOURCE_NOT_FOUND'));
      expect(results[409]).toMatchObject(failure(409, 'RESOURCE_ALREADY_EXISTS'));
      expect(results[422]).toMatchObject(failure(422, 'VALIDATION_FAILED'));
      expect(results[500]).toMatchObject({
        ...failure(500, 'INTERNAL_SERVER_ERROR'),
        message: 'An unexpected error occurred.',
      });
      expect(results[502]).toMatchObject({ ...failure(502, 'UPSTREAM_FAILED'), attempts: 3 });
      expect(results[503]).toMatchObject({ ...failure(503, 'MAINTENANCE'), retryAfter: 1 });
      expect(results[204]).toEqual({ ok: true });
      // Every error's request id was readable across origins (Access-Control-Expose-Headers).
      for (const status of [401, 403, 404, 409, 422, 500, 502, 503])
        expect(results[status]?.requestId).toMatch(/^[\w-]{6,}$/);
      // Retry-After: 1 honoured in the browser: three attempts, at least a second apart.
      const at = results[503]?.attempts as number[];
      expect(at).toHaveLength(3);
      expect([at[1]! - at[0]! >= 1000, at[2]! - at[1]! >= 1000]).toEqual([true, true]);
    } finally {
      await tab.close();
      await api.close();
    }
  }, 30_000);
});

describe('a page and its API on one origin, behind a gateway', () => {
  it("resolves baseUrl: '/api' against the page's location, and reads a gateway's 502 page with the id it sent", async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${pageOrigin}/`);
      await tab.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      sameOriginIds.length = 0;
      const results = await tab.evaluate(async () =>
        (window as unknown as { runSameOrigin: () => Promise<Record<string, Outcome>> }).runSameOrigin(),
      );
      expect(results.relative).toEqual({ ok: true, value: { id: '1' } });
      // The gateway's page has no envelope and no X-Request-Id: a typed 502, retried, with the id sent.
      expect(results.gateway).toEqual({
        ok: false,
        status: 502,
        code: 'BAD_GATEWAY',
        message: 'Bad Gateway (HTTP 502)',
        requestId: sameOriginIds[0],
        retryAfter: null,
        fromContract: false,
        attempts: 3,
      });
      // One id for the call, the same on each of its 3 attempts.
      expect(sameOriginIds).toEqual([sameOriginIds[0], sameOriginIds[0], sameOriginIds[0]]);
      expect(sameOriginIds[0]).toMatch(/^[a-z0-9]{6,}$/);
    } finally {
      await tab.close();
    }
  }, 30_000);

  it('a gateway on another origin whose error page has no CORS headers is a network TransportError, with the id sent', async () => {
    // nginx's own 502 without `add_header … always`: no Access-Control-Allow-Origin, on the preflight or the answer.
    let hits = 0;
    const gateway = createServer((_req, res) => {
      hits++;
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>');
    });
    const gatewayOrigin = await listen(gateway);
    const tab = await browser.newPage();
    try {
      await tab.goto(`${pageOrigin}/`);
      await tab.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      const result = await tab.evaluate(
        async (origin) =>
          (window as unknown as { runCrossOriginGateway: (o: string) => Promise<Outcome> }).runCrossOriginGateway(
            origin,
          ),
        gatewayOrigin,
      );
      // The browser hides the 502 from the page: all the client can say is that no answer came through.
      expect(result).toEqual({
        ok: false,
        transport: 'network',
        message: 'network: Failed to fetch',
        requestId: expect.stringMatching(/^[a-z0-9]{6,}$/) as string,
        attempts: 3,
      });
      // Each attempt got as far as the gateway's preflight (OPTIONS, for the X-Request-Id header).
      expect(hits).toBe(3);
    } finally {
      await tab.close();
      await new Promise((resolve) => gateway.close(resolve));
    }
  }, 30_000);
});
