import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createClient, isApiError, matchError } from '../src/index.js';
import { json, startServer, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  // An older server: its 409 carries no details.
  server.route('/monitors', json(409, { error: { message: 'Taken.', code: 'RESOURCE_ALREADY_EXISTS' } }));
});
afterAll(() => server.close());

describe('one rule for received errors: details may be missing', () => {
  it('isApiError and matchError both type details as possibly missing, and neither crashes without them', async () => {
    const err = await createClient({ baseUrl: server.url })
      .post('/monitors', { name: 'api' })
      .catch((e: unknown) => e);
    expect(isApiError(err, 'RESOURCE_ALREADY_EXISTS')).toBe(true);
    if (!isApiError(err, 'RESOURCE_ALREADY_EXISTS')) return;
    expectTypeOf(err.details).toEqualTypeOf<
      Partial<{ resource: string; field?: string | undefined; value?: string | undefined }> | undefined
    >();
    // @ts-expect-error -- an older server or a gateway sends no details
    expect(() => err.details.resource).toThrow(TypeError);
    const viaMatch = matchError(err, { RESOURCE_ALREADY_EXISTS: (e) => e.details?.resource ?? 'name', _: () => '' });
    expect([err.details?.resource ?? 'name', viaMatch]).toEqual(['name', 'name']);
  });
});
