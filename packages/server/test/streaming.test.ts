// An error while an answer is being streamed: before its first byte the envelope goes out; after
// it, the connection is aborted the same way on every adapter (never a second status line, never a
// cut body passed off as complete, never a hang).
import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler, notFoundHandler } from '../src/adapters/express.js';
import { monitorqaErrors } from '../src/adapters/fastify.js';
import { streamError, useErrors } from '../src/adapters/hono.js';
import { errorMiddleware } from '../src/adapters/koa.js';

const SECRET = 'stream-secret';
const fail = (): never => {
  throw new Error(SECRET);
};
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

type Writer = { writeHead(status: number, headers: Record<string, string>): unknown; write(chunk: string): unknown };
/** The route both cases share: `late` starts a chunked answer and writes a first chunk, then fails. */
async function answer(res: Writer, late: boolean): Promise<void> {
  if (late) {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('part-1;');
    await tick();
  }
  fail();
}

const servers: Record<string, () => Promise<Server>> = {
  Express: async () => {
    const app = express();
    app.get('/stream/:when', async (req, res) => {
      await answer(res, req.params.when === 'late');
    });
    app.use(notFoundHandler(), errorHandler());
    return new Promise((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => {
        resolve(server);
      });
    });
  },
  Fastify: async () => {
    const app = Fastify();
    await app.register(monitorqaErrors);
    app.get<{ Params: { when: string } }>('/stream/:when', async (req, reply) => {
      await answer(reply.raw, req.params.when === 'late');
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    return app.server;
  },
  Koa: async () => {
    const app = new Koa();
    app.silent = true;
    app.use(errorMiddleware());
    app.use(async (ctx) => {
      await answer(ctx.res, ctx.path === '/stream/late');
    });
    return new Promise((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => {
        resolve(server);
      });
    });
  },
  Hono: async () => {
    const app = useErrors(new Hono());
    app.get('/stream/:when', (c) => {
      if (c.req.param('when') !== 'late') fail();
      return stream(
        c,
        async (s) => {
          await s.write('part-1;');
          await tick();
          fail();
        },
        streamError(c),
      );
    });
    return new Promise((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
        resolve(server as Server);
      });
    });
  },
};

/** All a connection received for one request, until the server closed it (or two seconds passed). */
function fetchRaw(server: Server, path: string): Promise<{ text: string; closedBy: 'server' | 'timeout' }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve) => {
    let text = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`));
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closedBy: 'timeout' });
    }, 2_000);
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closedBy: 'server' });
    });
  });
}

describe.each(Object.entries(servers))('an error while streaming, on %s', (_name, start) => {
  let server: Server;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('before the first byte: the contract’s 500 envelope, nothing of the error', async () => {
    const res = await fetch(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/stream/early`);
    const text = await res.text();
    expect([res.status, res.headers.get('content-type')]).toEqual([500, 'application/json; charset=utf-8']);
    expect(JSON.parse(text)).toEqual({
      error: { message: 'An unexpected error occurred.', code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('after the first byte: the connection is aborted, the body never passes as complete, no second status line', async () => {
    const { text, closedBy } = await fetchRaw(server, '/stream/late');
    expect(closedBy).toBe('server');
    expect(text.startsWith('HTTP/1.1 200')).toBe(true);
    expect(text).toContain('part-1;');
    expect(text.match(/HTTP\/1\.1 \d{3}/g)).toHaveLength(1);
    // A chunked body ends with a zero-size chunk: its absence is how a client knows it was cut.
    expect(text.endsWith('0\r\n\r\n')).toBe(false);
    expect(text).not.toContain(SECRET);
  });
});
