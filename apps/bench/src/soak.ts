// `pnpm soak [-- --seconds=N]`: the demo API under mixed traffic for a bounded time.
// Reports requests served, responses off the contract (must be 0), crashes (must be none),
// and the heap before and after a forced GC (must be flat within the stated margin).
import { fork } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { STATUS_LIST, parseEnvelope } from '@monitorqa/errors';
import { API_KEYS } from '@monitorqa/demo/harness';

const SECONDS = Number(process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 60);
const WORKERS = 16;
const HEAP_MARGIN = 16 * 1024 * 1024; // bytes of growth tolerated after a forced GC

const child = fork(fileURLToPath(new URL('./soak-server.ts', import.meta.url)), [], {
  execArgv: ['--import', 'tsx', '--expose-gc'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
let crashed = false as boolean;
child.on('exit', (code, signal) => {
  if (!stopping) {
    crashed = true;
    console.error(`server exited: ${String(code ?? signal)}`);
  }
});
let stopping = false;
const ask = <T>(message: string, key: string): Promise<T> =>
  new Promise((resolve) => {
    const on = (reply: Record<string, T>): void => {
      if (key in reply) {
        child.off('message', on);
        resolve(reply[key]!);
      }
    };
    child.on('message', on);
    if (message) child.send(message);
  });

const url = await ask<string>('', 'url');
const dead = await new Promise<string>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => {
      resolve(`http://127.0.0.1:${port}/`);
    });
  });
});

const admin = { 'x-api-key': API_KEYS.admin, 'content-type': 'application/json' };
const monitor = (name: string, extra: object = {}): string =>
  JSON.stringify({ name, kind: 'http', url: 'https://example.com', interval: 60, ...extra });
const post = async (path: string, body: string): Promise<Response> =>
  fetch(url + path, { method: 'POST', headers: admin, body });
const crashId = ((await (await post('/monitors', monitor('soak-crash', { kind: 'tcp' }))).json()) as { id: string }).id;
const downId = ((await (await post('/monitors', monitor('soak-down', { url: dead }))).json()) as { id: string }).id;

/** Half an upload, then the socket is destroyed: the client goes away mid-body. */
const abortedUpload = (): Promise<undefined> =>
  new Promise((resolve) => {
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(
        `POST /monitors HTTP/1.1\r\nHost: x\r\nx-api-key: ${API_KEYS.admin}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"na`,
      );
      setTimeout(() => {
        socket.destroy();
        resolve(undefined);
      }, 5);
    });
    socket.on('error', () => {
      resolve(undefined);
    });
  });

let n = 0;
const traffic: (() => Promise<Response | undefined>)[] = [
  () => fetch(`${url}/monitors`, { headers: { 'x-api-key': API_KEYS.read } }),
  async () => {
    const res = await post('/monitors', monitor(`m-${++n}`));
    const { id } = (await res.clone().json()) as { id: string };
    await fetch(`${url}/monitors/${id}`, { method: 'DELETE', headers: { 'x-api-key': API_KEYS.admin } });
    return res;
  },
  () => post('/monitors', '{"name": '),
  () => fetch(`${url}/monitors`),
  () =>
    fetch(`${url}/monitors`, {
      method: 'POST',
      headers: { 'x-api-key': API_KEYS.read, 'content-type': 'application/json' },
      body: monitor('x'),
    }),
  () => fetch(`${url}/monitors/nope`, { headers: { 'x-api-key': API_KEYS.read } }),
  () => fetch(`${url}/nowhere`),
  () => post('/monitors', monitor('soak-crash')),
  () => post('/monitors', monitor('fast', { interval: 1 })),
  () => post(`/monitors/${crashId}/check`, ''),
  () => post(`/monitors/${downId}/check`, ''),
  () => post('/monitors', 'x'.repeat(2 * 1024 * 1024)),
  // An abrupt disconnect: half a request, then the socket is destroyed.
  abortedUpload,
];

let served = 0;
let offContract = 0;
const examples: string[] = [];
async function check(res: Response): Promise<void> {
  served++;
  const text = await res.text();
  const ok =
    STATUS_LIST.includes(res.status as never) &&
    (res.status < 400 || (parseEnvelope(JSON.parse(text || 'null')).ok && !text.includes('s3cret')));
  if (!ok) {
    offContract++;
    if (examples.length < 5) examples.push(`${res.status} ${text.slice(0, 120)}`);
  }
}

// Warm up, then the baseline heap.
for (let i = 0; i < 200; i++) await check((await traffic[i % 2]!())!);
const before = await ask<number>('heap', 'heap');
const deadline = Date.now() + SECONDS * 1000;
await Promise.all(
  Array.from({ length: WORKERS }, async (_, w) => {
    for (let i = w; Date.now() < deadline && !crashed; i++) {
      try {
        const res = await traffic[i % traffic.length]!();
        if (res) await check(res);
      } catch (error) {
        offContract++;
        if (examples.length < 5) examples.push(`client error: ${String(error)}`);
      }
    }
  }),
);
const after = crashed ? Number.NaN : await ask<number>('heap', 'heap');

// Clients that go away mid-upload, and nothing else: the service must log no 5xx for them.
const ABORTS = 200;
const errorsBefore = await ask<number>('serverErrors', 'serverErrors');
await Promise.all(Array.from({ length: ABORTS }, abortedUpload));
await new Promise((resolve) => setTimeout(resolve, 200));
const abortErrors = (await ask<number>('serverErrors', 'serverErrors')) - errorsBefore;
stopping = true;
child.kill();

const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;
const flat = after - before <= HEAP_MARGIN;
console.log(
  `Soak: ${SECONDS} s, ${WORKERS} concurrent workers, ${traffic.length} kinds of request against the demo API (Express)`,
);
console.log(`  requests served:        ${served} (${Math.round(served / SECONDS)}/s)`);
console.log(`  off-contract responses: ${offContract}${examples.length ? `, e.g. ${examples.join(' | ')}` : ''}`);
console.log(`  server crashes:         ${crashed ? 1 : 0}`);
console.log(`  5xx logged for ${ABORTS} aborted uploads: ${abortErrors}`);
console.log(
  `  heap after forced GC:   ${mb(before)} before, ${mb(after)} after (${flat ? 'flat' : 'GREW'}, margin ${mb(HEAP_MARGIN)})`,
);
if (offContract > 0 || crashed || !flat || abortErrors !== 0) process.exitCode = 1;
