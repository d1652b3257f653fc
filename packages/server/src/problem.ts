import { STATUSES, docsUrl, type ApiError } from '@monitorqa/errors';
import { wireOf, type Wire } from './internal/wire.js';

/** The RFC 9457 media type. */
export const PROBLEM_JSON = 'application/problem+json';

/**
 * Whether an `Accept` header prefers `application/problem+json` to `application/json`
 * (media types are case-insensitive). The envelope stays the default: only an explicit,
 * higher (or sole) preference wins.
 * @example prefersProblemJson('application/problem+json, application/json;q=0.5') // true
 */
export function prefersProblemJson(accept: string | null | undefined): boolean {
  if (typeof accept !== 'string') return false;
  const lower = accept.toLowerCase();
  if (!lower.includes('problem+json')) return false;
  let problem = 0;
  let json = 0;
  for (const part of lower.split(',')) {
    const [type = '', ...params] = part.trim().split(';');
    const q = qualityOf(params);
    if (type.trim() === PROBLEM_JSON) problem = Math.max(problem, q);
    else if (type.trim() === 'application/json') json = Math.max(json, q);
  }
  return problem > json;
}

function qualityOf(params: readonly string[]): number {
  for (const param of params) {
    const [key, value] = param.split('=');
    if (key?.trim() === 'q') {
      const q = Number(value);
      return Number.isFinite(q) ? q : 0;
    }
  }
  return 1;
}

/**
 * The RFC 9457 problem document of an error, derived from the catalog: `type` is the
 * code's docs anchor, `title` the status's reason phrase, `detail` the message clients
 * may see; `code` and `details` are the envelope's, as extension members.
 * @example toProblemDocument(apiError('NOT_FOUND'))
 */
export function toProblemDocument(error: ApiError, requestId?: string): Record<string, unknown> {
  const wire = wireOf(error);
  if (wire === undefined) throw new TypeError('toProblemDocument: not an ApiError with a documented status, a code and a message.');
  return problemOf(wire, requestId);
}

/** @internal The problem document of checked wire parts. */
export function problemOf({ status, code, message, details }: Wire, requestId: string | undefined): Record<string, unknown> {
  const doc: Record<string, unknown> = { type: docsUrl(code), title: STATUSES[status].reason, status, detail: message, code };
  if (details !== undefined) doc.details = details;
  if (requestId !== undefined) doc.instance = `urn:request:${requestId}`;
  return doc;
}
