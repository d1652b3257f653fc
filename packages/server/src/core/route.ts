// What every adapter answers about the request target itself, before or instead of a route.
import { CONTRACT_MESSAGES, apiError, type ApiError } from '@monitorqa/errors';

/** The path of a request target as it was sent (percent-encodings kept), without the query. */
export function rawPathOf(target: string): string {
  // An absolute URL (a web `Request`'s) starts its path after the authority.
  const start = target.startsWith('/') ? 0 : target.indexOf('/', target.indexOf('//') + 2);
  if (start < 0) return '/';
  const query = target.indexOf('?', start);
  const hash = target.indexOf('#', start);
  const end = Math.min(query < 0 ? target.length : query, hash < 0 ? target.length : hash);
  return target.slice(start, end);
}

/** Whether every `%` of a path starts a valid UTF-8 percent-encoding. */
export function isWellFormedPath(path: string): boolean {
  if (!path.includes('%')) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** 400 `MALFORMED_REQUEST` for a path no router can decode, whether or not a route would match it. */
export function malformedPath(): ApiError {
  return apiError('MALFORMED_REQUEST', { message: CONTRACT_MESSAGES.pathEncoding });
}

/** 404 `ROUTE_NOT_FOUND` with the method and the path as sent, or the 400 of a malformed path. */
export function routeNotFound(method: string, target: string): ApiError {
  const path = rawPathOf(target);
  return isWellFormedPath(path) ? apiError('ROUTE_NOT_FOUND', { details: { method, path } }) : malformedPath();
}
