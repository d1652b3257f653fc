// CPU instructions per request, counted by valgrind's callgrind: unlike req/s, the count is
// the same from run to run whatever else the machine is doing (measured here: two runs of one
// server 0.1% apart, where req/s moved by ±20%). Each server serves WARM requests first, so
// that the JIT has settled; then counters are zeroed and N requests counted. The server's main
// thread is what serves requests; the compiler's threads, still optimising code, are left out.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report, type Result } from './measure.js';
import { startServer } from './server-process.js';

const WARM = Number(process.env.BENCH_WARM ?? 6000);
const N = Number(process.env.BENCH_REQUESTS ?? 2000);
// `BENCH_FRAMEWORKS=fastify` counts one framework's rows only (each row takes about a minute).
const ONLY = process.env.BENCH_FRAMEWORKS?.split(',');
const wanted = (framework: string): boolean => ONLY === undefined || ONLY.includes(framework);

function hasCallgrind(): boolean {
  try {
    execFileSync('callgrind_control', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

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
  const dir = mkdtempSync(join(tmpdir(), 'monitorqa-callgrind-'));
  const { url, child } = await startServer(framework, variant, [
    'valgrind',
    '--tool=callgrind',
    '--separate-threads=yes',
    `--callgrind-out-file=${dir}/cg`,
  ]);
  try {
    await load(url, WARM);
    execFileSync('callgrind_control', ['--zero', String(child.pid)], { stdio: 'ignore' });
    await load(url, N);
    execFileSync('callgrind_control', ['--dump', String(child.pid)], { stdio: 'ignore' });
    // Thread 1 of the first dump: the event loop, where requests are served.
    const summary = /^summary: (\d+)$/m.exec(readFileSync(`${dir}/cg.1-01`, 'utf8'));
    if (!summary) throw new Error(`${framework} ${variant}: no callgrind summary`);
    return Number(summary[1]) / N;
  } finally {
    // valgrind writes its last dump on the way out: wait for it before removing the folder.
    const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit');
    child.kill();
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the variants two at a time (the machine's cores); the counts do not depend on it. */
async function measure(framework: string, variants: Readonly<Record<string, string>>): Promise<Result[]> {
  const names = Object.keys(variants);
  const counts = new Map<string, number>();
  for (let i = 0; i < names.length; i += 2) {
    await Promise.all(
      names.slice(i, i + 2).map(async (name) => counts.set(name, await instructions(framework, variants[name]!))),
    );
  }
  const base = counts.get(names[0]!)!;
  return names.map((name) => ({
    name,
    median: counts.get(name)!,
    unit: 'instructions/req',
    ratio: base / counts.get(name)!,
  }));
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
      await measure('express', { 'hand-written 404 (baseline)': 'hand-404', '@monitorqa apiError thrown': 'ours-404' }),
      note,
    );
  if (wanted('fastify'))
    report(
      'instructions-fastify-404',
      'fastify: a route answering 404 (CPU instructions per request, main thread)',
      await measure('fastify', {
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
      await measure('fastify', {
        'hand-written 404 after the await (baseline)': 'lookup-hand-404',
        '@monitorqa apiError thrown after the await': 'lookup-ours-404',
      }),
      note,
    );
}
