// What goes on the wire of an error, read once from the error and checked: a thrown value
// is service code, and a getter or a proxy may answer differently on every read.
import { hiddenMessage, isCodeLike, isErrorStatus, type ApiError, type ErrorStatus } from '@monitorqa/errors';

/** The parts of an error the wire carries, each read once. */
export interface Wire {
  readonly status: ErrorStatus;
  readonly code: string;
  readonly message: string;
  readonly details: object | undefined;
  readonly retryAfter: number | Date | undefined;
}

/** The wire parts of an error, or `undefined` when any of them is not what an `ApiError` has. Never throws. */
export function wireOf(error: ApiError): Wire | undefined {
  try {
    // Typed as unknown: the value is checked here, not trusted.
    const { status, code, publicMessage, expose, details, retryAfter } = error as { readonly [K in keyof ApiError]: unknown };
    if (!isErrorStatus(status) || !isCodeLike(code) || typeof publicMessage !== 'string') return undefined;
    // A 5xx shows its own message only when the service said so; else the catalog's, whatever `publicMessage` claims.
    const message = status < 500 || expose === true ? publicMessage : hiddenMessage(code, status);
    if (details !== undefined && details !== null && (typeof details !== 'object' || Array.isArray(details))) return undefined;
    if (retryAfter !== undefined && typeof retryAfter !== 'number' && !(retryAfter instanceof Date)) return undefined;
    return { status, code, message, details: details ?? undefined, retryAfter };
  } catch {
    return undefined;
  }
}

// The longest wait a Retry-After may ask for: HTTP asks recipients to handle delta-seconds
// up to 2^31 - 1, and an HTTP date has four-digit years.
const MAX_SECONDS = 2_147_483_647;
const MAX_DATE = Date.UTC(9999, 11, 31, 23, 59, 59);

/** `Retry-After` as seconds (an integer, clamped) or an IMF-fixdate (clamped to years 1970–9999). */
export function retryAfterHeader(value: number | Date | undefined): string | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : String(Math.min(MAX_SECONDS, Math.max(0, Math.ceil(value))));
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : new Date(Math.min(MAX_DATE, Math.max(0, time))).toUTCString();
  }
  return undefined;
}
