// CPU instructions per request of the client process (callgrind.ts): the client against bare
// fetch + res.json(), ofetch and ky, on a 200 and on a 404 envelope, sequential and 32 at a time.
// The server runs here, uncounted; each client runs in a process of its own under valgrind.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { countInstructions, hasCallgrind, perInstructions } from './callgrind.js';
import { report } from './measure.js';

const WARM = Number(process.env.BENCH_WARM ?? 1000);
const N = Number(process.env.BENCH_REQUESTS ?? 300);
const CLIENT = fileURLToPath(new URL('./client-process.ts', import.meta.url));
// `BENCH_CLIENTS=ours,ky` counts those rows beside bare fetch, `BENCH_CONCURRENCY=1` the sequential tables only
// (each row takes a few minutes).
const ONLY = process.env.BENCH_CLIENTS?.split(',');
const CONCURRENCY = (process.env.BENCH_CONCURRENCY?.split(',') ?? ['1', '32']).map(Number);
const VARIANTS = {
  'fetch + res.json() (baseline)': 'fetch',
  '@monitorqa createClient': 'ours',
  '@monitorqa createClient, timeout: 30 000': 'ours-timeout',
  ofetch: 'ofetch',
  ky: 'ky',
};

/** Main-thread instructions per request of one client sending to `url`. */
async function instructions(variant: string, url: string, concurrency: number): Promise<number> {
  const count = await countInstructions({
    start: async (wrapper) => {
      // One thread: the JIT compiles and the GC marks on the main thread, so that the count of N requests does not
      // depend on how far background threads got (two runs of bare fetch were 13% apart without it), and each
      // client's garbage is counted against it.
      const argv = [
        ...wrapper,
        process.execPath,
        '--single-threaded',
        '--import',
        'tsx',
        CLIENT,
        variant,
        url,
        String(concurrency),
      ];
      const child = spawn(argv[0]!, argv.slice(1), { stdio: ['pipe', 'pipe', wrapper.length ? 'ignore' : 'inherit'] });
      const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
      const next = async (): Promise<void> => {
        const line = await lines.next();
        if (line.done) throw new Error(`client ${variant} exited`);
      };
      await next();
      return { child, next };
    },
    warm: ({ child, next }) => (child.stdin.write(`${WARM}\n`), next()),
    run: ({ child, next }) => (child.stdin.write(`${N}\n`), next()),
  });
  return count / N;
}

export async function benchClientInstructions(): Promise<void> {
  if (!hasCallgrind()) {
    console.log('\nclient-instructions: skipped, valgrind (callgrind_control) is not installed');
    return;
  }
  const monitor = JSON.stringify({ id: '42', name: 'api', interval: 60 });
  const envelope = JSON.stringify({ error: { message: 'No monitor 42.', code: 'RESOURCE_NOT_FOUND' } });
  const server = createServer((req, res) => {
    const body = req.url === '/ok' ? monitor : envelope;
    res
      .writeHead(req.url === '/ok' ? 200 : 404, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      })
      .end(body);
  });
  // A client under valgrind is slow: Node's 5 s keep-alive would close its idle sockets under it (fetch: "other side closed").
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chosen = Object.entries(VARIANTS).filter(([, v], i) => i === 0 || ONLY === undefined || ONLY.includes(v));
  try {
    for (const path of ['/ok', '/missing'])
      for (const concurrency of CONCURRENCY)
        report(
          `client-instructions-${path.slice(1)}-${concurrency === 1 ? 'sequential' : 'concurrent'}`,
          `Client: ${path === '/ok' ? '200' : '404 envelope'}, ${concurrency === 1 ? 'sequential' : `${concurrency} concurrent`} (CPU instructions per request, client main thread)`,
          await perInstructions(
            Object.fromEntries(
              chosen.map(([name, variant]) => [name, () => instructions(variant, base + path, concurrency)]),
            ),
          ),
          `ratio = bare fetch instructions / variant's; ${WARM} warm-up requests, then ${N} counted`,
        );
  } finally {
    server.close();
  }
}
