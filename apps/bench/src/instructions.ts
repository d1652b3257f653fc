// CPU instructions per request of a server, counted by callgrind (callgrind.ts): each server serves WARM
// requests first, then N are counted.
import { Agent, get } from 'node:http';
import { countInstructions, hasCallgrind, perInstructions } from './callgrind.js';
import { report, type Result } from './measure.js';
import { startServer } from './server-process.js';

const WARM = Number(process.env.BENCH_WARM ?? 6000);
const N = Number(process.env.BENCH_REQUESTS ?? 2000);
// `BENCH_FRAMEWORKS=fastify` counts one framework's rows only (each row takes about a minute).
const ONLY = process.env.BENCH_FRAMEWORKS?.split(',');
const wanted = (framework: string): boolean => ONLY === undefined || ONLY.includes(framework);

/** `count` GETs over four keep-alive sockets, as fast as the server answers. */
function load(url: string, count: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  let sent = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const next = (): void => {
      if (sent >= count) return;
      sent++;
      get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (++done === count) {
            agent.destroy();
            resolve();
          } else next();
        });
      }).on('error', reject);
    };
    for (let i = 0; i < 4; i++) next();
  });
}

/** Main-thread instructions per request of one bench server. */
async function instructions(framework: string, variant: string): Promise<number> {
  const count = await countInstructions({
    start: (wrapper) => startServer(framework, variant, wrapper),
    warm: ({ url }) => load(url, WARM),
    run: ({ url }) => load(url, N),
  });
  return count / N;
}

function byInstructions(framework: string, variants: Readonly<Record<string, string>>): Promise<Result[]> {
  return perInstructions(
    Object.fromEntries(
      Object.entries(variants).map(([name, variant]) => [name, () => instructions(framework, variant)]),
    ),
  );
}

export async function benchInstructions(): Promise<void> {
  if (!hasCallgrind()) {
    console.log('\ninstructions: skipped, valgrind (callgrind_control) is not installed');
    return;
  }
  const note = `ratio = hand-written instructions / variant's; ${WARM} warm-up requests, then ${N} counted`;
  if (wanted('express'))
    report(
      'instructions-express-404',
      'express: a route answering 404 (CPU instructions per request, main thread)',
      await byInstructions('express', {
        'hand-written 404 (baseline)': 'hand-404',
        '@monitorqa apiError thrown': 'ours-404',
      }),
      note,
    );
  if (wanted('fastify'))
    report(
      'instructions-fastify-404',
      'fastify: a route answering 404 (CPU instructions per request, main thread)',
      await byInstructions('fastify', {
        'hand-written 404 (baseline)': 'hand-404',
        '@monitorqa apiError thrown': 'ours-404',
        'a prebuilt error thrown, bare error handler': 'hand-throw-404',
        '@monitorqa sendError(reply, apiError)': 'ours-send-404',
      }),
      note,
    );
  // Most 404s come after an await (a lookup that finds nothing): by then Fastify's handler is attached to
  // the promise, and Node has no unhandled rejection to track.
  if (wanted('fastify'))
    report(
      'instructions-fastify-lookup-404',
      'fastify: a route that awaits a lookup, then answers 404 (CPU instructions per request, main thread)',
      await byInstructions('fastify', {
        'hand-written 404 after the await (baseline)': 'lookup-hand-404',
        '@monitorqa apiError thrown after the await': 'lookup-ours-404',
      }),
      note,
    );
}
