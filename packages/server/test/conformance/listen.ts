import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { handleClientErrors } from '../../src/node.js';
import type { Started } from './suite.js';

/** A started node:http server on 127.0.0.1, as the suite wants it, with `handleClientErrors` installed. */
export function started(server: Server): Started {
  // As a Node service is set up: what Node answers before any framework gets the envelope too.
  handleClientErrors(server);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}

/** Lowercase header lookup over Node's incoming headers. */
export function headerGetter(headers: Readonly<Record<string, string | string[] | undefined>>): { get(name: string): string | undefined } {
  return { get: (name) => [headers[name.toLowerCase()]].flat()[0] };
}

/** What came back for a request sent byte for byte: status, lowercase headers, body. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Sends `text` (latin1, so every char is one byte) on a new connection and reads the answer until the server closes. */
export function sendRaw(url: string, text: string): Promise<RawAnswer> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(Buffer.from(text, 'latin1')));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const response = Buffer.concat(chunks).toString('utf8');
      const split = response.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = response.slice(0, split).split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: response.slice(split + 4) });
    });
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(text.slice(0, 40))}`)));
  });
}
