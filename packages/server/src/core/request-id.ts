const SAFE_ID = /^[\w.:@/+=-]{1,128}$/;

/** Whether a request id from outside is a sane token, safe to echo and to log. */
export function isSafeRequestId(value: unknown): value is string {
  return typeof value === 'string' && SAFE_ID.test(value);
}

/**
 * The request's `X-Request-Id` when it is a sane token, otherwise a new random UUID (random,
 * not counted: an id must not reveal how many requests a service answers). Echoed on
 * answers so a client can quote it to support.
 * @example requestIdFrom(req.headers['x-request-id'])
 */
export function requestIdFrom(header: string | readonly string[] | null | undefined): string {
  const value = Array.isArray(header) ? (header[0] as string | undefined) : header;
  return isSafeRequestId(value) ? value : globalThis.crypto.randomUUID();
}
