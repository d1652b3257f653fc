import { apiError, type AnyApiError } from '@monitorqa/errors';
import { upstreamCallDetails } from '../core/upstream-error.js';

/**
 * 502 for an upstream call that failed. The upstream's error stays in `cause` for the
 * logs; the client sees only the catalog message, the upstream's name if given, and when
 * `cause` is an HTTP client's error (axios, ky, ofetch, got, fetch), the upstream's
 * status, error code and request id.
 * @example catch (err) { throw upstreamFailed(err, 'checker') }
 */
export function upstreamFailed(cause: unknown, upstream?: string): AnyApiError<'UPSTREAM_FAILED'> {
  let call: ReturnType<typeof upstreamCallDetails>;
  try {
    call =
      typeof cause === 'object' && cause !== null ? upstreamCallDetails(cause as Record<string, unknown>) : undefined;
  } catch {
    call = undefined;
  }
  return apiError('UPSTREAM_FAILED', { cause, details: upstream === undefined ? { ...call } : { upstream, ...call } });
}

/**
 * 503 with `Retry-After` (seconds or a date), for maintenance or overload.
 * @example throw unavailable({ retryAfter: 120, reason: 'MAINTENANCE' })
 */
export function unavailable(options: {
  readonly retryAfter: number | Date;
  readonly reason?: 'MAINTENANCE' | 'OVERLOADED' | 'SERVICE_UNAVAILABLE';
  readonly message?: string;
}): AnyApiError<'MAINTENANCE' | 'OVERLOADED' | 'SERVICE_UNAVAILABLE'> {
  // A 503's message is meant for the client: it says when to come back.
  return apiError(options.reason ?? 'SERVICE_UNAVAILABLE', {
    retryAfter: options.retryAfter,
    message: options.message,
    expose: options.message !== undefined,
  });
}
