import { Catch, type ArgumentsHost, type ExceptionFilter, type HttpServer } from '@nestjs/common';
import { isApiError } from '@monitorqa/errors';
import type { HttpAdapterHost } from '@nestjs/core';
import { toErrorResponse, type ErrorHooks } from '../../core/answer.js';
import { isWellFormedPath, malformedPath, rawPathOf } from '../../core/route.js';
import { isPreflight } from '../../helpers/cors.js';
import { fromNestException } from './exception.js';
import { requestIdCarried } from './request-id.js';
import { send } from './send.js';

/** Options of the NestJS adapter. */
export interface NestErrorOptions extends ErrorHooks {
  /** The largest JSON body read, in bytes (default 1 MiB): said in `PAYLOAD_TOO_LARGE`'s `details.limit` (a 400). */
  readonly bodyLimit?: number;
}

interface NodeLikeRequest {
  readonly method: string;
  readonly url: string;
  readonly originalUrl?: string;
  readonly raw?: { readonly url?: string };
  readonly params?: unknown;
  readonly query?: unknown;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * A global exception filter that answers every error of an HTTP request with the documented
 * status and envelope: `ApiError`s, Nest's `HttpException`s (`NotFoundException` → 404
 * `NOT_FOUND`, a 429 → 503…), validation errors, unknown routes (404 `ROUTE_NOT_FOUND`), and
 * anything else as a 500 with nothing leaked. Same options and answers as every adapter.
 * @example app.useGlobalFilters(new ErrorContractFilter(app.get(HttpAdapterHost), { onServerError }))
 */
export class ErrorContractFilter implements ExceptionFilter {
  readonly #adapter: HttpAdapterHost | HttpServer;
  readonly #options: NestErrorOptions;

  constructor(adapter: HttpAdapterHost | HttpServer, options: NestErrorOptions = {}) {
    this.#adapter = adapter;
    this.#options = options;
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    // Microservice and WebSocket contexts have their own error shapes: not this contract's.
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<NodeLikeRequest>();
    const response: unknown = http.getResponse();
    const adapter = 'httpAdapter' in this.#adapter ? this.#adapter.httpAdapter : this.#adapter;
    if (adapter.isHeadersSent(response)) {
      // Too late for a status (a streamed answer has started): the hooks see the error, and the
      // connection is aborted, as on every adapter, so the cut body never passes as complete.
      toErrorResponse(exception, {
        onServerError: this.#options.onServerError,
        onErrorResponse: this.#options.onErrorResponse,
      });
      const raw = (response as { raw?: { destroy(): void }; destroy?: () => void }).raw ?? response;
      (raw as { destroy(): void }).destroy();
      return;
    }
    const url = request.originalUrl ?? request.raw?.url ?? request.url;
    const requestLine = {
      method: request.method,
      url,
      params: request.params,
      query: request.query,
      contentType: header(request, 'content-type'),
      contentEncoding: header(request, 'content-encoding'),
    };
    const error = isWellFormedPath(rawPathOf(url))
      ? fromNestException(exception, requestLine, this.#options.bodyLimit)
      : malformedPath();
    // A preflight no CORS middleware answered: 204, never a 404 the browser would read as a network error.
    if (isApiError(error, 'ROUTE_NOT_FOUND') && isPreflight(request.method, (name) => header(request, name))) {
      adapter.reply(response, undefined, 204);
      return;
    }
    const answer = toErrorResponse(error, {
      onServerError:
        this.#options.onServerError === undefined
          ? undefined
          : (_, info) => this.#options.onServerError?.(exception, info),
      onErrorResponse:
        this.#options.onErrorResponse === undefined
          ? undefined
          : (_, info) => this.#options.onErrorResponse?.(exception, info),
      request: {
        method: request.method,
        path: url,
        accept: header(request, 'accept'),
        // The id the answer already carries (the `requestId` option, or the service's own middleware) is the one echoed.
        requestId: requestIdCarried(response) ?? request.headers['x-request-id'],
        bodyLimit: this.#options.bodyLimit,
      },
    });
    // Written as every adapter writes it: Nest's `reply` would have Express hash the body for an ETag.
    send(response, answer);
  }
}
Catch()(ErrorContractFilter);

function header(request: NodeLikeRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
