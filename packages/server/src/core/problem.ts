import { STATUSES, docsUrl } from '@monitorqa/errors';
import Negotiator from 'negotiator';
import type { Wire } from './wire.js';

/** The RFC 9457 media type. */
export const PROBLEM_JSON = 'application/problem+json';

// The envelope is listed first: it wins every tie, and a wildcard counts for it.
const OFFERED = ['application/json', PROBLEM_JSON];

/**
 * Whether an `Accept` header prefers `application/problem+json` to `application/json`, by
 * RFC 9110's rules (q-values, wildcards, case; `negotiator` reads them; between equal
 * q-values the client's order decides). The envelope stays the default: no `Accept`, or
 * wildcards only, never ask for a problem document.
 * @example prefersProblemJson('application/problem+json, application/json;q=0.5') // true
 */
export function prefersProblemJson(accept: string | null | undefined): boolean {
  // Most requests never mention problem+json: no need to parse their header.
  if (typeof accept !== 'string' || !/problem\+json/i.test(accept)) return false;
  return new Negotiator({ headers: { accept } }).mediaType(OFFERED) === PROBLEM_JSON;
}

/**
 * The RFC 9457 problem document of wire parts, derived from the catalog: `type` is the
 * code's docs anchor (in the service's own docs, for a code its catalog documents there), `title` the status's reason phrase, `detail` the message clients may
 * see; `code` and `details` are the envelope's, as extension members.
 */
export function problemOf(
  { status, code, message, details, docsUrl: own }: Wire,
  requestId: string | undefined,
): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    type: own ?? docsUrl(code),
    title: STATUSES[status].reason,
    status,
    detail: message,
    code,
  };
  if (details !== undefined) doc.details = details;
  if (requestId !== undefined) doc.instance = `urn:request:${requestId}`;
  return doc;
}
