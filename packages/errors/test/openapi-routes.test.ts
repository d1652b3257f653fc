import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineErrorCatalog, defineRoutes, shape } from '../src/index.js';
import { toOpenApiDocument } from '../src/tooling.js';

const catalog = defineErrorCatalog({
  MONITOR_LIMIT_REACHED: {
    status: 409,
    message: 'The monitor limit is reached.',
    details: z.object({ limit: z.number().int() }),
  },
});
const Monitor = z.object({ id: z.string(), name: z.string() });
const routes = defineRoutes<typeof catalog>()({
  getMonitor: { method: 'GET', path: '/monitors/:id', errors: ['RESOURCE_NOT_FOUND'], response: Monitor },
  listMonitors: {
    method: 'GET',
    path: '/monitors',
    query: z.object({ limit: z.number().int().optional() }),
    response: z.array(Monitor),
  },
  createMonitor: {
    method: 'POST',
    path: '/monitors',
    status: 201,
    errors: ['MONITOR_LIMIT_REACHED', 'VALIDATION_FAILED', 'RESOURCE_ALREADY_EXISTS'],
    body: z.object({ name: z.string() }),
    response: Monitor,
  },
  deleteMonitor: { method: 'DELETE', path: '/monitors/:id', status: 204, errors: ['RESOURCE_NOT_FOUND'] },
  health: { method: 'GET', path: '/health', response: shape<{ ok: true }>() },
});
const doc = toOpenApiDocument(catalog, routes, {
  info: { title: 'Monitors', version: '1.0.0' },
  operations: { getMonitor: { summary: 'One monitor', tags: ['monitors'] } },
}) as {
  paths: Record<
    string,
    Record<string, { responses: Record<string, unknown>; summary?: string; parameters?: unknown[] }>
  >;
  components: { schemas: Record<string, Record<string, unknown>> };
};
const getMonitor = doc.paths['/monitors/{id}']!.get!;

describe('toOpenApiDocument', () => {
  it('is a valid OpenAPI 3.1 document (@readme/openapi-parser)', async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? 'valid' : compileErrors(result)).toBe('valid');
    // The validator is not a rubber stamp: a response that is not an object fails it.
    const broken = structuredClone(doc);
    broken.paths['/health']!.get!.responses['200'] = 5;
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it('lists, per status, the envelope narrowed to each code the route may answer', () => {
    expect(Object.keys(getMonitor.responses)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '422',
      '500',
      '502',
      '503',
    ]);
    expect(getMonitor.responses['404']).toEqual({
      description:
        '404 Not Found: Resource not found. One of NOT_FOUND, ROUTE_NOT_FOUND, RESOURCE_NOT_FOUND, told apart by `error.code`.',
      headers: { 'X-Request-Id': { schema: { type: 'string' } } },
      content: {
        'application/json': {
          schema: {
            oneOf: [
              { $ref: '#/components/schemas/NotFoundError' },
              { $ref: '#/components/schemas/RouteNotFoundError' },
              { $ref: '#/components/schemas/ResourceNotFoundError' },
            ],
          },
        },
      },
    });
    // 400 on a GET: no body, so none of the body reader's codes.
    expect(JSON.stringify(getMonitor.responses['400'])).not.toContain('MalformedJson');
    expect(JSON.stringify(doc.paths['/monitors']!.post!.responses['400'])).toContain('MalformedJsonError');
  });

  it('narrows each code’s envelope: its code a const, its details schema where known', () => {
    expect(doc.components.schemas.ResourceNotFoundError).toEqual({
      title: 'RESOURCE_NOT_FOUND',
      description: expect.any(String),
      allOf: [
        { $ref: '#/components/schemas/ErrorEnvelope' },
        {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: {
                code: { const: 'RESOURCE_NOT_FOUND' },
                details: {
                  type: 'object',
                  properties: { resource: { type: 'string' }, id: { type: 'string' } },
                  required: ['resource', 'id'],
                },
              },
            },
          },
        },
      ],
    });
    expect(
      (
        doc.components.schemas.MonitorLimitReachedError!.allOf as [
          unknown,
          { properties: { error: { properties: unknown } } },
        ]
      )[1].properties.error.properties,
    ).toEqual({
      code: { const: 'MONITOR_LIMIT_REACHED' },
      details: {
        type: 'object',
        properties: { limit: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 } },
        required: ['limit'],
        additionalProperties: false,
      },
    });
  });

  it('keeps the code schema open: a code added later is not a breaking change of the document', () => {
    const code = doc.components.schemas.ErrorCode!;
    expect(code.enum).toBeUndefined();
    expect(code.type).toBe('string');
    expect(code['x-extensible-enum']).toEqual(catalog.codes);
  });

  it('describes the success, parameters and body from the declaration, merged with what the service says', () => {
    expect(getMonitor.summary).toBe('One monitor');
    expect(getMonitor.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(doc.paths['/monitors']!.get!.parameters).toEqual([
      {
        name: 'limit',
        in: 'query',
        required: false,
        schema: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 },
      },
    ]);
    expect(doc.paths['/monitors/{id}']!.delete!.responses['204']).toEqual({ description: '204 No Content' });
    expect(doc.paths['/health']!.get!.responses['200']).toEqual({
      description: '200 OK',
      content: { 'application/json': { schema: {} } },
    });
  });
});
