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

/** Details of a code that declares no shape: any JSON object, or none. */
export type AnyDetails = Readonly<Record<string, unknown>> | undefined;

/** One failing field of a request, keyed by its dotted path, e.g. `{ "interval": "must be at least 30" }`. */
export type FieldErrors = Readonly<Record<string, string>>;
