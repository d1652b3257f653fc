const BRAND = Symbol.for('@monitorqa/errors-client/TransportError');

/** How a request failed before an answer arrived. */
export type TransportErrorKind = 'network' | 'timeout' | 'abort';

const MESSAGES: Readonly<Record<TransportErrorKind, string>> = {
  network: 'Network error.',
  timeout: 'Timed out.',
  abort: 'Aborted.',
};

/**
 * The request got no answer: the network failed, the timeout passed, or the caller
 * aborted. Distinct from `ApiError`, which is an answer.
 */
export class TransportError extends Error {
  declare readonly kind: TransportErrorKind;
  constructor(kind: TransportErrorKind, cause?: unknown) {
    super(MESSAGES[kind], cause === undefined ? undefined : { cause });
    this.kind = kind;
  }
}
Object.defineProperty(TransportError.prototype, 'name', { value: 'TransportError', writable: true, configurable: true });
Object.defineProperty(TransportError.prototype, BRAND, { value: true });

/**
 * Whether `value` is a `TransportError` (from any copy of this package), optionally of one kind.
 * @example if (isTransportError(err, 'timeout')) showRetryButton();
 */
export function isTransportError(value: unknown, kind?: TransportErrorKind): value is TransportError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true &&
    (kind === undefined || (value as TransportError).kind === kind)
  );
}
