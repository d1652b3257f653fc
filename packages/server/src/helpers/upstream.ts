import { apiError, type AnyApiError } from '@monitorqa/errors';
import { responseDetails, upstreamCallDetails } from '../core/upstream-error.js';

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
 * The one way to call an upstream with `fetch`: resolves with the response when it is a 2xx (its body
 * unread), and otherwise throws 502 `UPSTREAM_FAILED` with the upstream's name, status, envelope code
 * and request id (never its message), as an escaping error of any HTTP client is answered. In place
 * of `if (!res.ok) throw new Error(…)`, which answers 500. Bound the call with `AbortSignal.timeout`:
 * a timeout is a 502 too.
 * @example const monitor = await (await ensureOk(fetch(url, { signal: AbortSignal.timeout(2000) }), 'checker')).json();
 */
export async function ensureOk(response: Response | Promise<Response>, upstream?: string): Promise<Response> {
  let res: Response;
  try {
    res = await response;
  } catch (error) {
    throw upstreamFailed(error, upstream);
  }
  if (res.ok) return res;
  // Read only to find the upstream's code; a body that cannot be read leaves it out.
  const text = await res.text().catch(() => '');
  const details = responseDetails(res, text);
  throw apiError('UPSTREAM_FAILED', {
    // For the logs (`onServerError`), never the wire: what the upstream said.
    cause: new Error(`${upstream ?? 'upstream'} answered ${String(res.status)}: ${text.slice(0, 512)}`),
    details: upstream === undefined ? details : { upstream, ...details },
  });
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
