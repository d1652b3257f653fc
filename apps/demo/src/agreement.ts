// Drives the demo API with the client adapter through every documented status and
// records, for each, what the server sent and what the client made of it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isApiError, parseEnvelope, type Status } from '@monitorqa/errors';
import { createClient, parseResponse, type Client } from '@monitorqa/errors-client';
import { API_KEYS, type Maintenance } from './api.js';
import type { StartDemo } from './harness.js';

/** One line of the agreement table. */
export interface Row {
  readonly adapter: string;
  readonly status: Status;
  readonly scenario: string;
  /** Status and code as they went over the wire. */
  readonly sent: string;
  /** What the client resolved with, or the code of what it threw. */
  readonly got: string;
  readonly attempts: number;
  readonly agrees: boolean;
}

interface Scenario {
  readonly status: Status;
  readonly name: string;
  /** The code the contract wants, or `undefined` for a success. */
  readonly code?: string;
  /** Requests that prepare the scenario; not judged. */
  readonly setup?: () => Promise<void>;
  /** The one request that is judged. */
  readonly run: () => Promise<unknown>;
  readonly teardown?: () => Promise<void>;
}

const SECRET = 's3cret';

async function deadUrl(): Promise<string> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/health`;
}

/** Runs every scenario against the demo on one adapter. */
export async function runAgreement(adapter: string, start: StartDemo): Promise<Row[]> {
  const maintenance: Maintenance = { on: false, retryAfter: 1 };
  const logged: unknown[] = [];
  const server = await start({ maintenance, onServerError: (error) => logged.push(error) });
  let wire = { status: 0, code: '', body: '' };
  let attempts = 0; // of the latest request: onAttempt counts up from 1 for each
  const recording: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    const body = await res.clone().text();
    const parsed = body.startsWith('{') ? parseEnvelope(JSON.parse(body)) : undefined;
    wire = { status: res.status, code: parsed?.ok ? parsed.envelope.error.code : '', body };
    return res;
  };
  const client = (apiKey?: string): Client =>
    createClient({
      baseUrl: server.url,
      apiKey,
      fetch: recording,
      retry: { baseDelay: 20, maxDelay: 1_000, onAttempt: (a) => (attempts = a.attempt) },
    });
  const admin = client(API_KEYS.admin);
  const reader = client(API_KEYS.read);
  const valid = { name: 'api', kind: 'http', url: 'https://api.monitorqa.example/health', interval: 60 };
  let id = '';
  let crashId = '';
  let downId = '';

  const scenarios: Scenario[] = [
    {
      status: 201,
      name: 'create a monitor',
      run: async () => {
        const res = await admin.request<{ id: string }>('POST', '/monitors', { body: valid });
        id = res.data.id;
        return `Location ${res.location ?? '(none)'}`;
      },
    },
    { status: 200, name: 'read it back', run: () => admin.get(`/monitors/${id}`) },
    { status: 200, name: 'replace it', run: () => admin.put(`/monitors/${id}`, { ...valid, interval: 120 }) },
    {
      status: 400,
      name: 'malformed JSON',
      code: 'MALFORMED_JSON',
      run: async () =>
        parseResponse(
          await recording(`${server.url}/monitors`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': API_KEYS.admin },
            body: '{"name": "api",',
          }),
        ),
    },
    { status: 401, name: 'no X-API-KEY', code: 'MISSING_API_KEY', run: () => client().get('/monitors') },
    { status: 401, name: 'unknown key', code: 'INVALID_API_KEY', run: () => client('not-a-key').get('/monitors') },
    {
      status: 403,
      name: 'read-only key writes',
      code: 'INSUFFICIENT_PERMISSIONS',
      run: () => reader.post('/monitors', { ...valid, name: 'other' }),
    },
    { status: 404, name: 'unknown monitor id', code: 'RESOURCE_NOT_FOUND', run: () => admin.get('/monitors/999') },
    { status: 404, name: 'unknown route', code: 'ROUTE_NOT_FOUND', run: () => admin.get('/monitorz') },
    {
      status: 409,
      name: 'duplicate monitor name',
      code: 'RESOURCE_ALREADY_EXISTS',
      run: () => admin.post('/monitors', valid),
    },
    {
      status: 422,
      name: 'check interval of 5 s',
      code: 'VALIDATION_FAILED',
      run: () => admin.post('/monitors', { ...valid, name: 'fast', interval: 5 }),
    },
    {
      status: 500,
      name: 'check handler crashes',
      code: 'INTERNAL_SERVER_ERROR',
      setup: async () => {
        crashId = (await admin.post<{ id: string }>('/monitors', { ...valid, name: 'db', kind: 'tcp' })).id;
      },
      run: () => admin.post(`/monitors/${crashId}/check`),
    },
    {
      status: 502,
      name: 'check target is down',
      code: 'UPSTREAM_FAILED',
      setup: async () => {
        downId = (await admin.post<{ id: string }>('/monitors', { ...valid, name: 'down', url: await deadUrl() })).id;
      },
      // An Idempotency-Key lets the client retry a POST, as the contract says for 502.
      run: () => admin.post(`/monitors/${downId}/check`, undefined, { idempotencyKey: `check-${downId}` }),
    },
    {
      status: 503,
      name: 'maintenance mode',
      code: 'MAINTENANCE',
      setup: async () => {
        await admin.put('/admin/maintenance', { on: true });
      },
      run: () => reader.get('/monitors'),
      teardown: async () => {
        await admin.put('/admin/maintenance', { on: false });
      },
    },
    { status: 204, name: 'delete the monitor', run: () => admin.delete(`/monitors/${id}`) },
  ];

  const rows: Row[] = [];
  try {
    for (const scenario of scenarios) {
      await scenario.setup?.();
      attempts = 0;
      let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
      try {
        outcome = { ok: true, value: await scenario.run() };
      } catch (error) {
        outcome = { ok: false, error };
      }
      const judged = { wire, attempts };
      await scenario.teardown?.();
      const got = outcome.ok
        ? describe(outcome.value)
        : isApiError(outcome.error)
          ? outcome.error.code
          : String(outcome.error);
      const contractError = !outcome.ok && isApiError(outcome.error) && outcome.error.response?.fromContract === true;
      const agrees =
        judged.wire.status === scenario.status &&
        !judged.wire.body.includes(SECRET) &&
        (scenario.code === undefined
          ? outcome.ok
          : contractError && got === scenario.code && judged.wire.code === scenario.code);
      const sent = judged.wire.code === '' ? `${judged.wire.status}` : `${judged.wire.status} ${judged.wire.code}`;
      rows.push({
        adapter,
        status: scenario.status,
        scenario: scenario.name,
        sent,
        got,
        attempts: judged.attempts,
        agrees,
      });
    }
  } finally {
    await server.close();
  }
  // A 500 must have reached the log with what really happened.
  if (!logged.some((e) => String(e).includes(SECRET)))
    rows.push({
      adapter,
      status: 500,
      scenario: 'crash was logged',
      sent: '-',
      got: 'not logged',
      attempts: 0,
      agrees: false,
    });
  return rows;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'no body';
  const { id, interval } = value as { id?: string; interval?: number };
  return id === undefined ? 'body' : `monitor ${id}, interval ${String(interval)}`;
}
