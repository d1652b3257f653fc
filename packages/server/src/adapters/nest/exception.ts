// How NestJS's exceptions read onto the contract. Nest sends an HttpException's body as it
// is; the contract sends its envelope, so each exception is translated first.
import { HttpException } from '@nestjs/common';
import {
  BASE_CODES,
  apiError,
  readEnvelope,
  type ApiError,
  type ErrorCode,
  type ErrorDetails,
} from '@monitorqa/errors';
import { bodyPolicyError, payloadTooLarge } from '../../body/policy.js';
import { codeOfForeignStatus } from '../../core/foreign-errors.js';
import { routeNotFound } from '../../core/route.js';

/** What the translation reads of the request, on Express and on Fastify alike. */
export interface NestRequestLine {
  readonly method: string;
  /** The request target as sent. */
  readonly url: string;
  /** The route's parameters and the query, as the platform parsed them. */
  readonly params?: unknown;
  readonly query?: unknown;
  /** The body's headers, for the contract's reading of a 415. */
  readonly contentType?: string | undefined;
  readonly contentEncoding?: string | undefined;
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
  // Nest's own 415 (a body no parser took, an empty Content-Type on Fastify): the contract's refusal.
  if (status === 415) {
    const refusal = bodyPolicyError({ contentType: request.contentType, contentEncoding: request.contentEncoding });
    const details = (refusal?.details as ErrorDetails<'UNSUPPORTED_CONTENT_TYPE'> | undefined) ?? {
      expected: 'application/json',
    };
    return apiError('UNSUPPORTED_CONTENT_TYPE', {
      cause: exception,
      message: developerMessage(body) ?? refusal?.message,
      details,
    });
  }
  const envelope = fromEnvelopeBody(body, status, exception);
  if (envelope !== undefined) return envelope;
  if (isObject(body) && isSentences(body.message) && status < 500) {
    // `new BadRequestException(['a', 'b'])`, and Nest's own ValidationPipe: the status is kept, the
    // sentences too (under "(root)": which field each one is about is no longer known).
    const details = { '(root)': [...body.message] };
    return status === 422
      ? apiError('VALIDATION_FAILED', { cause: exception, details })
      : apiError(codeOfForeignStatus(status), { cause: exception, details });
  }
  const parameter = status === 400 ? fromParsePipe(developerMessage(body), request) : undefined;
  if (parameter !== undefined) return apiError('INVALID_PARAMETER', { cause: exception, details: parameter });
  return apiError(codeOfForeignStatus(status), {
    cause: exception,
    message: status < 500 ? developerMessage(body) : undefined,
  });
}

// What Nest's built-in parse pipes expect (`ParseIntPipe`: "Validation failed (numeric string is expected)"),
// and which values they refuse: the exception does not say which parameter failed, the request does.
const PARSE_PIPE = /^Validation failed \((.+)\)$/;
const REFUSES: Readonly<Record<string, (value: string) => boolean>> = {
  'numeric string is expected': (value) => !/^-?\d+(?:\.\d+)?$/.test(value) || !Number.isFinite(Number(value)),
  'boolean string is expected': (value) => value !== 'true' && value !== 'false',
};

/**
 * `{ parameter, reason }` of a 400 raised by one of Nest's parse pipes (`ParseIntPipe`,
 * `ParseFloatPipe`, `ParseBoolPipe`, `ParseUUIDPipe`, `ParseEnumPipe`…), or `undefined` for any other
 * 400. The parameter is the one route parameter or query value the pipe's rule refuses, when only one
 * does; otherwise the first route parameter, then the first query value.
 */
function fromParsePipe(
  message: string | undefined,
  request: NestRequestLine,
): { parameter: string; reason: string } | undefined {
  const reason = message === undefined ? undefined : PARSE_PIPE.exec(message)?.[1];
  if (reason === undefined) return undefined;
  const values = [...Object.entries(stringsOf(request.params)), ...Object.entries(stringsOf(request.query))];
  const refuses = REFUSES[reason];
  const refused = refuses === undefined ? [] : values.filter(([, value]) => refuses(value));
  const [parameter] = (refused.length === 1 ? refused[0] : values[0]) ?? ['(unknown)'];
  return { parameter, reason };
}

function stringsOf(value: unknown): Record<string, string> {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function isSentences(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.length > 0 && value.every((m) => typeof m === 'string');
}

// A message the developer wrote for the client (`new NotFoundException('Monitor 7 is gone')`);
// Nest's default one is its reason phrase, where the catalog's message says more.
function developerMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body === '' ? undefined : body;
  // `new BadRequestException({ message })` as much as Nest's own `{ message, error, statusCode }`.
  // Nest's default body (`new NotFoundException()`) is `{ message: 'Not Found', statusCode }`, no `error`.
  if (!isObject(body) || typeof body.message !== 'string' || body.message === '') return undefined;
  return typeof body.error === 'string' || typeof body.statusCode !== 'number' ? body.message : undefined;
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
