import { SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { isApiError } from '@monitorqa/errors';
import type { RequestBody } from './body.js';
import { createClient, mergeOptions, type Client, type ClientOptions, type RequestOptions } from './client.js';
import type { RetryOptions } from './retry.js';
import { isTransportError } from './transport-error.js';

/** Options of a traced client: the client's own, and the tracer to use. */
export interface TracedClientOptions extends ClientOptions {
  /** Default: `trace.getTracer('@monitorqa/errors-client')` of the global provider. */
  readonly tracer?: Tracer;
}

/**
 * `createClient` with one OpenTelemetry CLIENT span per call, by the HTTP semantic conventions
 * (`http.request.method`, `url.full`, `http.response.status_code`, `error.type`), each attempt an
 * event (`http.request.resend_count`, the status or the transport failure, the wait before the
 * next). A separate entry point: a bundle without tracing does not pay for it, and
 * `@opentelemetry/api` is an optional peer.
 * @example const api = createTracedClient({ baseUrl, apiKey, tracer: provider.getTracer('web') });
 */
export function createTracedClient(options: TracedClientOptions): Client {
  const client = createClient(options);
  const tracer = options.tracer ?? trace.getTracer('@monitorqa/errors-client');
  const base = options.baseUrl.replace(/\/+$/, '');

  async function request(method: string, path: string, opts: RequestOptions = {}): ReturnType<Client['request']> {
    method = method.toUpperCase();
    const url = base + (path.startsWith('/') ? path : `/${path}`);
    return tracer.startActiveSpan(
      method,
      { kind: SpanKind.CLIENT, attributes: { 'http.request.method': method, 'url.full': url } },
      async (span) => {
        // The call's own retry options, or the client's, with every attempt recorded on this span.
        const retry = opts.retry ?? options.retry;
        const own: RetryOptions = retry === false ? { limit: 0 } : (retry ?? {});
        const traced: RetryOptions = {
          ...own,
          onAttempt: (attempt) => {
            span.addEvent('http.attempt', {
              'http.request.resend_count': attempt.attempt - 1,
              ...(typeof attempt.outcome === 'number'
                ? { 'http.response.status_code': attempt.outcome }
                : { 'error.type': attempt.outcome }),
              ...(attempt.retryIn === undefined ? {} : { 'monitorqa.retry_in_ms': attempt.retryIn }),
            });
            own.onAttempt?.(attempt);
          },
        };
        try {
          const response = await client.request(method, path, { ...opts, retry: traced });
          span.setAttribute('http.response.status_code', response.status);
          return response;
        } catch (error) {
          if (isApiError(error))
            span.setAttributes({
              'http.response.status_code': error.response?.status ?? error.status,
              'error.type': error.code,
            });
          else span.setAttribute('error.type', isTransportError(error) ? error.kind : 'unknown');
          // A client span fails with any 4xx or 5xx, or no answer.
          span.setStatus({ code: SpanStatusCode.ERROR });
          if (error instanceof Error) span.recordException(error);
          throw error;
        } finally {
          span.end();
        }
      },
    );
  }

  const data = async (method: string, path: string, opts?: RequestOptions): Promise<never> =>
    (await request(method, path, opts)).data as never;
  const withBody =
    (method: string) =>
    (path: string, body?: RequestBody, opts?: RequestOptions): Promise<never> =>
      data(method, path, { ...opts, body });
  return {
    request: request as Client['request'],
    get: (path, opts) => data('GET', path, opts),
    post: withBody('POST'),
    put: withBody('PUT'),
    patch: withBody('PATCH'),
    delete: (path, opts) => data('DELETE', path, opts),
    extend: (more) => createTracedClient({ ...mergeOptions(options, more), tracer }),
  };
}
