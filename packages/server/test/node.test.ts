import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleClientErrors } from '../src/adapters/node.js';

function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
    socket.on('close', () => {
      resolve(data);
    });
    socket.on('error', reject);
  });
}

const connections = (server: Server): Promise<number> =>
  new Promise((resolve, reject) =>
    server.getConnections((err, count) => {
      if (err) reject(err);
      else resolve(count);
    }),
  );

describe('clientErrorHandler (below the framework)', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = handleClientErrors(
      createServer((req, res) => {
        if (req.url !== '/slow') {
          res.end('ok');
          return;
        }
        // A chunked answer still being written when the next, malformed, request arrives.
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('part-1;');
        setTimeout(() => {
          res.write('part-2;');
          setTimeout(() => res.end('end'), 50);
        }, 50);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  );

  const envelope = '{"error":{"message":"The HTTP request is malformed.","code":"MALFORMED_REQUEST"}}';

  it.each([
    ['a malformed request line', 'GARBAGE\r\n\r\n'],
    ['a malformed Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
    [
      'oversized headers (Node would send a bare 431)',
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ],
  ])('answers %s with a 400 envelope and a request id', async (_name, request) => {
    const response = await raw(port, request);
    const [head = '', body] = response.split('\r\n\r\n');
    const [statusLine, ...lines] = head.split('\r\n');
    const headers = Object.fromEntries(
      lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
    );
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
    expect([headers['content-length'], headers.connection]).toEqual([String(Buffer.byteLength(envelope)), 'close']);
    expect(body).toBe(envelope);
  });

  it('finishes a response in flight on a pipelined connection, then answers the malformed request after it', async () => {
    const response = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk: Buffer) => {
        // The answer has started: now the malformed request, on the same connection.
        if (data === '') socket.write('GARBAGE\r\n\r\n');
        data += chunk.toString();
      });
      socket.on('close', () => {
        resolve(data);
      });
      socket.on('error', reject);
    });
    expect(response.startsWith('HTTP/1.1 200 OK')).toBe(true);
    // The whole chunked answer first (its last chunk, then the terminating chunk), then the 400.
    const [first = '', second = ''] = response.split('0\r\n\r\n');
    expect(first).toContain('part-1;');
    expect(first).toContain('part-2;');
    expect(first).toContain('end');
    expect(first).not.toContain('HTTP/1.1 400');
    expect(second.startsWith('HTTP/1.1 400 Bad Request')).toBe(true);
    expect(second.endsWith(envelope)).toBe(true);
  });

  it('frees the socket once it has answered, even when the client keeps its side open', async () => {
    const sockets = Array.from({ length: 5 }, () => {
      const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
      const ended = new Promise<string>((resolve) =>
        socket.on('end', () => {
          resolve(data);
        }),
      );
      socket.write('GARBAGE\r\n\r\n');
      return { socket, ended };
    });
    const answers = await Promise.all(sockets.map((s) => s.ended));
    for (const answer of answers) expect(answer.endsWith(envelope)).toBe(true);
    const deadline = Date.now() + 1000;
    while ((await connections(server)) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await connections(server)).toBe(0);
    for (const { socket } of sockets) socket.destroy();
  });

  it('keeps serving well-formed requests', async () => {
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
  });
});
