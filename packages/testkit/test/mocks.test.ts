// Mocks for client teams: every code of a service catalog, through MSW, into the real client.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_CODES, parseEnvelope } from '@monitorqa/errors';
import { createClient, matchError } from '@monitorqa/errors-client';
import { mockError, sampleOf } from '../src/index.js';
import { errorOn, errorScenarios } from '../src/msw.js';
import { catalog } from './fixtures/v1.js';

describe('mockError', () => {
  it.each(catalog.codes)('answers %s as a service would: its status, the envelope, a request id', async (code) => {
    const res = mockError(code, { catalog });
    const body: unknown = await res.json();
    expect(res.status).toBe(catalog.statusOf(code));
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-request-id')).toMatch(
      /^mock-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(parseEnvelope(body)).toMatchObject({ ok: true, envelope: { error: { code } } });
  });
  it('fills required details from the schema, and keeps a 5xx message generic', async () => {
    expect(await mockError('MONITOR_LIMIT_REACHED', { catalog }).json()).toEqual({
      error: {
        message: 'The monitor limit is reached.',
        code: 'MONITOR_LIMIT_REACHED',
        details: { limit: 1, plan: 'example' },
      },
    });
    expect(await mockError('INTERNAL_SERVER_ERROR', { message: 'db password in here' }).json()).toEqual({
      error: { message: BASE_CODES.INTERNAL_SERVER_ERROR.message, code: 'INTERNAL_SERVER_ERROR' },
    });
  });
  it('sends Retry-After when given, and refuses a code the catalog does not have', () => {
    expect(mockError('MAINTENANCE', { retryAfter: 30 }).headers.get('retry-after')).toBe('30');
    expect(() => mockError('NOPE', { catalog })).toThrow(
      'mockError: "NOPE" is not a code of monitors.monitorqa.dev (27 codes).',
    );
  });
  it('builds samples of any schema shape', () => {
    expect(sampleOf({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } })).toEqual({
      field: ['example'],
    });
    expect(sampleOf({ enum: ['a', 'b'] })).toBe('a');
  });
});

describe('MSW handlers', () => {
  const server = setupServer(
    errorScenarios({ catalog }),
    errorOn('get', 'http://api.test/monitors/42', 'RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '42' } }),
  );
  // The client keeps the fetch it was created with: create it once MSW has patched fetch.
  let client: ReturnType<typeof createClient>;
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    client = createClient({ baseUrl: 'http://api.test', retry: false });
  });
  afterAll(() => {
    server.close();
  });

  it('answers one route with one error, read by the real client', async () => {
    const error = await client.get('/monitors/42').catch((e: unknown) => e);
    expect(matchError(error, { RESOURCE_NOT_FOUND: (e) => `missing ${e.details?.id ?? '?'}`, _: () => 'other' })).toBe(
      'missing 42',
    );
  });
  it('answers any route with the code a test asks for, so every branch of a matchError runs', async () => {
    const seen: string[] = [];
    for (const code of catalog.codes) {
      const error = await client.get('/anything', { headers: { 'x-mock-error': code } }).catch((e: unknown) => e);
      seen.push(matchError(error, { _: (e) => (e as { code?: string }).code ?? 'not an ApiError' }));
    }
    expect(seen).toEqual(catalog.codes);
  });
});
