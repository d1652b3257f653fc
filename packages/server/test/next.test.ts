// Next.js App Router route handlers: withErrors from /web, in a real `next build` + `next start`,
// and called directly the way Next calls a handler (a NextRequest and `{ params }`).
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { NextRequest } from 'next/server';
import { notFound, redirect } from 'next/navigation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_CODES } from '@monitorqa/errors';
import { ok } from '../src/index.js';
import { toWebResponse, withErrors } from '../src/adapters/web.js';

const APP = fileURLToPath(new URL('next/', import.meta.url));
const NEXT = fileURLToPath(new URL('../node_modules/next/dist/bin/next', import.meta.url));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const JSON_TYPE = 'application/json; charset=utf-8';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => {
        resolve(port);
      });
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${String(child.exitCode)}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('next start did not answer');
}

describe('a real Next.js 16 app (next build, next start)', () => {
  let child: ChildProcess;
  let url: string;
  beforeAll(async () => {
    // The route modules import the built package, as an app imports it from node_modules.
    await promisify(execFile)(process.execPath, [NEXT, 'build'], { cwd: APP, env });
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: APP,
      env,
      stdio: 'ignore',
    });
    await waitFor(url, child);
  }, 180_000);
  afterAll(() => {
    child.kill();
  });

  describe('200, 201', () => {
    it('serves a handler given a NextRequest and its params', async () => {
      const res = await fetch(`${url}/monitors/7`);
      expect([res.status, res.headers.get('content-type'), await res.json()]).toEqual([
        200,
        JSON_TYPE,
        { id: '7', path: '/monitors/7' },
      ]);
    });
    it('reads a JSON body with readJson and answers created()', async () => {
      const res = await fetch(`${url}/monitors/9`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"a":1}',
      });
      expect([res.status, res.headers.get('location'), await res.json()]).toEqual([
        201,
        '/monitors/9',
        { id: '9', body: { a: 1 } },
      ]);
    });
  });

  describe('400', () => {
    it('answers malformed JSON with MALFORMED_JSON', async () => {
      const res = await fetch(`${url}/monitors/9`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"a":',
      });
      expect([res.status, res.headers.get('content-type'), await res.json()]).toEqual([
        400,
        JSON_TYPE,
        { error: { message: BASE_CODES.MALFORMED_JSON.message, code: 'MALFORMED_JSON' } },
      ]);
    });
  });

  describe('404', () => {
    it('answers an ApiError with its envelope and a request id', async () => {
      const res = await fetch(`${url}/monitors/missing`, { headers: { 'x-request-id': 'req-next-1' } });
      expect([res.status, res.headers.get('x-request-id'), await res.json()]).toEqual([
        404,
        'req-next-1',
        {
          error: {
            message: BASE_CODES.RESOURCE_NOT_FOUND.message,
            code: 'RESOURCE_NOT_FOUND',
            details: { resource: 'monitor', id: 'missing' },
          },
        },
      ]);
    });
    it('answers a path no handler serves with ROUTE_NOT_FOUND from a catch-all route, not the HTML page', async () => {
      const res = await fetch(`${url}/nothing/here%7E`);
      expect([res.status, await res.json()]).toEqual([
        404,
        {
          error: {
            message: BASE_CODES.ROUTE_NOT_FOUND.message,
            code: 'ROUTE_NOT_FOUND',
            details: { method: 'GET', path: '/nothing/here%7E' },
          },
        },
      ]);
    });
    it('lets notFound() through to Next, which answers its own 404 (not a 500)', async () => {
      const res = await fetch(`${url}/monitors/gone`);
      expect(res.status).toBe(404);
    });
  });

  describe('307', () => {
    it('lets redirect() through to Next, which answers the redirect', async () => {
      const res = await fetch(`${url}/monitors/moved`, { redirect: 'manual' });
      expect([res.status, res.headers.get('location')]).toEqual([307, '/monitors/m2']);
    });
  });

  describe('500', () => {
    it('answers a crash with the generic envelope, nothing leaked', async () => {
      const res = await fetch(`${url}/monitors/crash`);
      const text = await res.text();
      expect([res.status, JSON.parse(text)]).toEqual([
        500,
        { error: { message: BASE_CODES.INTERNAL_SERVER_ERROR.message, code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(text).not.toMatch(/hunter2|ECONNREFUSED|\.js:\d+/);
    });
  });
});

describe('a route handler called as Next calls it (NextRequest, { params })', () => {
  const GET = withErrors(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params;
    if (id === 'gone') notFound();
    if (id === 'moved') redirect('/monitors/m2');
    return toWebResponse(ok({ id, search: request.nextUrl.searchParams.get('q') }));
  });
  const call = (id: string): Promise<Response> =>
    GET(new NextRequest(`http://localhost/monitors/${id}?q=x`), { params: Promise.resolve({ id }) });

  it('passes the NextRequest and the params on', async () => {
    expect(await (await call('7')).json()).toEqual({ id: '7', search: 'x' });
  });
  it("rethrows notFound()'s and redirect()'s control flow untouched", async () => {
    await expect(call('gone')).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) as unknown,
    });
    await expect(call('moved')).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) as unknown });
  });
});
