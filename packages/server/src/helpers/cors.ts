/**
 * The response headers a browser client must be allowed to read, for CORS middleware's
 * `exposedHeaders` (`Access-Control-Expose-Headers`): without them a page cannot honour
 * `Retry-After`, quote `X-Request-Id` or follow a 201's `Location`.
 * @example app.use(cors({ origin, exposedHeaders: [...EXPOSED_HEADERS] }))
 */
export const EXPOSED_HEADERS = ['Retry-After', 'X-Request-Id', 'Location'] as const;

/**
 * Whether a request is a CORS preflight: `OPTIONS` with `Access-Control-Request-Method`. The
 * not-found handlers answer one no CORS middleware took with 204, never with a 404 envelope.
 * @example if (isPreflight(request.method, (name) => request.headers.get(name))) return new Response(null, { status: 204 })
 */
export function isPreflight(method: string, header: (name: string) => string | null | undefined): boolean {
  return method === 'OPTIONS' && header('access-control-request-method') != null;
}
