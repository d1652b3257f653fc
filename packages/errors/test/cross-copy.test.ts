import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as source from '../src/index.js';

// Two real copies of the built package, as a project that loads both the CJS and the ESM build has.
const require = createRequire(import.meta.url);
const cjs = require('../dist/index.cjs') as typeof source;
const esm = (await import('../dist/index.js')) as unknown as typeof source;

describe('isApiError and instanceof across copies of the package', () => {
  it('loads distinct classes', () => {
    expect(cjs.ApiError).not.toBe(esm.ApiError);
    expect(esm.ApiError).not.toBe(source.ApiError);
  });

  it.each([
    ['CJS', 'ESM', cjs, esm],
    ['ESM', 'CJS', esm, cjs],
    ['ESM', 'source', esm, source],
  ] as const)('an error from the %s copy is recognised by the %s copy', (_from, _to, from, to) => {
    const err = from.apiError('NOT_FOUND');
    expect(err instanceof to.ApiError).toBe(true);
    expect(to.isApiError(err)).toBe(true);
    expect(to.isApiError(err, 'NOT_FOUND')).toBe(true);
    expect(to.isApiError(err, 'CONFLICT')).toBe(false);
  });

  it('keeps the ordinary instanceof for a subclass', () => {
    class MonitorError extends source.ApiError {}
    expect(new MonitorError('X', { status: 409 }) instanceof MonitorError).toBe(true);
    expect(source.apiError('CONFLICT') instanceof MonitorError).toBe(false);
    expect(new MonitorError('X', { status: 409 }) instanceof esm.ApiError).toBe(true);
  });

  it('does not take a forged brand for an ApiError', () => {
    const brand = Symbol.for('@monitorqa/errors/ApiError');
    const forged = [
      { [brand]: true },
      { [brand]: true, status: 999, code: 'X', message: 'x' },
      { [brand]: true, status: 404, code: 'not snake', message: 'x' },
      { [brand]: true, status: 404, code: 'NOT_FOUND', message: 1 },
      Object.assign(Object.create(source.ApiError.prototype) as object, {
        status: 999,
        code: 'NOT_FOUND',
        message: 'x',
      }),
      Object.create(source.ApiError.prototype) as object,
      new Proxy(
        { [brand]: true },
        {
          get: (t, k) =>
            k === brand
              ? true
              : (() => {
                  throw new Error('boom');
                })(),
        },
      ),
    ];
    for (const value of forged) {
      expect(source.isApiError(value)).toBe(false);
      expect(value instanceof source.ApiError).toBe(false);
    }
  });

  it('does not take a look-alike for an ApiError', () => {
    expect(source.isApiError({ name: 'ApiError', status: 404, code: 'NOT_FOUND', message: 'x' })).toBe(false);
    expect(source.isApiError(new Error('x'))).toBe(false);
    expect(source.isApiError(null)).toBe(false);
    expect(
      source.isApiError(
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('boom');
            },
          },
        ),
      ),
    ).toBe(false);
  });
});
