/**
 * What a request may carry: anything `fetch` sends as it is (`FormData`, `Blob`, `URLSearchParams`,
 * an `ArrayBuffer` or a view of one, a stream, a string), or a plain object or array, sent as JSON.
 * A `Map`, a `Set` or a function would reach the server as `{}`: they are a type error here, and a
 * `TypeError` at run time, as is an instance of a class without `toJSON`.
 */
export type RequestBody =
  | BodyInit
  | readonly unknown[]
  // Any object but an iterable (Map, Set) or a function. `any`, not `unknown`: an interface has no index signature.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  | ({ readonly [Symbol.iterator]?: never; readonly call?: never } & Readonly<Record<string, any>>);

/**
 * The body as `fetch` takes it. JSON gets its content type here (unless the caller set one);
 * every other kind is left to `fetch`, which knows it (a multipart boundary, a blob's type).
 */
export function toBody(body: unknown, headers: Record<string, string>): BodyInit | undefined {
  if (
    body === undefined ||
    typeof body === 'string' ||
    ArrayBuffer.isView(body) ||
    [FormData, Blob, URLSearchParams, ArrayBuffer, ReadableStream].some((kind) => body instanceof kind)
  )
    return body as BodyInit | undefined;
  const value = body as { constructor?: unknown; toJSON?: unknown };
  // An object of `Object.create(null)` has no constructor: it is refused, as a class instance is.
  if (value.constructor === Object || Array.isArray(value) || typeof value.toJSON === 'function') {
    headers['content-type'] ??= 'application/json';
    return JSON.stringify(value);
  }
  throw new TypeError(`Not a body: ${(value.constructor as { name?: string } | undefined)?.name}`);
}
