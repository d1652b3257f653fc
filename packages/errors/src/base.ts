import { isBrandedApiError } from './api-error.js';
import { errorCatalog, type ApiErrorOf, type DetailsOf, type InitArgs } from './catalog.js';
import type { BASE_CODES } from './codes.js';

/** A code of the base contract. */
export type ErrorCode = keyof typeof BASE_CODES;
/** The details type of a base code. */
export type ErrorDetails<C extends ErrorCode> = DetailsOf<typeof BASE_CODES, C>;
/** Any `ApiError` of the base contract, discriminated by `code`. */
export type AnyApiError<C extends ErrorCode = ErrorCode> = ApiErrorOf<typeof BASE_CODES, C>;

/**
 * Creates the `ApiError` of a base code, filling status and message from the catalog.
 * A code whose `details` declares required keys requires them here (a type error otherwise).
 * @example throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '42' } })
 */
export function apiError<C extends ErrorCode>(code: C, ...init: InitArgs<ErrorDetails<C>>): AnyApiError<C> {
  return errorCatalog.create(code, ...init);
}

/**
 * Whether `value` is an `ApiError` (from any copy of this package: `instanceof ApiError`
 * is the same check), optionally of one code. With a code it narrows `details` to that
 * code's shape, as the catalog that made the error guarantees them. An error read off the
 * wire has no such guarantee (a gateway's 404 has no details): client code imports the same
 * check from `@monitorqa/errors-client`, typed for what was received (`details` possibly
 * missing), as its `matchError` is. A value that only carries the brand, without a documented
 * error status, an UPPER_SNAKE code and a message, is not one.
 * @example
 * if (isApiError(err, 'VALIDATION_FAILED')) showFieldErrors(err.details);
 */
// The guard itself, retyped for the base codes: no wrapper in a client bundle.
export const isApiError: <C extends ErrorCode = ErrorCode>(value: unknown, code?: C) => value is AnyApiError<C> =
  isBrandedApiError as never;
