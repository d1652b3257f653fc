import { describe, expectTypeOf, it } from 'vitest';
import {
  ApiError,
  STATUSES,
  apiError,
  errorCatalog,
  defineErrorCatalog,
  details,
  generalCode,
  isApiError,
  type AnyApiError,
  type ErrorCode,
  type ErrorStatus,
  type GeneralCode,
  type ReceivedResponse,
} from '../src/index.js';

describe('types', () => {
  it('narrows details by code', () => {
    const err: unknown = apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '1' } });
    if (isApiError(err, 'RESOURCE_NOT_FOUND')) {
      expectTypeOf(err.code).toEqualTypeOf<'RESOURCE_NOT_FOUND'>();
      expectTypeOf(err.details).toEqualTypeOf<{ resource: string; id: string }>();
    }
    if (isApiError(err, 'VALIDATION_FAILED'))
      expectTypeOf(err.details).toEqualTypeOf<Readonly<Record<string, readonly string[]>>>();
  });

  it('rejects unknown codes and wrong details', () => {
    // @ts-expect-error -- not a code of the catalog
    apiError('NOT_FOUNDD');
    // @ts-expect-error -- details have the wrong shape
    apiError('MISSING_REQUIRED_FIELD', { details: { name: 1 } });
    // @ts-expect-error -- not a code of the catalog
    isApiError(new Error(), 'ECONNREFUSED');
  });

  describe('details a code declares', () => {
    it('are required at creation when they have required keys', () => {
      // @ts-expect-error -- RESOURCE_NOT_FOUND declares resource and id: without them details.id would be undefined
      apiError('RESOURCE_NOT_FOUND');
      // @ts-expect-error -- an init without details is no better
      apiError('ROUTE_NOT_FOUND', { message: 'x' });
      // @ts-expect-error -- a missing required key
      apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor' } });
      expectTypeOf(apiError('ROUTE_NOT_FOUND', { details: { method: 'GET', path: '/' } }).details.path).toBeString();
    });
    it('stay optional when every key is optional, or none is declared', () => {
      apiError('PAYLOAD_TOO_LARGE');
      apiError('UPSTREAM_FAILED');
      apiError('VALIDATION_FAILED');
      apiError('NOT_FOUND', { message: 'No such thing.' });
      const catalog = defineErrorCatalog({
        NEEDS: { status: 409, message: 'x', details: details<{ limit: number }>() },
        OPTIONAL: { status: 409, message: 'x', details: details<{ limit?: number }>() },
      });
      catalog.create('OPTIONAL');
      // @ts-expect-error -- a service code's required details are required too
      catalog.create('NEEDS');
      expectTypeOf(catalog.create('NEEDS', { details: { limit: 1 } }).details.limit).toBeNumber();
    });
  });

  it('narrows with instanceof as with isApiError', () => {
    const err: unknown = apiError('CONFLICT');
    if (err instanceof ApiError) expectTypeOf(err.status).toEqualTypeOf<ErrorStatus>();
    expectTypeOf(apiError('CONFLICT').response).toEqualTypeOf<ReceivedResponse | undefined>();
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
    const exhaustive = (code: Exclude<ErrorCode, 'RESOURCE_NOT_FOUND'>): ErrorStatus => errorCatalog.statusOf(code);
    expectTypeOf(exhaustive).returns.toEqualTypeOf<ErrorStatus>();
  });

  it('types an extended catalog like the base one', () => {
    const catalog = defineErrorCatalog({
      LIMIT: { status: 409, message: 'Limit.', details: details<{ limit: number }>() },
    });
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
    expectTypeOf(STATUSES[204]).toEqualTypeOf<{
      readonly reason: 'No Content';
      readonly class: 'success';
      readonly hasBody: false;
      readonly retryable: false;
      readonly exposeMessage: true;
    }>();
    expectTypeOf(STATUSES[503].retryable).toEqualTypeOf<true>();
    expectTypeOf(STATUSES[500].exposeMessage).toEqualTypeOf<false>();
    expectTypeOf(STATUSES[409].class).toEqualTypeOf<'client-error'>();
  });
});
