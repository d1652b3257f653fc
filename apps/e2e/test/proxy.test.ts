// A real nginx (Debian's nginx-light) in front of the demo API on loopback: the proxy's own
// answers (an HTML 502 for a stopped upstream, a 504 for a slow one, a 413 for a large body)
// become typed ApiErrors with the documented retries, counted in nginx's access log.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isApiError, type ApiError } from '@monitorqa/errors';
import { createClient } from '@monitorqa/errors-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEYS, demos, type Running } from '@monitorqa/demo/harness';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
let dir = '';
let nginx: ChildProcess | undefined;
let api: Running;
let slow: Server;
let base = '';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });

beforeAll(async () => {
  // .ci/run installs nginx-light when it is missing; without it this suite cannot prove anything.
  if (NGINX === undefined)
    throw new Error('nginx is not installed: `apt-get install nginx-light` (the test command does it on CI)');
  api = await demos.express!();
  // An upstream that answers nothing in time.
  slow = createServer(() => undefined).listen(0, '127.0.0.1');
  await new Promise((resolve) => slow.once('listening', resolve));
  const stopped = await freePort();
  const port = await freePort();
  dir = mkdtempSync(join(tmpdir(), 'monitorqa-nginx-'));
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${user}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  log_format plain '$request_method $request_uri $status';
  access_log ${dir}/access.log plain;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  client_max_body_size 1k;
  server {
    listen 127.0.0.1:${port};
    location /api/ { proxy_pass ${api.url}/; }
    location /down/ { proxy_pass http://127.0.0.1:${stopped}/; }
    location /slow/ { proxy_pass http://127.0.0.1:${(slow.address() as AddressInfo).port}/; proxy_read_timeout 1s; }
  }
}
`,
  );
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/api/monitors`);
      break;
    } catch {
      if (i > 50) throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}, 30_000);

afterAll(async () => {
  nginx?.kill();
  slow.closeAllConnections();
  slow.close();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

/** How many requests for a path reached nginx. */
const reached = (path: string): number =>
  readFileSync(join(dir, 'access.log'), 'utf8')
    .split('\n')
    .filter((line) => line.split(' ')[1] === path).length;
const client = (prefix: string) =>
  createClient({ baseUrl: base + prefix, apiKey: API_KEYS.admin, retry: { baseDelay: 20 } });
const rejection = (promise: Promise<unknown>): Promise<ApiError> =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => {
      if (!isApiError(error)) throw error;
      return error;
    },
  );

describe('behind nginx: the proxy’s own answers', () => {
  it("a stopped upstream: nginx's HTML 502 is BAD_GATEWAY, retried twice", async () => {
    const err = await rejection(client('/down').get('/monitors'));
    expect([err.status, err.code, err.message, err.response?.status, err.response?.fromContract]).toEqual([
      502,
      'BAD_GATEWAY',
      'Bad Gateway (HTTP 502)',
      502,
      false,
    ]);
    expect(err.response?.body).toContain('<html>');
    expect(reached('/down/monitors')).toBe(3);
  });

  it('a slow upstream: the 504 reads as 502, says it was a 504, and is retried twice', async () => {
    const err = await rejection(client('/slow').get('/monitors'));
    expect([err.status, err.code, err.message, err.response?.status]).toEqual([
      502,
      'BAD_GATEWAY',
      'Bad Gateway (HTTP 504)',
      504,
    ]);
    expect(reached('/slow/monitors')).toBe(3);
  }, 15_000);

  it('a body over client_max_body_size: the 413 reads as 400 PAYLOAD_TOO_LARGE, never retried', async () => {
    const err = await rejection(
      client('/api').post(
        '/monitors',
        { name: 'x'.repeat(4096), kind: 'http', url: 'https://example.com', interval: 60 },
        { idempotencyKey: 'k-1' },
      ),
    );
    expect([err.status, err.code, err.message, err.response?.status]).toEqual([
      400,
      'PAYLOAD_TOO_LARGE',
      'Bad Request (HTTP 413)',
      413,
    ]);
    expect(reached('/api/monitors')).toBeGreaterThanOrEqual(1);
  });
});

describe("behind nginx: the service's own answers pass through", () => {
  it.each([
    ['404', () => client('/api').get('/monitors/nope'), 404, 'RESOURCE_NOT_FOUND'],
    [
      '409',
      async () => {
        const c = client('/api');
        await c.post('/monitors', { name: 'dup', kind: 'http', url: 'https://example.com', interval: 60 });
        return c.post('/monitors', { name: 'dup', kind: 'http', url: 'https://example.com', interval: 60 });
      },
      409,
      'RESOURCE_ALREADY_EXISTS',
    ],
    [
      '422',
      () => client('/api').post('/monitors', { name: 'x', kind: 'http', url: 'https://example.com', interval: 5 }),
      422,
      'VALIDATION_FAILED',
    ],
  ])('%s keeps its code and the request id the service answered', async (_s, call, status, code) => {
    const err = await rejection(call());
    expect([err.status, err.code, err.response?.fromContract]).toEqual([status, code, true]);
    expect(err.response?.requestId).toMatch(/^[a-z0-9]{6,}$/);
  });
});
