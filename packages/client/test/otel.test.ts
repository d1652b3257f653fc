// One span per call, attempts as events, checked with the OpenTelemetry SDK's in-memory exporter.
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTracedClient } from '../src/otel.js';
import { json, sequence, startServer, text, type TestServer } from './http-server.js';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('createTracedClient', () => {
  it('makes one CLIENT span per call, with each attempt an event', async () => {
    exporter.reset();
    server.route('/flaky', sequence(text(503, '', { 'retry-after': '0' }), json(200, { ok: true })));
    // No jitter (baseDelay 0): the wait after `Retry-After: 0` is exactly 0.
    const api = createTracedClient({
      baseUrl: server.url,
      retry: { baseDelay: 0 },
      tracer: provider.getTracer('test'),
    });
    expect(await api.get('/flaky')).toEqual({ ok: true });
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(1);
    const [span] = spans;
    expect([span?.name, span?.kind, span?.status.code]).toEqual(['GET', 2, 0]);
    expect(span?.attributes).toEqual({
      'http.request.method': 'GET',
      'url.full': `${server.url}/flaky`,
      'http.response.status_code': 200,
    });
    expect(span?.events.map((e) => e.attributes)).toEqual([
      { 'http.request.resend_count': 0, 'http.response.status_code': 503, 'monitorqa.retry_in_ms': 0 },
      { 'http.request.resend_count': 1, 'http.response.status_code': 200 },
    ]);
  });

  it('fails the span with the code of the ApiError, or the kind of a transport failure', async () => {
    exporter.reset();
    server.route(
      '/missing',
      json(404, { error: { message: 'No.', code: 'RESOURCE_NOT_FOUND', details: { resource: 'monitor', id: '1' } } }),
    );
    const api = createTracedClient({ baseUrl: server.url, tracer: provider.getTracer('test'), retry: false });
    await expect(api.get('/missing')).rejects.toMatchObject({ code: 'RESOURCE_NOT_FOUND' });
    await expect(
      createTracedClient({ baseUrl: 'http://127.0.0.1:9', tracer: provider.getTracer('test'), retry: false }).get('/x'),
    ).rejects.toMatchObject({ kind: 'network' });
    const [notFound, network] = exporter.getFinishedSpans();
    expect([
      notFound?.status.code,
      notFound?.attributes['error.type'],
      notFound?.attributes['http.response.status_code'],
    ]).toEqual([2, 'RESOURCE_NOT_FOUND', 404]);
    expect([network?.status.code, network?.attributes['error.type']]).toEqual([2, 'network']);
    expect(
      notFound?.events.map((e) => [e.name, e.name === 'exception' ? e.attributes?.['exception.type'] : e.attributes]),
    ).toEqual([
      ['http.attempt', { 'http.request.resend_count': 0, 'http.response.status_code': 404 }],
      // The SDK names an exception by its `code` when it has one.
      ['exception', 'RESOURCE_NOT_FOUND'],
    ]);
  });
});
