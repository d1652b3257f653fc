import { describe, expectTypeOf, it } from 'vitest';
import { matchError } from '../src/index.js';

declare const err: unknown;

describe('matchError types', () => {
  it('types details per code', () => {
    matchError(err, {
      VALIDATION_FAILED: (e) => {
        expectTypeOf(e.details).toEqualTypeOf<Readonly<Record<string, string>>>();
        return 1;
      },
      RESOURCE_NOT_FOUND: (e) => {
        expectTypeOf(e.details).toEqualTypeOf<{ resource: string; id: string }>();
        return 2;
      },
      _: () => 0,
    });
  });

  it('makes leaving out a code without _ a type error', () => {
    // @ts-expect-error -- every other code is missing and there is no _
    matchError(err, { NOT_FOUND: () => 1 });
  });

  it('returns the handlers’ common type', () => {
    expectTypeOf(matchError(err, { _: () => 'x' })).toEqualTypeOf<string>();
  });
});
