// `sendError(reply, error)` is the throw-free way to answer an error on Fastify: one request,
// one answer, so it must answer byte for byte what a throw answers, over real HTTP.
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import createError from 'http-errors';
import { apiError } from '@monitorqa/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorqaErrors, sendError } from '../src/adapters/fastify.js';
import { unavailable } from '../src/index.js';

const SECRET = 'password=hunter2';
const values: Record<string, { make: () => unknown; status: number; code: string }> = {
  'an ApiError with details': {
    make: () => apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '42' } }),
    status: 404,
    code: 'RESOURCE_NOT_FOUND',
  },
  'a crash with a secret in its message': { make: () => new Error(SECRET), status: 500, code: 'INTERNAL_SERVER_ERROR' },
  'maintenance with Retry-After': {
    make: () => unavailable({ reason: 'MAINTENANCE', retryAfter: 5 }),
    status: 503,
    code: 'MAINTENANCE',
  },
  'an http-errors 409': { make: () => createError(409, 'Already there.'), status: 409, code: 'CONFLICT' },
  'a forged brand': {
    make: () => ({ [Symbol.for('@monitorqa/errors/ApiError')]: true }),
    status: 500,
    code: 'INTERNAL_SERVER_ERROR',
  },
};

// What a handler awaits before it knows the answer (a database lookup, say).
const lookup = (name: string): Promise<unknown> => Promise.resolve(values[name]!.make());

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | null>;
  readonly body: string;
}

async function get(app: FastifyInstance, url: string): Promise<Answer> {
  const res = await fetch(`${app.listeningOrigin}${url}`, { headers: { 'x-request-id': 'req-1' } });
  const headers = Object.fromEntries(
    ['content-type', 'content-length', 'retry-after', 'x-request-id', 'connection'].map((name) => [
      name,
      res.headers.get(name),
    ]),
  );
  return { status: res.status, headers, body: await res.text() };
}

describe('sendError(reply, error): the answer a throw gets', () => {
  const logged: string[] = [];
  const answered: string[] = [];
  let app: FastifyInstance;

  beforeAll(async () => {
    app = Fastify();
    await app.register(monitorqaErrors, {
      onServerError: (_err, info) => logged.push(info.code),
      onErrorResponse: (_err, info) => answered.push(info.code),
    });
    app.get<{ Params: { name: string } }>('/throw/:name', async (req) => {
      throw await lookup(req.params.name);
    });
    app.get<{ Params: { name: string } }>('/send/:name', async (req, reply) =>
      sendError(reply, await lookup(req.params.name)),
    );
    // A synchronous handler returning the reply, as Fastify allows.
    app.get<{ Params: { name: string } }>('/send-sync/:name', (req, reply) =>
      sendError(reply, values[req.params.name]!.make()),
    );
    // An encapsulated plugin: it still finds the options the root registration was given.
    await app.register((child, _options, done) => {
      child.get('/child', (_req, reply: FastifyReply) => sendError(reply, new Error(SECRET)));
      done();
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  for (const [name, { status, code }] of Object.entries(values)) {
    it(`${name}: ${status} ${code}, the same status, headers and body as thrown`, async () => {
      const id = encodeURIComponent(name);
      const thrown = await get(app, `/throw/${id}`);
      expect(thrown.status).toBe(status);
      expect(JSON.parse(thrown.body)).toMatchObject({ error: { code } });
      expect(thrown.body).not.toContain('hunter2');
      expect(await get(app, `/send/${id}`)).toEqual(thrown);
      expect(await get(app, `/send-sync/${id}`)).toEqual(thrown);
    });
  }

  it('calls onServerError for a 5xx and onErrorResponse for every answer, as a throw does', async () => {
    logged.length = 0;
    answered.length = 0;
    await get(app, `/throw/${encodeURIComponent('a crash with a secret in its message')}`);
    await get(app, `/send/${encodeURIComponent('a crash with a secret in its message')}`);
    await get(app, `/send/${encodeURIComponent('an ApiError with details')}`);
    expect(logged).toEqual(['INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR']);
    expect(answered).toEqual(['INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR', 'RESOURCE_NOT_FOUND']);
  });

  it('uses the root registration’s hooks inside an encapsulated plugin', async () => {
    logged.length = 0;
    const res = await get(app, '/child');
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toEqual({
      error: { message: 'An unexpected error occurred.', code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual(['INTERNAL_SERVER_ERROR']);
  });
});

describe('sendError without the plugin', () => {
  it('still answers with the envelope and a request id', async () => {
    const app = Fastify();
    app.get('/', (_req, reply) =>
      sendError(reply, apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '7' } })),
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`${app.listeningOrigin}/`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/);
      expect(await res.json()).toEqual({
        error: {
          message: 'The resource does not exist.',
          code: 'RESOURCE_NOT_FOUND',
          details: { resource: 'monitor', id: '7' },
        },
      });
    } finally {
      await app.close();
    }
  });
});
