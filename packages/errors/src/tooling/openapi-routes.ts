import type { AnyErrorCatalog } from '../catalog.js';
import { routeCodes, type AnyRoute } from '../routes.js';
import { STATUSES, type ErrorStatus, type SuccessStatus } from '../status.js';
import { describeCode, detailsSchemaOf, fromStandardJsonSchema, type JsonSchema } from './json-schema.js';
import { ENVELOPE_COMPONENT } from './openapi.js';
import { STATUS_DOCS } from './status-docs.js';

/** Options of `toOpenApiDocument`. */
export interface OpenApiDocumentOptions {
  readonly info?: { readonly title: string; readonly version: string; readonly description?: string };
  readonly servers?: readonly { readonly url: string; readonly description?: string }[];
  /**
   * What the service says of each operation besides its errors, by route name: a summary, tags, its
   * own success responses. Merged over what the declaration gives; error responses stay generated.
   */
  readonly operations?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const pascal = (code: string): string =>
  code
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
/** The component name of a code's envelope: `RESOURCE_NOT_FOUND` → `ResourceNotFoundError`. */
const errorSchemaName = (code: string): string => `${pascal(code)}Error`;

/**
 * An OpenAPI 3.1 document of a service's declared routes. Each operation lists every error response
 * its route may answer (its declared codes, the universal ones, every status's general code, as
 * `routeCodes` says): per status, a `oneOf` of the envelope narrowed per code (`error.code` a `const`,
 * `details` with its schema where known), which `error.code` discriminates. `ErrorCode` is an open
 * string listing the known codes in `x-extensible-enum`: a code added later is not a breaking change
 * of the document (a client reads an unknown code as its status's general code).
 * @example writeFileSync('openapi.json', JSON.stringify(toOpenApiDocument(catalog, routes, { info: { title: 'Monitors', version: '1.0.0' } }), null, 2))
 */
export function toOpenApiDocument(
  catalog: AnyErrorCatalog,
  routes: Readonly<Record<string, AnyRoute>>,
  options: OpenApiDocumentOptions = {},
): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  const used = new Set<string>();
  for (const route of Object.values(routes)) {
    const codes = routeCodes(route).filter((code) => catalog.has(code));
    for (const code of codes) used.add(code);
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const own = options.operations?.[route.name] ?? {};
    const responses = {
      ...successResponse(route),
      ...(own.responses as object | undefined),
      ...errorResponses(catalog, codes),
    };
    (paths[path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.name,
      ...own,
      ...parametersOf(route),
      ...requestBodyOf(route),
      responses,
    };
  }
  const schemas: Record<string, JsonSchema> = { ErrorCode: codeSchema(catalog), ErrorEnvelope: ENVELOPE_COMPONENT };
  for (const code of catalog.codes.filter((c) => used.has(c))) schemas[errorSchemaName(code)] = narrowed(catalog, code);
  return {
    openapi: '3.1.0',
    info: options.info ?? { title: 'API', version: '0.0.0' },
    ...(options.servers === undefined ? {} : { servers: options.servers }),
    paths,
    components: { schemas },
  };
}

function codeSchema(catalog: AnyErrorCatalog): JsonSchema {
  return {
    type: 'string',
    pattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$',
    'x-extensible-enum': [...catalog.codes],
    description:
      'Machine-readable error code: one of the known codes, or one added later (read it as its status’s general code). ' +
      catalog.codes.map((c) => `${c} (${catalog.statusOf(c)})`).join(', ') +
      '.',
  };
}

// The envelope of one code: `error.code` its const, `details` its schema where known.
function narrowed(catalog: AnyErrorCatalog, code: string): JsonSchema {
  const details = detailsSchemaOf(code, catalog);
  const description = describeCode(catalog, code);
  return {
    title: code,
    ...(description === '' ? {} : { description }),
    allOf: [
      ref('ErrorEnvelope'),
      {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: { code: { const: code }, ...(details === undefined ? {} : { details }) },
          },
        },
      },
    ],
  };
}

function errorResponses(catalog: AnyErrorCatalog, codes: readonly string[]): Record<string, unknown> {
  const byStatus = new Map<ErrorStatus, string[]>();
  for (const code of catalog.codes)
    if (codes.includes(code))
      byStatus.set(catalog.statusOf(code), [...(byStatus.get(catalog.statusOf(code)) ?? []), code]);
  const responses: Record<string, unknown> = {};
  for (const [status, members] of [...byStatus].sort(([a], [b]) => a - b)) {
    const headers: Record<string, unknown> = { 'X-Request-Id': { schema: { type: 'string' } } };
    if (status === 401) headers['WWW-Authenticate'] = { schema: { type: 'string' } };
    if (status === 503) headers['Retry-After'] = { required: true, schema: { type: 'string' } };
    responses[String(status)] = {
      description: `${String(status)} ${STATUSES[status].reason}: ${STATUS_DOCS[status].description}. One of ${members.join(', ')}, told apart by \`error.code\`.`,
      headers,
      content: {
        'application/json': {
          schema:
            members.length === 1
              ? ref(errorSchemaName(members[0]!))
              : { oneOf: members.map((c) => ref(errorSchemaName(c))) },
        },
      },
    };
  }
  return responses;
}

function schemaOf(shape: unknown): JsonSchema | undefined {
  return (typeof shape === 'object' || typeof shape === 'function') && shape !== null
    ? fromStandardJsonSchema(shape)
    : undefined;
}

function successResponse(route: AnyRoute): Record<string, unknown> {
  const status: SuccessStatus = route.status ?? 200;
  const description = `${String(status)} ${STATUSES[status].reason}`;
  if (status === 204) return { '204': { description } };
  return {
    [String(status)]: { description, content: { 'application/json': { schema: schemaOf(route.response) ?? {} } } },
  };
}

function parametersOf(route: AnyRoute): Record<string, unknown> {
  const parameters: unknown[] = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = schemaOf(route.query);
  const required = new Set((query?.required as string[] | undefined) ?? []);
  for (const [name, schema] of Object.entries((query?.properties as Record<string, unknown> | undefined) ?? {}))
    parameters.push({ name, in: 'query', required: required.has(name), schema });
  return parameters.length === 0 ? {} : { parameters };
}

function requestBodyOf(route: AnyRoute): Record<string, unknown> {
  if (route.body === undefined) return {};
  return { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body) ?? {} } } } };
}
