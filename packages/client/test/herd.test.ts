// 50 clients told `Retry-After: 1` at the same moment must not come back at the same moment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.js';
import { startServer, type TestServer } from './http-server.js';

const CLIENTS = 50;
let server: TestServer;
const arrivals = new Map<string, number[]>();
beforeAll(async () => {
  server = await startServer();
  // The first attempt of every call is turned away for a second; the retry is served.
  server.route('/monitors', (req, res) => {
    const id = String(req.headers['x-request-id']);
    const seen = arrivals.get(id) ?? [];
    arrivals.set(id, [...seen, performance.now()]);
    if (seen.length === 0) res.writeHead(503, { 'retry-after': '1' }).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
  });
});
afterAll(() => server.close());

describe('a herd after Retry-After', () => {
  it('comes back no sooner than asked, spread over the second after it', async () => {
    const clients = Array.from({ length: CLIENTS }, () => createClient({ baseUrl: server.url }));
    expect(await Promise.all(clients.map((api) => api.get('/monitors')))).toEqual(Array(CLIENTS).fill([]));
    const times = [...arrivals.values()];
    expect(times.map((t) => t.length)).toEqual(Array(CLIENTS).fill(2));
    const waits = times.map(([first, second]) => second! - first!);
    const retries = times.map(([, second]) => second!).sort((a, b) => a - b);
    const spread = retries.at(-1)! - retries[0]!;
    console.log(
      `herd of ${CLIENTS}: waits ${Math.round(Math.min(...waits))}–${Math.round(Math.max(...waits))} ms, retries spread over ${Math.round(spread)} ms`,
    );
    // Never sooner than asked; the jitter is up to as long again (1 s), so the herd spreads over most of it.
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(999);
    expect(Math.max(...waits)).toBeLessThan(2200);
    expect(spread).toBeGreaterThan(600);
    // Spread evenly, 5 per 100 ms on average: never a third of the herd in one 100 ms.
    const crowd = Math.max(...retries.map((t) => retries.filter((u) => u >= t && u < t + 100).length));
    expect(crowd).toBeLessThan(CLIENTS / 3);
  });

  it('Retry-After: 0 is the ordinary backoff, not all attempts at once', async () => {
    const times = new Map<string, number[]>();
    server.route('/now', (req, res) => {
      const id = String(req.headers['x-request-id']);
      times.set(id, [...(times.get(id) ?? []), performance.now()]);
      res.writeHead(503, { 'retry-after': '0' }).end();
    });
    const clients = Array.from({ length: 20 }, () => createClient({ baseUrl: server.url }));
    await Promise.all(clients.map((api) => api.get('/now').catch(() => undefined)));
    const lasts = [...times.values()].map((t) => t[2]!);
    expect([...times.values()].map((t) => t.length)).toEqual(Array(20).fill(3));
    // Two full-jitter waits of up to 200 and 400 ms: 20 calls' third attempts spread over far more than 30 ms.
    expect(Math.max(...lasts) - Math.min(...lasts)).toBeGreaterThan(100);
  });
});
