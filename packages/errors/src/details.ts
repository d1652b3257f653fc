/**
 * Declares the `details` shape of an error code. Only the type matters: the value is
 * a marker, so code definitions stay plain data.
 * @example const codes = { MY_CODE: { status: 409, message: 'Taken.', details: details<{ name: string }>() } }
 */
/* @__NO_SIDE_EFFECTS__ */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the type parameter is the whole point: it declares the shape
export function details<T extends object>(): T {
  return DETAILS_MARKER as T;
}

const DETAILS_MARKER: object = /* @__PURE__ */ Object.freeze({});

/** Where `schemaDetails` keeps the JSON Schema of a code's details. */
export const DETAILS_JSON_SCHEMA: unique symbol = Symbol.for('@monitorqa/errors/details-json-schema');

/**
 * Declares the `details` shape of an error code with its JSON Schema too, so that tools
 * (`gen`, the breaking-change `check`) know it at run time. A Standard Schema validator
 * that emits JSON Schema (zod 4, arktype, valibot's `toStandardJsonSchema`) can be given
 * as `details` instead; `details<T>()` declares the type alone.
 * @example LIMIT_REACHED: { status: 409, message: 'Limit reached.', details: schemaDetails<{ limit: number }>({ type: 'object', properties: { limit: { type: 'integer' } }, required: ['limit'] }) }
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the type parameter is the declared shape; the schema describes it at run time
export function schemaDetails<T extends object>(schema: Readonly<Record<string, unknown>>): T {
  return Object.freeze({ [DETAILS_JSON_SCHEMA]: schema }) as T;
}

/** Details of a code that declares no shape: any JSON object, or none. */
export type AnyDetails = Readonly<Record<string, unknown>> | undefined;

/**
 * The failing fields of a request, keyed by dotted path (`(root)` for the body itself), each
 * with every failure found for it, e.g. `{ "interval": ["must be at least 30"] }`.
 */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/**
 * What a 502 may say of the upstream that failed: never its message, only what helps find
 * the failure at the other end. `status` is the upstream's HTTP status, `code` its error code
 * when it answered with the envelope, `requestId` the id it answered with.
 */
export type UpstreamDetails = {
  readonly upstream?: string;
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;
};
