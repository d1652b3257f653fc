// One X-Request-Id per answer, successes included, whoever sets it first. Every adapter's
// `requestId` option stamps answers with `answerRequestId`, and error answers echo the id the
// response already carries: a service whose own middleware sets the id never gets a second one.
import { isSafeRequestId, requestIdFrom } from '../core/request-id.js';

export const REQUEST_ID = 'x-request-id';

/**
 * The id an answer carries: the one the response already has (set by the service's own id
 * middleware) when it is a sane token, else the request's `X-Request-Id` when it is one, else
 * a new random UUID. Not exported from the package: the adapters' `requestId` options use it.
 * @example reply.header('x-request-id', answerRequestId(reply.getHeader('x-request-id'), request.headers['x-request-id']))
 */
export function answerRequestId(carried: unknown, sent: string | readonly string[] | null | undefined): string {
  const id = carriedRequestId(carried);
  return id ?? requestIdFrom(sent);
}

/** The id a response already carries (a header value as frameworks read it), when it is a sane token. */
export function carriedRequestId(carried: unknown): string | undefined {
  const value: unknown = Array.isArray(carried) ? carried[0] : carried;
  return isSafeRequestId(value) ? value : undefined;
}
