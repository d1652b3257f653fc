import { STATUSES, docsUrl, type ApiError } from '@monitorqa/errors';

/** The RFC 9457 media type. */
export const PROBLEM_JSON = 'application/problem+json';

/**
 * Whether an `Accept` header prefers `application/problem+json` to `application/json`.
 * The envelope stays the default: only an explicit, higher (or sole) preference wins.
 * @example prefersProblemJson('application/problem+json, application/json;q=0.5') // true
 */
export function prefersProblemJson(accept: string | null | undefined): boolean {
  if (!accept?.includes('problem+json')) return false;
  let problem = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
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
  const { message, code, details } = error.toJSON().error;
  const doc: Record<string, unknown> = { type: docsUrl(code), title: STATUSES[error.status].reason, status: error.status, detail: message, code };
  if (details !== undefined) doc.details = details;
  if (requestId !== undefined) doc.instance = `urn:request:${requestId}`;
  return doc;
}
