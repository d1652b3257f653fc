// Two services, as a fleet runs them: A calls B with the client; B's error escapes A's handler.
// Both ends of the chain can be found: B's request id in the 502's details, A's own in its header.
import type { Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { apiError } from '@monitorqa/errors';
import { createClient } from '@monitorqa/errors-client';
import { errorHandler } from '@monitorqa/errors-server/express';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const servers: Server[] = [];
let a = '';
let b = '';

async function listen(app: express.Express): Promise<string> {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const billing = express();
  billing.get('/accounts/:id', () => {
    throw apiError('INSUFFICIENT_PERMISSIONS', {
      message: 'Key k-123 may not read accounts.',
      details: { required: 'accounts:read' },
    });
  });
  billing.use(errorHandler());
  b = await listen(billing);

  const monitors = express();
  const billingApi = createClient({ baseUrl: b });
  monitors.get('/monitors/:id/owner', async (req, res) => {
    // The id A answers with continues on the call to B.
    res.json(await billingApi.get(`/accounts/${req.params.id}`, { requestId: req.get('x-request-id') }));
  });
  monitors.use(errorHandler());
  a = await listen(monitors);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

describe('502 Bad Gateway across two services', () => {
  it("carries B's request id in details, A's in the header, and nothing of B's message", async () => {
    const res = await fetch(`${a}/monitors/7/owner`, { headers: { 'x-request-id': 'trace-77' } });
    const text = await res.text();
    expect([res.status, res.headers.get('x-request-id'), JSON.parse(text)]).toEqual([
      502,
      'trace-77',
      {
        error: {
          message: 'An upstream service failed. Retry the request.',
          code: 'UPSTREAM_FAILED',
          details: { status: 403, code: 'INSUFFICIENT_PERMISSIONS', requestId: 'trace-77' },
        },
      },
    ]);
    expect(text).not.toContain('k-123');
  });

  it('a client of A reads the id A answered with', async () => {
    const err = await createClient({ baseUrl: a, retry: false })
      .get('/monitors/7/owner')
      .catch((e: unknown) => e);
    const sent = (err as { response?: { requestId?: string } }).response?.requestId;
    expect(sent).toMatch(/^[a-z0-9]{6,}$/);
  });
});
