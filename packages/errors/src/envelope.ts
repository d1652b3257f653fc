import { isCodeLike } from './code-form.js';
import type { AnyDetails } from './details.js';
import type { ErrorStatus, SuccessStatus } from './status.js';

/** The `error` member of the envelope. */
export interface ErrorBody<C extends string = string, D = AnyDetails> {
  readonly message: string;
  readonly code: C;
  readonly details?: D;
}

/** The documented error envelope: `{ "error": { "message", "code", "details" } }`. */
export interface ErrorEnvelope<C extends string = string, D = AnyDetails> {
  readonly error: ErrorBody<C, D>;
}

/** What a call came to: the success body with its status, or the error envelope with its status. */
export type ApiResult<T, C extends string = string> =
  | { readonly ok: true; readonly status: SuccessStatus; readonly data: T }
  | { readonly ok: false; readonly status: ErrorStatus; readonly error: ErrorBody<C> };

/** The outcome of `parseEnvelope`: a valid envelope, or why the value is not one. */
export type ParsedEnvelope = { readonly ok: true; readonly envelope: ErrorEnvelope } | { readonly ok: false; readonly reason: string };

/**
 * Reads an error envelope from any value (typically `JSON.parse` output). Never throws,
 * ignores extra fields, and reads own properties only, so `__proto__` or `constructor`
 * keys can neither pass as the envelope nor pollute anything: the result is built anew.
 * @example
 * const parsed = parseEnvelope(JSON.parse(text));
 * if (parsed.ok) console.log(parsed.envelope.error.code);
 */
export function parseEnvelope(value: unknown): ParsedEnvelope {
  try {
    const error = ownObject(value, 'error');
    if (error === undefined) return fail('the body has no "error" object');
    const message = own(error, 'message');
    if (typeof message !== 'string') return fail('"error.message" is not a string');
    const code = own(error, 'code');
    if (!isCodeLike(code)) return fail('"error.code" is not an UPPER_SNAKE string');
    const details = own(error, 'details');
    if (details === undefined || details === null) return { ok: true, envelope: { error: { message, code } } };
    if (!isPlainRecord(details)) return fail('"error.details" is not an object');
    return { ok: true, envelope: { error: { message, code, details } } };
  } catch {
    // A proxy or a throwing getter: whatever it is, it is not an envelope.
    return fail('the body could not be read');
  }
}

/**
 * Whether `value` is a valid error envelope.
 * @example isErrorEnvelope({ error: { message: 'x', code: 'NOT_FOUND' } }) // true
 */
export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  return parseEnvelope(value).ok;
}

function fail(reason: string): ParsedEnvelope {
  return { ok: false, reason: `Not an error envelope: ${reason}.` };
}

function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

function ownObject(value: unknown, key: string): object | undefined {
  if (!isPlainRecord(value)) return undefined;
  const member = own(value, key);
  return isPlainRecord(member) ? member : undefined;
}

function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
