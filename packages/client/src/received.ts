import { isApiError as isContractError, type AnyApiError, type ApiError, type ErrorCode } from '@monitorqa/errors';

/**
 * An error read off the wire: its code is known, but the answer may come from a gateway
 * or an older server, so `details` may be missing or lack keys its code declares.
 */
export type Received<E> = E extends ApiError<infer C, infer D> ? ApiError<C, Partial<D> | undefined> : never;

/**
 * `isApiError` of `@monitorqa/errors` (the same check) for errors a client received: narrowed to a code,
 * `details` stay possibly missing, as `matchError` types them, since a 409 from an older server or a
 * gateway's 404 carries none. Import this one in client code.
 * @example if (isApiError(err, 'RESOURCE_ALREADY_EXISTS')) showTaken(err.details?.resource ?? 'name');
 */
export const isApiError: <C extends ErrorCode = ErrorCode>(
  value: unknown,
  code?: C,
) => value is Received<AnyApiError<C>> = isContractError as never;
