import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_KEYS, demos, type Running } from '../src/harness.js';
import { logServerError } from '../src/log.js';

describe.each(Object.entries(demos))('%s: the demo API', (_name, start) => {
  let server: Running;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server.close());

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/'])(
    'answers a monitor URL %s with 422: only http and https',
    async (url) => {
      const res = await fetch(`${server.url}/monitors`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': API_KEYS.admin },
        body: JSON.stringify({ name: 'evil', kind: 'http', url, interval: 60 }),
      });
      expect([res.status, await res.json()]).toEqual([
        422,
        {
          error: {
            message: 'Validation failed.',
            code: 'VALIDATION_FAILED',
            details: { url: ['must be an http or https URL'] },
          },
        },
      ]);
    },
  );

  it('sends no X-Powered-By', async () => {
    const res = await fetch(`${server.url}/nowhere`);
    expect([res.status, res.headers.get('x-powered-by')]).toEqual([404, null]);
  });
});

describe('the demo log of 5xx answers', () => {
  it('logs a 500 as an error with its stack, and a 502 or 503 as one warning line', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const bug = new TypeError('x is undefined');
      logServerError(bug, {
        status: 500,
        code: 'INTERNAL_SERVER_ERROR',
        requestId: 'r1',
        method: 'GET',
        path: '/monitors',
      });
      logServerError(new Error('maintenance\nmore'), {
        status: 503,
        code: 'MAINTENANCE',
        requestId: 'r2',
        method: 'GET',
        path: '/monitors',
      });
      expect(error.mock.calls).toEqual([['[500 INTERNAL_SERVER_ERROR] request r1', bug]]);
      expect(warn.mock.calls).toEqual([['[503 MAINTENANCE] request r2: Error: maintenance']]);
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });
});
