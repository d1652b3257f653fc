// One HTTP client in a process of its own, for counting its instructions (client-instructions.ts):
// `client-process.ts <variant> <url> <concurrency>`. Each line "N" on stdin sends N requests to `url`
// (`concurrency` at a time) and answers "done" on stdout; the process ends with its stdin.
import { createInterface } from 'node:readline';
import { createClient } from '@monitorqa/errors-client';
import ky, { HTTPError } from 'ky';
import { ofetch } from 'ofetch';

const [variant, url, concurrency] = process.argv.slice(2) as [string, string, string];
const { origin, pathname } = new URL(url);

const swallow = async (p: Promise<unknown>, read?: (e: unknown) => Promise<unknown>): Promise<unknown> => {
  try {
    return await p;
  } catch (error) {
    return read ? read(error) : error;
  }
};

// Every client as an app uses it, with its defaults: each reads the body, and the 404's envelope too.
const api = createClient({ baseUrl: origin });
const timed = createClient({ baseUrl: origin, timeout: 30_000 });
const calls: Record<string, () => Promise<unknown>> = {
  fetch: async (): Promise<unknown> => (await fetch(url, { headers: { accept: 'application/json' } })).json(),
  ours: () => swallow(api.get(pathname)),
  'ours-timeout': () => swallow(timed.get(pathname)),
  ofetch: () => swallow(ofetch(url)),
  ky: () => swallow(ky.get(url).json(), (e) => (e instanceof HTTPError ? e.response.json() : Promise.resolve(e))),
};
const call = calls[variant];
if (call === undefined) throw new Error(`no client variant ${variant}`);

async function send(count: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Number(concurrency) }, async () => {
      while (next++ < count) await call!();
    }),
  );
}

console.log('ready');
for await (const line of createInterface({ input: process.stdin })) {
  await send(Number(line));
  console.log('done');
}
