import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiError, isTransportError } from '../src/index.js';
import { api } from './fixtures/api.js';

const mocks = setupServer(
  http.get('https://api.monitorqa.test/monitors/1', () => HttpResponse.json({ id: '1', name: 'api' })),
  http.get('https://api.monitorqa.test/monitors/9', () =>
    HttpResponse.json({ error: { message: 'No monitor 9.', code: 'RESOURCE_NOT_FOUND' } }, { status: 404 }),
  ),
);
beforeAll(() => {
  mocks.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  mocks.close();
});

describe('MSW and a client made at import time', () => {
  it('meets the fetch MSW installed after the client was made', async () => {
    expect(await api.get('/monitors/1')).toEqual({ id: '1', name: 'api' });
    const err = await api.get('/monitors/9').catch((e: unknown) => e);
    expect(isApiError(err, 'RESOURCE_NOT_FOUND') && [err.status, err.message]).toEqual([404, 'No monitor 9.']);
  });

  it("an unhandled request is a network error whose message says MSW's why", async () => {
    const err = await api.get('/nothing-here').catch((e: unknown) => e);
    expect(isTransportError(err, 'network')).toBe(true);
    expect((err as Error).message).toBe(
      'network: [MSW] Cannot bypass a request when using the "error" strategy for the "onUnhandledRequest" option.',
    );
  });
});
