// Error answers on the request's span, checked with the OpenTelemetry SDK's in-memory exporter.
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { apiError } from '@monitorqa/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toErrorResponse } from '../src/index.js';
import { traceErrors } from '../src/helpers/otel.js';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const manager = new AsyncLocalStorageContextManager();
const tracer = provider.getTracer('test');

beforeAll(() => {
  context.setGlobalContextManager(manager.enable());
});
afterAll(() => {
  context.disable();
});

// As an instrumented server runs it: the request's span active while the error is answered.
function answerIn(thrown: unknown): void {
  tracer.startActiveSpan('GET /monitors/:id', (span) => {
    toErrorResponse(thrown, { onErrorResponse: traceErrors(), request: { requestId: 'r-1' } });
    span.end();
  });
}

describe('traceErrors() as onErrorResponse', () => {
  it('marks a 4xx with its status and code, and leaves the span unset: a client error is not the server failing', () => {
    exporter.reset();
    answerIn(apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '7' } }));
    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes).toEqual({ 'http.response.status_code': 404, 'error.type': 'RESOURCE_NOT_FOUND' });
    expect([span?.status.code, span?.events]).toEqual([0, []]);
  });

  it('marks a 5xx as an error and records the exception that was thrown', () => {
    exporter.reset();
    answerIn(new TypeError('db password rejected'));
    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes).toEqual({ 'http.response.status_code': 500, 'error.type': 'INTERNAL_SERVER_ERROR' });
    expect(span?.status).toEqual({ code: 2, message: 'INTERNAL_SERVER_ERROR' });
    expect(
      span?.events.map((e) => [e.name, e.attributes?.['exception.type'], e.attributes?.['exception.message']]),
    ).toEqual([['exception', 'TypeError', 'db password rejected']]);
  });

  it('does nothing without an active span, and never breaks the answer', () => {
    expect(trace.getActiveSpan()).toBeUndefined();
    expect(toErrorResponse(new Error('x'), { onErrorResponse: traceErrors() }).status).toBe(500);
    expect(
      toErrorResponse(apiError('CONFLICT'), {
        onErrorResponse: () => {
          throw new Error('tracer down');
        },
      }).status,
    ).toBe(409);
  });
});
