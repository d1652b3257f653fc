import { isCodeLike } from './code-form.js';
import type { AnyDetails } from './details.js';
import { toEnvelope, type ErrorEnvelope } from './envelope.js';
import { exposesMessage, isErrorStatus, reasonOf, type ErrorStatus } from './status.js';

// Symbol.for, not a module-local symbol: a CJS and an ESM copy of this package
// loaded side by side must still recognise each other's errors.
const BRAND = Symbol.for('@monitorqa/errors/ApiError');

/** What a client received: only on errors read off the wire, never on one a server made. */
export interface ReceivedResponse {
  /** The HTTP status actually received: a proxy's 504 is read as `status` 502 and keeps 504 here. */
  readonly status: number;
  /** `false` when the answer did not follow the contract (undocumented status, no valid envelope). */
  readonly fromContract: boolean;
  /** The raw body of an off-contract answer, bounded in size, for debugging. */
  readonly body?: string | undefined;
  /** The `X-Request-Id` the server answered with: quote it to the service's owners. */
  readonly requestId?: string | undefined;
}

/** Options for one `ApiError`. */
export interface ApiErrorInit<D = AnyDetails> {
  /** Shown to clients for 4xx; for 5xx only with `expose: true`. Defaults to the code's message. */
  readonly message?: string | undefined;
  /** Machine-readable context, typed per code. */
  readonly details?: D | undefined;
  /** Seconds, or a date, after which a retry may succeed (sent as `Retry-After`). */
  readonly retryAfter?: number | Date | undefined;
  /** The underlying error: kept for logs, never serialised. */
  readonly cause?: unknown;
  /** Send `message` to clients even for a 5xx. Defaults to the status policy. */
  readonly expose?: boolean | undefined;
  /**
   * What clients see in place of a hidden `message` (a 5xx's): a catalog fills in its own
   * message for the code, so each catalog stamps its own errors. Defaults to the reason phrase.
   */
  readonly publicMessage?: string | undefined;
  /** Capture a stack trace. Defaults to `ApiError.captureStack`. */
  readonly captureStack?: boolean | undefined;
  /** Set by clients that read the error off the wire; a server never sets it. */
  readonly response?: ReceivedResponse | undefined;
}

/**
 * The one error of the contract, shared by server and client. `toJSON()` is the wire
 * envelope: it never carries the stack or the cause, and for a 5xx not the message either:
 * a hidden message is replaced by `publicMessage`, which the catalog that made the error
 * fills with its own message for the code (no registry: two catalogs never see each other).
 *
 * A 4xx is control flow, not a bug, so by default it skips stack capture, the bulk of
 * an error's cost. 5xx errors keep their stacks for logging.
 * @example throw new ApiError('MONITOR_GONE', { status: 404, message: 'No monitor 42.' })
 */
export class ApiError<C extends string = string, D = AnyDetails> extends Error {
  /**
   * `'server-errors'` captures stacks for 5xx only, `'always'` for every error. Unset means
   * `'server-errors'` (declared, not initialised: the initialiser alone cost the client bundle bytes).
   */
  declare static captureStack: 'server-errors' | 'always' | undefined;

  declare readonly code: C;
  declare readonly status: ErrorStatus;
  declare readonly details: D;
  declare readonly retryAfter: number | Date | undefined;
  declare readonly expose: boolean;
  /** The message on the wire: `message` when exposed, else the message of the catalog that made the error. */
  declare readonly publicMessage: string;
  /** What a client received, when it read this error off the wire; `undefined` on a server's own errors. */
  declare readonly response: ReceivedResponse | undefined;
  /**
   * The docs of the code, when the catalog that made the error documents its own codes (its `docsUrl`
   * option): the RFC 9457 `type` a server sends. Not set otherwise, and never serialised by `toJSON()`.
   */
  declare readonly docsUrl?: string;

  /** Prefer `apiError(code)` or `catalog.create(code)`: they fill status and message from the catalog. */
  constructor(code: C, init: ApiErrorInit<D> & { readonly status: ErrorStatus }) {
    const status = init.status;
    if (!isErrorStatus(status)) {
      throw new TypeError(`${code}: status ${String(status)} is undocumented.`);
    }
    const capture = init.captureStack ?? (ApiError.captureStack === 'always' || status >= 500);
    const limit = Error.stackTraceLimit;
    if (!capture) Error.stackTraceLimit = 0;
    super(init.message ?? reasonOf(status), init.cause === undefined ? undefined : { cause: init.cause });
    if (!capture) Error.stackTraceLimit = limit;
    this.code = code;
    this.status = status;
    this.details = init.details as D;
    this.retryAfter = init.retryAfter;
    this.expose = init.expose ?? exposesMessage(status);
    this.publicMessage = this.expose ? this.message : (init.publicMessage ?? reasonOf(status));
    this.response = init.response;
  }

  /**
   * `instanceof ApiError` holds for an `ApiError` of any copy of this package (ESM and CJS
   * side by side), by the same check as `isApiError`. A subclass keeps the ordinary check.
   */
  static override [Symbol.hasInstance]<T>(this: abstract new (...args: never) => T, value: unknown): value is T {
    if ((this as unknown) === ApiError) return isBrandedApiError(value);
    // eslint-disable-next-line no-prototype-builtins -- a class's prototype always inherits it; the `.call` form costs the client bundle bytes
    return (this.prototype as object).isPrototypeOf(value as object);
  }

  /** The wire envelope. A hidden 5xx message is replaced by `publicMessage`. */
  toJSON(): ErrorEnvelope<C, D> {
    return toEnvelope(this.publicMessage, this.code, this.details);
  }
}

Object.defineProperties(ApiError.prototype, {
  name: { value: 'ApiError', writable: true, configurable: true },
  [BRAND]: { value: true },
});

/**
 * @internal Whether `value` carries the brand of any copy of this package and the fields
 * every `ApiError` has: a documented error status, an UPPER_SNAKE code and a message.
 * A forged brand alone is not enough. Never throws, even on a hostile proxy.
 */
export function isBrandedApiError(value: unknown, code?: string): value is ApiError {
  try {
    if (typeof value !== 'object' || value === null || (value as Record<symbol, unknown>)[BRAND] !== true) return false;
    const error = value as ApiError;
    return (
      isErrorStatus(error.status) &&
      isCodeLike(error.code) &&
      typeof error.message === 'string' &&
      (code === undefined || error.code === code)
    );
  } catch {
    return false;
  }
}
