import { isRetryableStatus } from '@monitorqa/errors';

/** How the client retries. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly limit?: number;
  /** The first backoff's ceiling in ms; each retry doubles it (full jitter). Default 200. */
  readonly baseDelay?: number;
  /**
   * The largest single wait in ms. A `Retry-After` is a floor, never cut short, with jitter above it: one
   * that asks for longer than this ends the retries at once, and the `ApiError`'s `retryAfter` says when to
   * come back.
   * Default 10 000.
   */
  readonly maxDelay?: number;
  /** All attempts and waits together, in ms: no retry starts that would end past it. Default 30 000. */
  readonly budget?: number;
  /** Seen after every attempt, for logs and metrics. */
  readonly onAttempt?: (attempt: AttemptInfo) => void;
}

/** One attempt, as `onAttempt` sees it. */
export interface AttemptInfo {
  readonly attempt: number;
  readonly method: string;
  readonly url: string;
  /** The status, or the transport failure's kind. */
  readonly outcome: number | 'network' | 'timeout' | 'abort';
  /** The wait before the next attempt, in ms (fractional: jitter is not rounded), or `undefined` if this was the last one. */
  readonly retryIn: number | undefined;
}

const IDEMPOTENT = /^(?:GET|HEAD|OPTIONS|PUT|DELETE)$/;

/**
 * Whether the contract lets this request be retried after this outcome: 502, 503 and
 * network failures, for idempotent methods, and for POST/PATCH only with an `Idempotency-Key`.
 * @example isRetryable('POST', true, 503) // true
 */
export function isRetryable(method: string, hasIdempotencyKey: boolean, outcome: AttemptInfo['outcome']): boolean {
  const safe = IDEMPOTENT.test(method) || hasIdempotencyKey;
  // A kind is no status: `isRetryableStatus` says no to it.
  return safe && (outcome === 'network' || isRetryableStatus(outcome as number));
}

/**
 * The wait before retry number `retry` (0-based): full jitter, `random(0, min(baseDelay * 2^retry, maxDelay))`;
 * after a `Retry-After` of N seconds, N s as a floor and as much jitter again above it (so that a herd told
 * to come back in 1 s spreads over the next second), never past `maxDelay`. `undefined` when the
 * `Retry-After` asks for longer than `maxDelay`: the caller gives up. `Retry-After: 0` is the ordinary backoff.
 * @example backoff(1, undefined, 100, 10_000) // somewhere in 0..200
 */
export function backoff(
  retry: number,
  retryAfterSeconds: number | undefined,
  baseDelay: number,
  maxDelay: number,
): number | undefined {
  const floor = (retryAfterSeconds ?? 0) * 1000;
  return floor > maxDelay
    ? undefined
    : Math.min(floor + Math.random() * Math.max(floor, Math.min(baseDelay * 2 ** retry, maxDelay)), maxDelay);
}
