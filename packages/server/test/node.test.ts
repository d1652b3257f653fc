import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleClientErrors } from '../src/node.js';

function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
    socket.on('close', () => { resolve(data); });
    socket.on('error', reject);
  });
}

describe('clientErrorHandler (below the framework)', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = handleClientErrors(createServer((_req, res) => res.end('ok')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => { resolve(); })));

  const envelope = '{"error":{"message":"The HTTP request is malformed.","code":"MALFORMED_REQUEST"}}';

  it.each([
    ['a malformed request line', 'GARBAGE\r\n\r\n'],
    ['a malformed Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
    ['oversized headers (Node would send a bare 431)', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
  ])('answers %s with a 400 envelope', async (_name, request) => {
    const response = await raw(port, request);
    const [head = '', body] = response.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(head).toContain('Content-Type: application/json; charset=utf-8');
    expect(body).toBe(envelope);
  });

  it('keeps serving well-formed requests', async () => {
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
  });
});
