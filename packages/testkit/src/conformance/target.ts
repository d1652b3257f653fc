import { connect } from 'node:net';

/** What the kit probes: a running service's base URL, or its fetch handler (Hono, Next, workers). */
export type ContractTarget = string | URL | ((request: Request) => Response | Promise<Response>);

/** An answer as read off the wire or a `Response`: status, lowercase headers, body text. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Sends one request to the target and reads its whole answer. */
export async function send(
  target: ContractTarget,
  request: { method: string; path: string; headers?: Readonly<Record<string, string>>; body?: string | Uint8Array },
): Promise<Answer> {
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    body: (request.body ?? null) as BodyInit | null,
    redirect: 'manual',
  };
  const res =
    typeof target === 'function'
      ? await target(new Request(new URL(request.path, 'http://service.test'), init))
      : await fetch(String(target).replace(/\/$/, '') + request.path, init);
  return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
}

/** Sends `text` byte for byte (latin1) on a new connection and reads the answer until the server closes. */
export function sendRaw(target: string | URL, text: string): Promise<Answer> {
  const url = new URL(String(target));
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port || 80), url.hostname, () => socket.write(Buffer.from(text, 'latin1')));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const response = Buffer.concat(chunks).toString('utf8');
      const split = response.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = response.slice(0, split).split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: response.slice(split + 4) });
    });
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(text.slice(0, 40))}`)));
  });
}
