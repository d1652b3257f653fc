// The one way from a thrown value to what goes on the wire: read once, checked, never shared.
// A thrown value is service code, and a getter or a proxy may answer differently on every
// read, so each field is read exactly once and never through the value's own methods.
import { BASE_CODES, isCodeLike, isErrorStatus, type ApiError, type ErrorStatus } from '@monitorqa/errors';
import { fromForeign, type ForeignContext } from './foreign.js';

/** What the wire carries of an error, each part read once and checked. */
export interface Wire {
  readonly status: ErrorStatus;
  readonly code: string;
  /** The message clients see: a hidden 5xx message is already replaced. */
  readonly message: string;
  readonly details: object | undefined;
  readonly retryAfter: number | Date | undefined;
  /** The docs of the code, when the catalog that made the error documents its own (problem+json's `type`). */
  readonly docsUrl?: string | undefined;
}

const { message: INTERNAL_MESSAGE } = BASE_CODES.INTERNAL_SERVER_ERROR;

/** The contract's 500: what anything not understood answers with. Never carries the thrown value. */
// The brand every copy of @monitorqa/errors puts on its ApiError (`isApiError`'s first check): the
// fields themselves are read and checked once, below, rather than once by the guard and again here.
const BRAND = Symbol.for('@monitorqa/errors/ApiError');

export const INTERNAL_WIRE: Wire = Object.freeze({
  status: 500,
  code: 'INTERNAL_SERVER_ERROR',
  message: INTERNAL_MESSAGE,
  details: undefined,
  retryAfter: undefined,
});

/**
 * Whatever was thrown, what the contract answers with: an `ApiError` as it says (a hidden
 * 5xx message replaced by the message of the catalog that made it); one a client read from
 * another service, or a failed upstream call, as 502 `UPSTREAM_FAILED`; the errors of the
 * libraries services use as their catalog codes; anything else as the contract's 500.
 * Never throws.
 */
export function toWire(thrown: unknown, context?: ForeignContext): Wire {
  try {
    // An ApiError a client read off another service's answer is that upstream failing: foreign here.
    if (
      typeof thrown === 'object' &&
      thrown !== null &&
      (thrown as Record<symbol, unknown>)[BRAND] === true &&
      (thrown as ApiError).response === undefined
    ) {
      return readWire(thrown as ApiError) ?? INTERNAL_WIRE;
    }
    const mapped = fromForeign(thrown, context);
    if (mapped !== undefined) return readWire(mapped) ?? INTERNAL_WIRE;
  } catch {
    // A throwing getter or a hostile proxy: it is not an error we understand.
  }
  return INTERNAL_WIRE;
}

function readWire(error: ApiError): Wire | undefined {
  // Typed as unknown: the value is checked here, not trusted.
  const { status, code, details, retryAfter } = error as { readonly [K in keyof ApiError]: unknown };
  if (!isErrorStatus(status) || !isCodeLike(code)) return undefined;
  // The message clients may see (a 5xx's own message only when the service exposed it, else the
  // words of the catalog that made the error), read as the error's own data: a proxy's `get`
  // cannot swap it and no getter runs.
  const own = Object.getOwnPropertyDescriptor(error, 'publicMessage');
  const publicMessage: unknown = own !== undefined && 'value' in own ? own.value : undefined;
  if (typeof publicMessage !== 'string') return undefined;
  if (details !== undefined && details !== null && (typeof details !== 'object' || Array.isArray(details)))
    return undefined;
  if (retryAfter !== undefined && typeof retryAfter !== 'number' && !(retryAfter instanceof Date)) return undefined;
  // The catalog's docs of its own code (its `docsUrl` option), own data as above; most errors have none.
  const docs = Object.hasOwn(error, 'docsUrl') ? Object.getOwnPropertyDescriptor(error, 'docsUrl') : undefined;
  const docsUrl: unknown = docs !== undefined && 'value' in docs ? docs.value : undefined;
  // Not frozen: a fresh object no one else holds, and freezing costs every failing request.
  return {
    status,
    code,
    message: publicMessage,
    details: details ?? undefined,
    retryAfter,
    docsUrl: typeof docsUrl === 'string' ? docsUrl : undefined,
  };
}
