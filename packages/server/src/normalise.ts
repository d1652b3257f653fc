import { apiError, codeForStatus, isApiError, type ApiError, type ErrorCode } from '@monitorqa/errors';
import { BODY_PARSER_TYPES, FASTIFY_CODES, toFieldErrors } from './internal/foreign.js';

/**
 * Whatever was thrown, the `ApiError` the contract answers with. An `ApiError` stays
 * as it is, unless a client read it from another service (then 502 `UPSTREAM_FAILED`); errors of Express's body parser, Fastify, zod, valibot, http-errors and
 * Boom map onto their catalog codes; anything else becomes `INTERNAL_SERVER_ERROR`,
 * with the thrown value kept only as `cause` for logging.
 * @example normaliseError(new SyntaxError('Unexpected token')).code // 'INTERNAL_SERVER_ERROR'
 */
export function normaliseError(error: unknown): ApiError {
  // Another service's answer (an ApiError a client read) or a failed call to it (the
  // client's TransportError) escaping a handler is our upstream failing: 502, its text kept out.
  if (isApiError(error)) return error.received ? apiError('UPSTREAM_FAILED', { cause: error, details: {} }) : error;
  if (isTransportError(error)) return apiError('UPSTREAM_FAILED', { cause: error, details: {} });
  try {
    const mapped = fromForeign(error);
    if (mapped !== undefined) return mapped;
  } catch {
    // A throwing getter or a hostile proxy: it is not a foreign error we understand.
  }
  return apiError('INTERNAL_SERVER_ERROR', { cause: error, captureStack: false });
}

type Loose = Record<string, unknown>;

// The client's brand, read without importing the client: server and client stay independent.
const TRANSPORT_ERROR = Symbol.for('@monitorqa/errors-client/TransportError');

function isTransportError(error: unknown): boolean {
  try {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[TRANSPORT_ERROR] === true;
  } catch {
    return false;
  }
}

function fromForeign(error: unknown): ApiError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as Loose;
  if (Array.isArray(e.validation)) return fromAjv(e.validation as Loose[], e.validationContext, error);
  if (e.name === 'ZodError' && Array.isArray(e.issues)) return fromIssues(e.issues as Loose[], error);
  if (e.name === 'ValiError' && Array.isArray(e.issues)) return fromIssues(e.issues as Loose[], error);
  const fastify = typeof e.code === 'string' ? FASTIFY_CODES[e.code] : undefined;
  if (fastify !== undefined) return apiError(fastify, { cause: error });
  const status = statusOf(e);
  if (status === undefined) return undefined;
  const bodyParser = typeof e.type === 'string' ? BODY_PARSER_TYPES[e.type] : undefined;
  if (bodyParser !== undefined) return apiError(bodyParser, { cause: error });
  return apiError(codeForStatus(status) ?? 'INTERNAL_SERVER_ERROR', { cause: error, message: exposedMessage(e, status) });
}

function statusOf(e: Loose): number | undefined {
  const boom = e.isBoom === true && typeof e.output === 'object' && e.output !== null ? (e.output as Loose).statusCode : undefined;
  const status = boom ?? e.status ?? e.statusCode;
  return Number.isInteger(status) && (status as number) >= 400 && (status as number) <= 599 ? (status as number) : undefined;
}

// http-errors says with `expose`; Boom's 4xx messages are meant for clients; anything
// else keeps the catalog's message, since we cannot know what its message reveals.
function exposedMessage(e: Loose, status: number): string | undefined {
  if (status >= 500 || typeof e.message !== 'string' || e.message === '') return undefined;
  return e.expose === true || e.isBoom === true ? e.message : undefined;
}

function fromAjv(errors: readonly Loose[], context: unknown, cause: unknown): ApiError {
  const issues = errors.map((err) => {
    const missing = err.params && typeof err.params === 'object' ? (err.params as Loose).missingProperty : undefined;
    const base = typeof err.instancePath === 'string' ? err.instancePath.replace(/^\//, '').replaceAll('/', '.') : '';
    const path = typeof missing === 'string' ? (base ? `${base}.${missing}` : missing) : base;
    return { path, message: typeof err.message === 'string' ? err.message : 'is invalid', required: err.keyword === 'required' };
  });
  const first = issues[0] ?? { path: '', message: 'is invalid' };
  // The contract: invalid parameter values and missing fields are 400, invalid data 422.
  if (context === 'querystring' || context === 'params' || context === 'headers') {
    return apiError('INVALID_PARAMETER', { cause, details: { parameter: first.path, reason: first.message } });
  }
  if (issues.every((i) => i.required)) return apiError('MISSING_REQUIRED_FIELD', { cause, details: { field: first.path } });
  return apiError('VALIDATION_FAILED', { cause, details: toFieldErrors(issues) });
}

function fromIssues(issues: readonly Loose[], cause: unknown): ApiError {
  return validationFailed(
    issues.map((issue) => ({ path: pathOf(issue.path), message: typeof issue.message === 'string' ? issue.message : 'is invalid' })),
    cause,
  );
}

/** The 422 of a failed validation, one entry per failing field. */
export function validationFailed(issues: readonly { readonly path: string; readonly message: string }[], cause?: unknown): ApiError<ErrorCode> {
  return apiError('VALIDATION_FAILED', { cause, details: toFieldErrors(issues) });
}

/** A Standard Schema / zod / valibot path, as `a.b.0`. */
export function pathOf(path: unknown): string {
  if (!Array.isArray(path)) return '';
  return path
    .map((segment: unknown) => (typeof segment === 'object' && segment !== null ? (segment as Loose).key : segment))
    .filter((key) => typeof key === 'string' || typeof key === 'number')
    .join('.');
}
