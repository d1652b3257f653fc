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

/**
 * The envelope of a message, a code and optional details: the one wire shape, shared by
 * `ApiError#toJSON` and every server adapter (`null` details are left out, as `undefined`).
 * @example JSON.stringify(toEnvelope('No monitor 42.', 'RESOURCE_NOT_FOUND', { resource: 'monitor', id: '42' }))
 */
export function toEnvelope<C extends string, D>(
  message: string,
  code: C,
  details: D | null | undefined,
): ErrorEnvelope<C, D> {
  return { error: details === undefined || details === null ? { message, code } : { message, code, details } };
}

/**
 * The same envelope as `toEnvelope`, as JSON text, built from its parts without the
 * intermediate objects: what servers send on every failing request (about twice as fast as
 * stringifying the object). Throws what `JSON.stringify(details)` throws (a cycle, a BigInt).
 * @example toEnvelopeJson('No monitor 42.', 'RESOURCE_NOT_FOUND', undefined) // '{"error":{"message":"No monitor 42.","code":"RESOURCE_NOT_FOUND"}}'
 */
export function toEnvelopeJson(message: string, code: string, details: object | null | undefined): string {
  const head = `{"error":{"message":${JSON.stringify(message)},"code":${JSON.stringify(code)}`;
  // A details object whose toJSON() gives nothing serialises to nothing: left out, as by JSON.stringify.
  const json = details === undefined || details === null ? undefined : (JSON.stringify(details) as string | undefined);
  return json === undefined ? `${head}}}` : `${head},"details":${json}}}`;
}

/** The outcome of `parseEnvelope`: a valid envelope, or why the value is not one. */
export type ParsedEnvelope =
  { readonly ok: true; readonly envelope: ErrorEnvelope } | { readonly ok: false; readonly reason: string };

// Why a value is not an envelope, by the number `read` returns: the words stay out of
// bundles that only need the answer (the client).
const WHY = [
  'the body has no "error" object',
  '"error.message" is not a string',
  '"error.code" is not an UPPER_SNAKE string',
  '"error.details" is not an object',
  'the body could not be read',
];

/**
 * Reads an error envelope from any value (typically `JSON.parse` output). Never throws,
 * ignores extra fields, and reads own properties only, so `__proto__` or `constructor`
 * keys can neither pass as the envelope nor pollute anything: the result is built anew.
 * @example
 * const parsed = parseEnvelope(JSON.parse(text));
 * if (parsed.ok) console.log(parsed.envelope.error.code);
 */
export function parseEnvelope(value: unknown): ParsedEnvelope {
  const error = read(value);
  return typeof error === 'number'
    ? { ok: false, reason: `Not an error envelope: ${WHY[error]!}.` }
    : { ok: true, envelope: { error } };
}

/**
 * The `error` member of a valid envelope, or `undefined`: `parseEnvelope` without the reason.
 * @example readEnvelope(JSON.parse(text))?.code
 */
export function readEnvelope(value: unknown): ErrorBody | undefined {
  const error = read(value);
  return typeof error === 'number' ? undefined : error;
}

/**
 * Whether `value` is a valid error envelope.
 * @example isErrorEnvelope({ error: { message: 'x', code: 'NOT_FOUND' } }) // true
 */
export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  return typeof read(value) !== 'number';
}

function read(value: unknown): ErrorBody | number {
  try {
    const error = ownObject(value, 'error');
    if (error === undefined) return 0;
    const message = own(error, 'message');
    if (typeof message !== 'string') return 1;
    const code = own(error, 'code');
    if (!isCodeLike(code)) return 2;
    const details = own(error, 'details');
    if (details === undefined || details === null) return { message, code };
    return isPlainRecord(details) ? { message, code, details } : 3;
  } catch {
    // A proxy or a throwing getter: whatever it is, it is not an envelope.
    return 4;
  }
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
