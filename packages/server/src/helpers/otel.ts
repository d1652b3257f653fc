import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { ErrorInfo } from '../core/answer.js';

/**
 * Records an error answer on the active span (or `span`), by the OpenTelemetry HTTP semantic
 * conventions for servers: `http.response.status_code`, and `error.type` set to our code. Only
 * a 5xx is the server's failure: only then the span's status is ERROR and the exception recorded.
 * @example recordErrorAnswer(thrown, info)
 */
function recordErrorAnswer(thrown: unknown, info: ErrorInfo, span: Span | undefined = trace.getActiveSpan()): void {
  if (span === undefined) return;
  span.setAttributes({ 'http.response.status_code': info.status, 'error.type': info.code });
  if (info.status < 500) return;
  span.recordException(thrown instanceof Error ? thrown : String(thrown));
  span.setStatus({ code: SpanStatusCode.ERROR, message: info.code });
}

/**
 * The `onErrorResponse` hook that records every error answer on the request's active span.
 * `@opentelemetry/api` is an optional peer: only this subpath needs it.
 * @example app.use(errorHandler({ onErrorResponse: traceErrors() }))
 */
export function traceErrors(): (thrown: unknown, info: ErrorInfo) => void {
  return (thrown, info) => {
    recordErrorAnswer(thrown, info);
  };
}
