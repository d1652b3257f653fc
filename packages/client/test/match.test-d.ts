import { describe, expectTypeOf, it } from 'vitest';
import { defineErrorCatalog, details } from '@monitorqa/errors';
import { matchError, matcherFor } from '../src/index.js';

declare const err: unknown;

describe('matchError types', () => {
  it('types details per code', () => {
    matchError(err, {
      VALIDATION_FAILED: (e) => {
        expectTypeOf(e.details).toEqualTypeOf<Partial<Readonly<Record<string, readonly string[]>>> | undefined>();
        return 1;
      },
      RESOURCE_NOT_FOUND: (e) => {
        expectTypeOf(e.details).toEqualTypeOf<Partial<{ resource: string; id: string }> | undefined>();
        return 2;
      },
      _: () => 0,
    });
  });

  it("does not promise details a gateway's answer lacks", () => {
    matchError(err, {
      // @ts-expect-error -- details may be missing: a proxy's 404 has none
      ROUTE_NOT_FOUND: (e) => e.details.path,
      _: () => '',
    });
    matchError(err, { ROUTE_NOT_FOUND: (e) => e.details?.path ?? '', _: () => '' });
  });

  it('makes leaving out a code without _ a type error', () => {
    // @ts-expect-error -- every other code is missing and there is no _
    matchError(err, { NOT_FOUND: () => 1 });
  });

  it('returns the handlers’ common type', () => {
    expectTypeOf(matchError(err, { _: () => 'x' })).toEqualTypeOf<string>();
  });
});

describe('matcherFor a service catalog', () => {
  const catalog = defineErrorCatalog({
    MONITOR_LIMIT_REACHED: { status: 409, message: 'Limit.', details: details<{ limit: number }>() },
  });
  const match = matcherFor(catalog);

  it("types the service's codes and their details", () => {
    const out = match(err, {
      MONITOR_LIMIT_REACHED: (e) => {
        expectTypeOf(e.details).toEqualTypeOf<Partial<{ limit: number }> | undefined>();
        return e.details?.limit ?? 0;
      },
      _: () => 0,
    });
    expectTypeOf(out).toEqualTypeOf<number>();
  });

  it("counts the service's codes toward exhaustiveness", () => {
    // @ts-expect-error -- MONITOR_LIMIT_REACHED (and every base code) is missing and there is no _
    match(err, { NOT_FOUND: () => 1 });
  });
});
