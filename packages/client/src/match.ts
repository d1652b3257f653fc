import { generalCode, isApiError, type AnyApiError, type ErrorCode } from '@monitorqa/errors';

/** One handler per code, each given the error narrowed to that code. */
export type CodeHandlers<R> = { readonly [C in ErrorCode]: (error: AnyApiError<C>) => R };

/** Some codes, and `_` for everything else: errors of other codes, transport errors, anything thrown. */
export type PartialHandlers<R> = Partial<CodeHandlers<R>> & { readonly _: (error: unknown) => R };

/**
 * Handles an error by code. Either every code has a handler (leaving one out is a type
 * error), or `_` takes the rest. A code the client does not know (a newer server's) goes
 * to its status's general code (`NOT_FOUND` for a 404). Without `_`, anything that is not
 * an `ApiError` is rethrown.
 * @example
 * const text = matchError(err, {
 *   RESOURCE_NOT_FOUND: (e) => `No ${e.details.resource} ${e.details.id}`,
 *   VALIDATION_FAILED: (e) => Object.values(e.details).join(', '),
 *   _: () => 'Something went wrong',
 * });
 */
export function matchError<R>(error: unknown, handlers: CodeHandlers<R> | PartialHandlers<R>): R {
  const table = handlers as Partial<Record<string, (error: never) => R>> & { _?: (error: unknown) => R };
  if (isApiError(error)) {
    const handler = table[error.code] ?? table[generalCode(error.status)];
    if (handler !== undefined) return handler(error as never);
  }
  if (table._ !== undefined) return table._(error);
  throw error;
}
