const SAFE_ID = /^[\w.:@/+=-]{1,128}$/;

/**
 * The request's `X-Request-Id` when it is a sane token, otherwise a new UUID. Echoed
 * on error responses so a client can quote it to support.
 * @example requestIdFrom(req.headers['x-request-id'])
 */
export function requestIdFrom(header: string | readonly string[] | null | undefined): string {
  const value = Array.isArray(header) ? (header[0] as string | undefined) : header;
  return typeof value === 'string' && SAFE_ID.test(value) ? value : globalThis.crypto.randomUUID();
}
