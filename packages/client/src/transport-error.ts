const BRAND = Symbol.for('@monitorqa/errors-client/TransportError');

/** How a request failed before an answer arrived. */
export type TransportErrorKind = 'network' | 'timeout' | 'abort';

/**
 * The request got no answer: the network failed, the timeout passed, or the caller
 * aborted. Distinct from `ApiError`, which is an answer.
 */
export class TransportError extends Error {
  declare readonly kind: TransportErrorKind;
  /** The `X-Request-Id` the call was sent with: quote it, the server may have logged the request. */
  declare readonly requestId: string | undefined;
  constructor(kind: TransportErrorKind, cause?: unknown, requestId?: string) {
    // The message is the kind (`TransportError: timeout`), and for a network failure what fetch said
    // (`network: fetch failed`, MSW's unhandled request): a log line shows no `cause`. One level only: each
    // byte of the client counts (a loop down the chain cost 14 B gzipped).
    super(kind === 'network' && cause instanceof Error ? `${kind}: ${cause.message}` : kind, { cause });
    this.kind = kind;
    this.requestId = requestId;
  }
}
Object.defineProperties(TransportError.prototype, {
  name: { value: 'TransportError', writable: true, configurable: true },
  [BRAND]: { value: true },
});

/**
 * Whether `value` is a `TransportError` (from any copy of this package), optionally of one kind.
 * @example if (isTransportError(err, 'timeout')) showRetryButton();
 */
export function isTransportError(value: unknown, kind?: TransportErrorKind): value is TransportError {
  return (
    (value as Record<symbol, unknown> | null | undefined)?.[BRAND] === true &&
    (kind === undefined || (value as TransportError).kind === kind)
  );
}

/** Why a signal aborted: a `TimeoutError` reason (`AbortSignal.timeout(ms)`) is a timeout, anything else an abort. */
export function abortKind(signal: AbortSignal): 'timeout' | 'abort' {
  return (signal.reason as Error | undefined)?.name === 'TimeoutError' ? 'timeout' : 'abort';
}
