import type { AnyDetails } from './details.js';
import type { ErrorEnvelope } from './envelope.js';
import { exposesMessage, isErrorStatus, reasonOf, type ErrorStatus } from './status.js';

// Symbol.for, not a module-local symbol: a CJS and an ESM copy of this package
// loaded side by side must still recognise each other's errors.
const BRAND = Symbol.for('@monitorqa/errors/ApiError');

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
  /** What clients see when `message` is hidden (a 5xx). The catalog passes the code's message; else the reason phrase. */
  readonly publicMessage?: string | undefined;
  /** Capture a stack trace. Defaults to `ApiError.captureStack`. */
  readonly captureStack?: boolean | undefined;
  /** `false` when the error was rebuilt from an answer that did not follow the contract. */
  readonly fromContract?: boolean | undefined;
  /** Read from an HTTP answer by a client: another service's error, not this one's. */
  readonly received?: boolean | undefined;
  /** The HTTP status actually received, when it differs from `status` (a 504 read as 502). */
  readonly httpStatus?: number | undefined;
  /** The raw body of a non-contract answer, bounded in size, for debugging. */
  readonly rawBody?: string | undefined;
}

/**
 * The one error of the contract, shared by server and client. `toJSON()` is the wire
 * envelope: it never carries the stack or the cause, and for a 5xx not the message either.
 *
 * A 4xx is control flow, not a bug, so by default it skips stack capture, the bulk of
 * an error's cost. 5xx errors keep their stacks for logging.
 * @example throw new ApiError('MONITOR_GONE', { status: 404, message: 'No monitor 42.' })
 */
export class ApiError<C extends string = string, D = AnyDetails> extends Error {
  /** `'server-errors'` (default) captures stacks for 5xx only; `'always'` for every error. */
  static captureStack: 'server-errors' | 'always' = 'server-errors';

  declare readonly code: C;
  declare readonly status: ErrorStatus;
  declare readonly details: D;
  declare readonly retryAfter: number | Date | undefined;
  declare readonly expose: boolean;
  /** The message on the wire: `message` when exposed, else the code's catalog message. */
  declare readonly publicMessage: string;
  declare readonly fromContract: boolean;
  declare readonly rawBody: string | undefined;
  /** `true` when a client read it from an answer: a server that lets it escape answers 502, not the upstream's error. */
  declare readonly received: boolean;
  /** The HTTP status actually received; equals `status` unless the answer was off the contract. */
  declare readonly httpStatus: number;

  /** Prefer `apiError(code)` or `catalog.create(code)`: they fill status and message from the catalog. */
  constructor(code: C, init: ApiErrorInit<D> & { readonly status: ErrorStatus }) {
    // No catalog lookup here, so a bundle that only reads errors (the client) does not carry the catalog's messages.
    const status = init.status;
    if (!isErrorStatus(status)) {
      throw new TypeError(`ApiError ${code}: ${String(status)} is not a documented error status.`);
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
    this.fromContract = init.fromContract !== false;
    this.rawBody = init.rawBody;
    this.httpStatus = init.httpStatus ?? status;
    this.received = init.received === true;
  }

  /** The wire envelope. A hidden 5xx message is replaced by the code's catalog message. */
  toJSON(): ErrorEnvelope<C, D> {
    const message = this.publicMessage;
    const details = this.details;
    return { error: details === undefined || details === null ? { message, code: this.code } : { message, code: this.code, details } };
  }
}

Object.defineProperty(ApiError.prototype, 'name', { value: 'ApiError', writable: true, configurable: true });
Object.defineProperty(ApiError.prototype, BRAND, { value: true });

/**
 * Whether `value` is an `ApiError` from any copy of this package, optionally with one code.
 * Never throws, even on a hostile proxy.
 * @example if (isApiError(err, 'NOT_FOUND')) err.details
 */
export function isBrandedApiError(value: unknown, code?: string): value is ApiError {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[BRAND] === true &&
      (code === undefined || (value as ApiError).code === code)
    );
  } catch {
    return false;
  }
}
