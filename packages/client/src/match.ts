import {
  generalCode,
  isApiError,
  type AnyApiError,
  type ApiErrorOf,
  type CodeDefinitions,
  type CodeOf,
  type ErrorCatalog,
  type ErrorCode,
} from '@monitorqa/errors';
import type { Received } from './received.js';

/** One handler per code, each given the error narrowed to that code. */
export type CodeHandlers<R> = { readonly [C in ErrorCode]: (error: Received<AnyApiError<C>>) => R };

/** Some codes, and `_` for everything else: errors of other codes, transport errors, anything thrown. */
export type PartialHandlers<R> = Partial<CodeHandlers<R>> & { readonly _: (error: unknown) => R };

/**
 * Handles an error by code. Either every code has a handler (leaving one out is a type
 * error), or `_` takes the rest. A code the client does not know (a newer server's) goes
 * to its status's general code (`NOT_FOUND` for a 404). Without `_`, anything that is not
 * an `ApiError` is rethrown. `details` is typed as possibly missing, since a gateway's
 * answer carries none.
 * @example
 * const text = matchError(err, {
 *   RESOURCE_NOT_FOUND: (e) => `No ${e.details?.resource ?? 'resource'} ${e.details?.id ?? ''}`,
 *   VALIDATION_FAILED: (e) => Object.keys(e.details ?? {}).join(', '),
 *   _: () => 'Something went wrong',
 * });
 */
export function matchError<R>(error: unknown, handlers: CodeHandlers<R> | PartialHandlers<R>): R {
  const table = handlers as Partial<Record<string, (error: never) => R>> & { _?: (error: unknown) => R };
  if (isApiError(error)) {
    const handler = table[error.code] ?? table[generalCode(error.status)];
    if (handler) return handler(error as never);
  }
  if (table._) return table._(error);
  throw error;
}

/** One handler per code of a service's catalog. */
export type CatalogHandlers<Defs extends CodeDefinitions, R> = {
  readonly [C in CodeOf<Defs>]: (error: Received<ApiErrorOf<Defs, C>>) => R;
};

/**
 * `matchError` for a service's own catalog (`defineErrorCatalog`): its codes count toward
 * exhaustiveness and their details are typed. The catalog is only read for its type.
 * @example
 * const match = matcherFor(catalog);
 * match(err, { MONITOR_LIMIT_REACHED: (e) => `limit ${e.details?.limit ?? '?'}`, _: () => 'other' });
 */
export function matcherFor<Defs extends CodeDefinitions>(
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- read for its type only
  catalog: ErrorCatalog<Defs>,
): <R>(
  error: unknown,
  handlers: CatalogHandlers<Defs, R> | (Partial<CatalogHandlers<Defs, R>> & { readonly _: (error: unknown) => R }),
) => R {
  return (error, handlers) => matchError(error, handlers as PartialHandlers<never>);
}
