// The answers a real MonitorQA service sends, built without one: for client teams' tests.
import { ApiError, errorCatalog, type AnyErrorCatalog } from '@monitorqa/errors';
import { detailsSchemaOf, type JsonSchema } from '@monitorqa/errors/tooling';

/** What a mocked error may say besides its code. */
export interface MockErrorInit {
  readonly message?: string;
  /** The details; left out, a sample built from the code's details schema, when it has one. */
  readonly details?: unknown;
  /** Seconds, sent as `Retry-After`. */
  readonly retryAfter?: number;
  readonly requestId?: string;
  /** The catalog the code belongs to. Default: the base contract's. */
  readonly catalog?: AnyErrorCatalog;
}

/**
 * The `Response` a service would send for `code`: its status from the catalog, the envelope
 * (a 5xx with the catalog's message, as a real one), `X-Request-Id`, and `Retry-After` when
 * given. Usable wherever a `Response` is: MSW handlers, a stubbed `fetch`.
 * @example http.get('/api/monitors/:id', () => mockError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '42' } }))
 */
export function mockError(code: string, init: MockErrorInit = {}): Response {
  const catalog: AnyErrorCatalog = init.catalog ?? errorCatalog;
  if (!catalog.codes.includes(code))
    throw new TypeError(
      `mockError: "${code}" is not a code of ${catalog.domain ?? 'the catalog'} (${catalog.codes.length} codes).`,
    );
  const status = catalog.statusOf(code);
  const details = init.details ?? sampleOf(detailsSchemaOf(code, catalog));
  const { message } = catalog.definitions[code]!;
  // The catalog's own words stand in for a hidden 5xx message, as on a real service.
  const error = new ApiError(code, {
    status,
    message: init.message ?? message,
    publicMessage: message,
    details: details as never,
    captureStack: false,
  });
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'x-request-id': init.requestId ?? `mock-${globalThis.crypto.randomUUID()}`,
  };
  if (init.retryAfter !== undefined) headers['retry-after'] = String(init.retryAfter);
  return new Response(JSON.stringify(error), { status, headers });
}

/**
 * A value of a JSON Schema, for details a test does not care about: the first enum value or
 * const, `"example"` for strings, 1 for numbers, every required property of an object.
 * @example sampleOf({ type: 'object', properties: { limit: { type: 'integer' } }, required: ['limit'] }) // { limit: 1 }
 */
export function sampleOf(schema: JsonSchema | undefined): unknown {
  if (schema === undefined) return undefined;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const type = [schema.type].flat()[0];
  if (type === 'string') return 'example';
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [sampleOf(schema.items as JsonSchema | undefined) ?? 'example'];
  if (type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const additional = schema.additionalProperties;
    const sample: Record<string, unknown> = {};
    for (const key of required) sample[key] = sampleOf(properties[key]);
    // A map of field errors: one entry, so the sample shows the shape.
    if (required.length === 0 && typeof additional === 'object' && additional !== null)
      sample.field = sampleOf(additional as JsonSchema);
    // Details with nothing required are best left out, as a real service sends them.
    return Object.keys(sample).length === 0 ? undefined : sample;
  }
  return undefined;
}
