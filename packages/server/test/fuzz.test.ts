// Arbitrary thrown values through every adapter, over real HTTP: always a documented status,
// an envelope the core parser accepts, and nothing of the thrown value's secrets on the wire.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, STATUS_LIST, apiError, parseEnvelope } from '@monitorqa/errors';
import { ok, type ApiResponse } from '../src/index.js';
import type { Route } from './conformance/routes.js';
import { starts } from './conformance/adapters.js';
import type { Started } from './conformance/suite.js';

const SECRET = 'zz-secret-7f3a';
const BRAND = Symbol.for('@monitorqa/errors/ApiError');
let current: unknown;
// Throws the value under test; `ok` keeps the route's type honest.
const routes: Route[] = [
  {
    method: 'GET',
    path: '/throw',
    handler: (): ApiResponse => {
      if (current !== 'never') throw current;
      return ok(null);
    },
  },
];

const withSecret = fc.oneof(
  fc.constant(SECRET),
  fc.string().map((s) => `${s}${SECRET}`),
);
const hostile = fc.oneof(
  fc.anything(),
  withSecret,
  withSecret.map((m) => new Error(m)),
  withSecret.map((m) => Object.assign(new TypeError(m), { cause: new Error(m), stack: m })),
  fc.string({ minLength: 100_000, maxLength: 200_000 }).map((s) => s + SECRET),
  fc
    .oneof(
      fc.constant(600),
      fc.constant(-1),
      fc.constant('404'),
      fc.constant(404.5),
      fc.constant(Number.NaN),
      fc.integer({ min: -1000, max: 1000 }),
    )
    .chain((status) => withSecret.map((message) => ({ status, statusCode: status, message }))),
  withSecret.map((m) => {
    const cyclic: Record<string, unknown> = { message: m };
    cyclic.self = cyclic;
    cyclic.status = 400;
    return cyclic;
  }),
  withSecret.map((m) =>
    Object.defineProperties(new Error(m), {
      status: {
        get: () => {
          throw new Error(m);
        },
      },
      message: {
        get: () => {
          throw new Error(m);
        },
      },
    }),
  ),
  withSecret.map(
    (m) =>
      new Proxy(
        {},
        {
          get: () => {
            throw new Error(m);
          },
          getPrototypeOf: () => {
            throw new Error(m);
          },
        },
      ),
  ),
  // Values that carry the ApiError brand, or its prototype, without being one.
  fc
    .record({
      status: fc.oneof(fc.constantFrom(400, 404, 500, 503, 999, 200), fc.anything()),
      code: fc.oneof(fc.constantFrom('NOT_FOUND', 'x'), fc.anything()),
      message: withSecret,
    })
    .map((fields) => ({ [BRAND]: true, ...fields })),
  withSecret.map((m) =>
    Object.assign(Object.create(ApiError.prototype) as object, { status: 999, code: 'NOT_FOUND', message: m }),
  ),
  withSecret.map(
    (m) =>
      new Proxy(
        {},
        {
          get: (_t, key) =>
            key === BRAND
              ? true
              : (() => {
                  throw new Error(m);
                })(),
          getPrototypeOf: () => ApiError.prototype,
        },
      ),
  ),
  withSecret
    .map(
      (m) =>
        new Proxy(apiError('INTERNAL_SERVER_ERROR', { message: m }), {
          get: (t, key) => (key === 'publicMessage' ? m : (Reflect.get(t, key) as unknown)),
          has: () => true,
        }),
    )
    .map((p) => Object.defineProperty(p, 'toJSON', { value: () => ({ leaked: true }) })),
  withSecret.map((m) =>
    Object.defineProperty(apiError('NOT_FOUND', { message: m }), 'publicMessage', {
      get: () => {
        throw new Error(m);
      },
    }),
  ),
  withSecret.map((m) =>
    Object.defineProperty(apiError('CONFLICT'), 'details', {
      get: () => ({
        toJSON: () => {
          throw new Error(m);
        },
      }),
    }),
  ),
  // An upstream's error read by a client: its message must not travel on.
  withSecret.map(
    (m) => new ApiError('INVALID_API_KEY', { status: 401, message: m, response: { status: 401, fromContract: true } }),
  ),
);

for (const [name, start] of Object.entries(starts)) {
  describe(`${name}: arbitrary thrown values`, () => {
    let server: Started;
    beforeAll(async () => {
      server = await start(routes, () => undefined);
    });
    afterAll(() => server.close());

    it('always answer a documented status with a valid envelope and no secret', async () => {
      await fc.assert(
        fc.asyncProperty(hostile, async (value) => {
          current = value;
          const res = await fetch(`${server.url}/throw`);
          const text = await res.text();
          expect(STATUS_LIST).toContain(res.status);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(parseEnvelope(JSON.parse(text)).ok).toBe(true);
          expect(text).not.toContain(SECRET);
        }),
        { numRuns: 150 },
      );
    });
  });
}
