import { describe, expectTypeOf, it } from 'vitest';
import { STATUSES, apiError, defineErrorCatalog, details, generalCode, isApiError, type AnyApiError, type ErrorCode, type ErrorStatus, type GeneralCode } from '../src/index.js';

describe('types', () => {
  it('narrows details by code', () => {
    const err: unknown = apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '1' } });
    if (isApiError(err, 'RESOURCE_NOT_FOUND')) {
      expectTypeOf(err.code).toEqualTypeOf<'RESOURCE_NOT_FOUND'>();
      expectTypeOf(err.details).toEqualTypeOf<{ resource: string; id: string }>();
    }
    if (isApiError(err, 'VALIDATION_FAILED')) expectTypeOf(err.details).toEqualTypeOf<Readonly<Record<string, string>>>();
  });

  it('rejects unknown codes and wrong details', () => {
    // @ts-expect-error -- not a code of the catalog
    apiError('NOT_FOUNDD');
    // @ts-expect-error -- details have the wrong shape
    apiError('MISSING_REQUIRED_FIELD', { details: { name: 1 } });
    // @ts-expect-error -- not a code of the catalog
    isApiError(new Error(), 'ECONNREFUSED');
  });

  it('makes a switch over codes exhaustive and narrowing', () => {
    const handle = (err: AnyApiError): string => {
      switch (err.code) {
        case 'MISSING_REQUIRED_FIELD':
          return err.details.field;
        default:
          return err.code;
      }
    };
    expectTypeOf(handle).returns.toBeString();
    const exhaustive = (code: ErrorCode): ErrorStatus => {
      const e = apiError(code);
      return e.status;
    };
    expectTypeOf(exhaustive).returns.toEqualTypeOf<ErrorStatus>();
  });

  it('types an extended catalog like the base one', () => {
    const catalog = defineErrorCatalog({ LIMIT: { status: 409, message: 'Limit.', details: details<{ limit: number }>() } });
    const err: unknown = catalog.create('LIMIT', { details: { limit: 1 } });
    if (catalog.is(err, 'LIMIT')) expectTypeOf(err.details).toEqualTypeOf<{ limit: number }>();
    // @ts-expect-error -- 418 is not a documented error status
    defineErrorCatalog({ TEAPOT: { status: 418, message: 'x' } });
  });

  it('derives each status policy and general code as literal types', () => {
    expectTypeOf(generalCode(404)).toEqualTypeOf<'NOT_FOUND'>();
    expectTypeOf(generalCode(422)).toEqualTypeOf<'UNPROCESSABLE_ENTITY'>();
    expectTypeOf<GeneralCode<500 | 503>>().toEqualTypeOf<'INTERNAL_SERVER_ERROR' | 'SERVICE_UNAVAILABLE'>();
    expectTypeOf<GeneralCode>().toExtend<ErrorCode>();
    expectTypeOf(STATUSES[204]).toEqualTypeOf<{ readonly reason: 'No Content'; readonly class: 'success'; readonly hasBody: false; readonly retryable: false; readonly exposeMessage: true }>();
    expectTypeOf(STATUSES[503].retryable).toEqualTypeOf<true>();
    expectTypeOf(STATUSES[500].exposeMessage).toEqualTypeOf<false>();
    expectTypeOf(STATUSES[409].class).toEqualTypeOf<'client-error'>();
  });
});
