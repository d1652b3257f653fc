// How NestJS's exceptions read onto the contract. Nest sends an HttpException's body as it
// is; the contract sends its envelope, so each exception is translated first.
import { HttpException } from '@nestjs/common';
import { BASE_CODES, apiError, readEnvelope, type ApiError, type ErrorCode } from '@monitorqa/errors';
import { payloadTooLarge } from '../../body/policy.js';
import { codeOfForeignStatus } from '../../core/foreign-errors.js';
import { routeNotFound } from '../../core/route.js';

/** What the translation reads of the request, on Express and on Fastify alike. */
export interface NestRequestLine {
  readonly method: string;
  /** The request target as sent. */
  readonly url: string;
}

type Loose = Record<string, unknown>;

/**
 * The error the contract answers a thrown value with, when it is one of Nest's exceptions;
 * anything else is returned as it is, for `toErrorResponse` to read.
 */
export function fromNestException(
  exception: unknown,
  request: NestRequestLine,
  bodyLimit: number | undefined,
): unknown {
  if (!(exception instanceof HttpException)) return exception;
  const status = exception.getStatus();
  const body: unknown = exception.getResponse();
  // Nest's own answer to a request no route matched (its router throws exactly this).
  if (status === 404 && exception.message === `Cannot ${request.method} ${request.url}`)
    return routeNotFound(request.method, request.url);
  // Nest maps a Fastify body-size error onto a bare 413; the limit is the one the contract's reader was given.
  if (status === 413)
    return bodyLimit === undefined ? apiError('PAYLOAD_TOO_LARGE', { cause: exception }) : payloadTooLarge(bodyLimit);
  const envelope = fromEnvelopeBody(body, status, exception);
  if (envelope !== undefined) return envelope;
  if (
    status === 400 &&
    isObject(body) &&
    Array.isArray(body.message) &&
    body.message.every((m) => typeof m === 'string')
  ) {
    // Nest's own ValidationPipe flattens its errors to sentences: the fields are no longer known.
    return apiError('VALIDATION_FAILED', { cause: exception, details: { '(root)': body.message } });
  }
  return apiError(codeOfForeignStatus(status), {
    cause: exception,
    message: status < 500 ? developerMessage(body) : undefined,
  });
}

// A message the developer wrote for the client (`new NotFoundException('Monitor 7 is gone')`);
// Nest's default one is its reason phrase, where the catalog's message says more.
function developerMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body === '' ? undefined : body;
  if (isObject(body) && typeof body.message === 'string' && typeof body.error === 'string' && body.message !== '')
    return body.message;
  return undefined;
}

// `new HttpException({ error: { message, code, details } }, 404)`: a body already in the
// contract's envelope, with a base code of that status, keeps its code and details.
function fromEnvelopeBody(body: unknown, status: number, cause: unknown): ApiError | undefined {
  const envelope = readEnvelope(body);
  if (envelope === undefined || !Object.hasOwn(BASE_CODES, envelope.code)) return undefined;
  const code = envelope.code as ErrorCode;
  if (BASE_CODES[code].status !== status) return undefined;
  return apiError(code, { cause, message: envelope.message, details: envelope.details });
}

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null;
}
