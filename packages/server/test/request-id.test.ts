// X-Request-Id on every answer, successes included, with Express's `requestId()`; one id per answer
// whoever sets it: a service's own id middleware keeps its id, and error answers echo it.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import express4 from 'express4';
import { afterEach, describe, expect, it } from 'vitest';
import { apiError } from '@monitorqa/errors';
import { errorHandler, notFoundHandler, requestId } from '../src/adapters/express.js';
import { UUID, idsOf } from './request-ids.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe.each([
  ['Express 5', express],
  ['Express 4', express4],
] as const)('%s: requestId()', (_name, create) => {
  async function listen(own?: express.RequestHandler): Promise<string> {
    const app = create();
    if (own !== undefined) app.use(own);
    app.use(requestId());
    app.get('/ok', (_req, res) => {
      res.json({ ok: true });
    });
    app.get('/missing', () => {
      throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '7' } });
    });
    app.use(notFoundHandler(), errorHandler());
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => {
        resolve(s);
      });
    });
    return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  }

  it('echoes the id sent on a success, an error and an unknown route, once each', async () => {
    const url = await listen();
    const sent = { 'x-request-id': 'req-42' };
    expect([
      await idsOf(`${url}/ok`, sent),
      await idsOf(`${url}/missing`, sent),
      await idsOf(`${url}/nowhere`, sent),
    ]).toEqual([
      [200, ['req-42']],
      [404, ['req-42']],
      [404, ['req-42']],
    ]);
  });

  it('makes a new UUID for a request without a sane id, and an error answer carries the same one', async () => {
    const url = await listen();
    const [status, [id]] = await idsOf(`${url}/ok`, { 'x-request-id': 'not a token' });
    expect([status, id]).toEqual([200, expect.stringMatching(UUID)]);
    // The error handler echoes the id requestId() gave the answer, not a second new one.
    const error = await idsOf(`${url}/missing`);
    expect(error).toEqual([404, [expect.stringMatching(UUID)]]);
  });

  it("keeps the id a service's own middleware set before it, on successes and errors: never two", async () => {
    const url = await listen((_req, res, next) => {
      res.setHeader('X-Request-Id', 'svc-7');
      next();
    });
    expect([await idsOf(`${url}/ok`), await idsOf(`${url}/missing`, { 'x-request-id': 'req-42' })]).toEqual([
      [200, ['svc-7']],
      [404, ['svc-7']],
    ]);
  });
});

describe('without requestId()', () => {
  it("an error answer echoes the id the service's own middleware set, not a second one", async () => {
    const app = express();
    app.use((_req, res, next) => {
      res.setHeader('X-Request-Id', 'svc-7');
      next();
    });
    app.use(notFoundHandler(), errorHandler());
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => {
        resolve(s);
      });
    });
    const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    expect(await idsOf(`${url}/nowhere`, { 'x-request-id': 'req-42' })).toEqual([404, ['svc-7']]);
  });
});
