// How values that are not our own errors read onto the contract: a failed call to an upstream
// (our client's `TransportError`, an `ApiError` read off another service's answer, axios, ky,
// ofetch, got, `fetch`) is 502 `UPSTREAM_FAILED` with the upstream's status, code and request
// id at most; the errors of Express's body parser, Fastify, zod, valibot, Ajv, http-errors and
// Boom are their catalog codes. Anything else is not understood: the caller answers 500.
import { apiError, isApiError, type ApiError, type ErrorCode } from '@monitorqa/errors';
import { fromFastify, type ForeignContext } from './fastify-errors.js';
import {
  BODY_PARSER_ERRORS,
  codeOfForeignStatus,
  fromUndecodablePath,
  fromZlib,
  toFieldErrors,
} from './foreign-errors.js';
import { upstreamCallDetails } from './upstream-error.js';

export type { ForeignContext } from './fastify-errors.js';

type Loose = Record<string, unknown>;

// The client's brand, read without importing the client: server and client stay independent.
const TRANSPORT_ERROR = Symbol.for('@monitorqa/errors-client/TransportError');

function fromReceived(error: ApiError): ApiError {
  const { response } = error;
  const details: { status?: number; code?: string; requestId?: string } = {};
  if (typeof response?.status === 'number') details.status = response.status;
  if (response?.fromContract === true) details.code = error.code;
  if (typeof response?.requestId === 'string') details.requestId = response.requestId;
  return apiError('UPSTREAM_FAILED', { cause: error, details });
}

/** The `ApiError` a foreign value reads as, or `undefined` when it is not understood. May throw on a hostile value. */
export function fromForeign(error: unknown, context: ForeignContext = {}): ApiError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if (isApiError(error)) return error.response === undefined ? undefined : fromReceived(error);
  const e = error as Loose;
  if ((error as Record<symbol, unknown>)[TRANSPORT_ERROR] === true)
    return apiError('UPSTREAM_FAILED', { cause: error, details: {} });
  const upstream = upstreamCallDetails(e);
  if (upstream !== undefined) return apiError('UPSTREAM_FAILED', { cause: error, details: upstream });
  if (Array.isArray(e.validation)) return fromAjv(e.validation as Loose[], e.validationContext, error);
  if ((e.name === 'ZodError' || e.name === 'ValiError') && Array.isArray(e.issues))
    return fromIssues(e.issues as Loose[], error);
  const fastify = typeof e.code === 'string' ? fromFastify(e, e.code, context) : undefined;
  if (fastify !== undefined) return fastify;
  const status = statusOf(e);
  if (status === undefined) return undefined;
  const bodyParser = typeof e.type === 'string' ? BODY_PARSER_ERRORS[e.type] : undefined;
  if (bodyParser !== undefined) return bodyParser(e);
  const read = fromUndecodablePath(e) ?? fromZlib(e);
  if (read !== undefined) return read;
  return apiError(codeOfForeignStatus(status), { cause: error, message: exposedMessage(e, status) });
}

function statusOf(e: Loose): number | undefined {
  const boom =
    e.isBoom === true && typeof e.output === 'object' && e.output !== null ? (e.output as Loose).statusCode : undefined;
  const status = boom ?? e.status ?? e.statusCode;
  return Number.isInteger(status) && (status as number) >= 400 && (status as number) <= 599
    ? (status as number)
    : undefined;
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
    return {
      path,
      message: typeof err.message === 'string' ? err.message : 'is invalid',
      required: err.keyword === 'required',
    };
  });
  const first = issues[0] ?? { path: '', message: 'is invalid' };
  // The contract: invalid parameter values and missing fields are 400, invalid data 422.
  if (context === 'querystring' || context === 'params' || context === 'headers') {
    return apiError('INVALID_PARAMETER', { cause, details: { parameter: first.path, reason: first.message } });
  }
  if (issues.every((i) => i.required))
    return apiError('MISSING_REQUIRED_FIELD', { cause, details: { field: first.path } });
  return apiError('VALIDATION_FAILED', { cause, details: toFieldErrors(issues) });
}

function fromIssues(issues: readonly Loose[], cause: unknown): ApiError {
  return validationFailed(
    issues.map((issue) => ({
      path: pathOf(issue.path),
      message: typeof issue.message === 'string' ? issue.message : 'is invalid',
    })),
    cause,
  );
}

/** The 422 of a failed validation: every failing field with every failure found for it. */
export function validationFailed(
  issues: readonly { readonly path: string; readonly message: string }[],
  cause?: unknown,
): ApiError<ErrorCode> {
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
