// The client against bare fetch, ofetch and ky, on a 200 and on a 404 envelope,
// 10,000 requests sequential and 10,000 with bounded concurrency.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@monitorqa/errors-client';
import ky, { HTTPError } from 'ky';
import { ofetch } from 'ofetch';
import { compare, report, rounds } from './measure.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 10_000);
const CONCURRENCY = 32;
const monitor = JSON.stringify({ id: '42', name: 'api', interval: 60 });
const envelope = JSON.stringify({ error: { message: 'No monitor 42.', code: 'RESOURCE_NOT_FOUND' } });

async function timed(concurrent: boolean, call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  if (!concurrent) for (let i = 0; i < REQUESTS; i++) await call();
  else {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < REQUESTS) await call();
      }),
    );
  }
  return performance.now() - start;
}

const swallow = async (p: Promise<unknown>, read?: (e: unknown) => Promise<unknown>): Promise<unknown> => {
  try {
    return await p;
  } catch (error) {
    return read ? read(error) : error;
  }
};

export async function benchClient(): Promise<void> {
  const server = createServer((req, res) => {
    const body = req.url === '/ok' ? monitor : envelope;
    res
      .writeHead(req.url === '/ok' ? 200 : 404, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api = createClient({ baseUrl: base, retry: false });
  const withTimeout = createClient({ baseUrl: base, retry: false, timeout: 30_000 });
  try {
    for (const path of ['/ok', '/missing']) {
      for (const concurrent of [false, true]) {
        const samples = await rounds(
          {
            'fetch + res.json() (baseline)': () =>
              timed(concurrent, async () => {
                const res = await fetch(base + path, { headers: { accept: 'application/json' } });
                return res.json();
              }),
            '@monitorqa createClient': () => timed(concurrent, () => swallow(api.get(path))),
            '@monitorqa createClient, timeout: 30 000': () => timed(concurrent, () => swallow(withTimeout.get(path))),
            ofetch: () => timed(concurrent, () => swallow(ofetch(base + path))),
            ky: () =>
              timed(concurrent, () =>
                swallow(ky.get(base + path, { retry: 0 }).json(), (e) =>
                  e instanceof HTTPError ? e.response.json() : Promise.resolve(e),
                ),
              ),
          },
          3,
        );
        const label = `${path === '/ok' ? '200' : '404 envelope'}, ${REQUESTS} requests ${concurrent ? `(${CONCURRENCY} concurrent)` : 'sequential'}`;
        report(
          `client-${path.slice(1)}-${concurrent ? 'concurrent' : 'sequential'}`,
          `Client: ${label} (ms; ratio = bare fetch time / variant time, higher is better)`,
          compare(samples, 'fetch + res.json() (baseline)', 'ms', false),
        );
      }
    }
  } finally {
    server.close();
  }
}
