// The requests every MonitorQA service must answer as the contract says, with the answers it
// wants: one table, sent by our own conformance suite to every adapter and by services' tests.
import { BASE_CODES, CONTRACT_MESSAGES, errorCatalog, type AnyErrorCatalog } from '@monitorqa/errors';
import type { RouteProbeOptions } from './route-probes.js';
import { bodyProbes, wireProbes } from './table.js';

/** A route the probes may send requests to; `:name` segments are filled in. */
export interface ProbeRoute {
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A request as sent: through `fetch`, or byte for byte on a socket (`raw`, base URL targets only). */
export interface ProbeRequest {
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string, or bytes (sent without a content type unless `headers` gives one). */
  readonly body?: string | Uint8Array;
  readonly raw?: string;
}

/** What the contract wants back. */
export interface Expectation {
  readonly status: number;
  /** An error answer: the envelope's code, and its message and details where given. */
  readonly error?: { readonly code: string; readonly message?: string; readonly details?: unknown };
  /** Where the details must at least hold these values. */
  readonly detailsMatch?: Readonly<Record<string, unknown>>;
  /** A success answer's JSON body (`undefined`: no body). */
  readonly body?: unknown;
  /** The answer must be an RFC 9457 problem document. */
  readonly problem?: boolean;
  /** The answer must echo this `X-Request-Id`. */
  readonly requestId?: string;
  /** A 500: the catalog's generic message, no stack, no file path, no secret. */
  readonly leaksNothing?: boolean;
  /** The answer refuses a body that may be unread: it must close the connection. */
  readonly closes?: boolean;
}

/** One probe: what is sent and what the contract wants back. */
export interface Probe {
  readonly name: string;
  readonly request: ProbeRequest;
  readonly expect: Expectation;
}

/**
 * The request of a `StatusCase`: a `ProbeRequest` whose body may also be an object or an array, sent as
 * JSON with `content-type: application/json` (unless `headers` names a content type).
 */
export interface StatusRequest extends Omit<ProbeRequest, 'body'> {
  /** A string or bytes as they are; an object or an array as JSON. */
  readonly body?: string | Uint8Array | Readonly<Record<string, unknown>> | readonly unknown[];
}

/** One request of a documented status the service declares, with the answer it must give. */
export interface StatusCase {
  readonly name?: string;
  readonly request: StatusRequest;
  readonly status: number;
  readonly code: string;
  /** The whole `details` expected; left out, any details the code allows. */
  readonly details?: unknown;
}

/** What the kit needs to know of the service (`routes`: its declared routes, each probed; see `RouteProbeOptions`). */
export interface ContractOptions extends RouteProbeOptions {
  /** The service's catalog: every code it sends must be one of it, with its status. Default: the base catalog. */
  readonly catalog?: AnyErrorCatalog;
  /** A route that reads a JSON body: every way of sending a body the contract refuses is sent to it. */
  readonly jsonRoute?: ProbeRoute;
  /** The largest body the service reads (default 1 MiB); a larger one must be `PAYLOAD_TOO_LARGE`. */
  readonly bodyLimit?: number;
  /** A route with a parameter (`/monitors/:id`): a parameter that is not valid percent-encoding is sent to it. */
  readonly paramRoute?: ProbeRoute;
  /** A route that needs an API key: sent without one, and with a wrong one. */
  readonly keyRoute?: ProbeRoute;
  /** A route that crashes on purpose: its 500 must leak nothing. */
  readonly crashRoute?: ProbeRoute;
  /** Text that must never appear in any answer (a planted secret the crash route's error holds). */
  readonly secret?: string;
  /** Per documented status the service declares: a request and the answer it must get. */
  readonly statuses?: readonly StatusCase[];
  /** Send what only a socket can (no Host, `GET *`, a malformed request line) to a `GET` route, e.g. `/health`. Base URL targets only. */
  readonly wireRoute?: ProbeRoute;
}

const UNKNOWN = '/__monitorqa-probe/no%20such%20route';

/**
 * The probes for a service: unknown routes and paths, request ids, problem+json, and for the
 * routes the options name, every body the contract refuses, bad parameters, keys, a crash,
 * each declared status and the wire-level requests.
 * @example it.each(errorContractProbes(options))('$name', (probe) => runProbe(baseUrl, probe, options))
 */
export function errorContractProbes(options: ContractOptions = {}): Probe[] {
  const probes: Probe[] = [
    {
      name: 'an unknown route (the path as sent, without the query)',
      request: { method: 'GET', path: `${UNKNOWN}?q=1` },
      expect: {
        status: 404,
        error: {
          message: BASE_CODES.ROUTE_NOT_FOUND.message,
          code: 'ROUTE_NOT_FOUND',
          details: { method: 'GET', path: UNKNOWN },
        },
      },
    },
    {
      name: 'an unknown path that is not valid percent-encoding',
      request: { method: 'GET', path: '/__monitorqa-probe/%E0%A4%A' },
      expect: { status: 400, error: MALFORMED_PATH },
    },
    {
      name: 'an X-Request-Id sent is echoed',
      request: { method: 'GET', path: UNKNOWN, headers: { 'x-request-id': 'probe-request-1' } },
      expect: { status: 404, error: { code: 'ROUTE_NOT_FOUND' }, requestId: 'probe-request-1' },
    },
    {
      name: 'Accept: application/problem+json gets an RFC 9457 document',
      request: { method: 'GET', path: UNKNOWN, headers: { accept: 'application/problem+json' } },
      expect: { status: 404, error: { code: 'ROUTE_NOT_FOUND' }, problem: true },
    },
  ];
  const { jsonRoute, paramRoute, keyRoute, crashRoute, wireRoute } = options;
  if (jsonRoute !== undefined) probes.push(...bodyProbes(jsonRoute, options.bodyLimit ?? 1_048_576));
  if (paramRoute !== undefined) {
    probes.push({
      name: 'a route parameter that is not valid percent-encoding',
      request: { ...paramRoute, path: fill(paramRoute.path, '%E0%A4%A') },
      expect: { status: 400, error: MALFORMED_PATH },
    });
  }
  if (keyRoute !== undefined) {
    const withKey = (key?: string): ProbeRequest => ({
      ...keyRoute,
      headers: { ...keyRoute.headers, ...(key === undefined ? {} : { 'x-api-key': key }) },
    });
    probes.push(
      {
        name: 'a missing X-API-KEY',
        request: withKey(),
        expect: {
          status: 401,
          error: {
            message: BASE_CODES.MISSING_API_KEY.message,
            code: 'MISSING_API_KEY',
            details: { header: 'X-API-KEY' },
          },
        },
      },
      {
        name: 'a wrong X-API-KEY (never echoed)',
        request: withKey('probe-wrong-key'),
        expect: { status: 401, error: { message: BASE_CODES.INVALID_API_KEY.message, code: 'INVALID_API_KEY' } },
      },
    );
  }
  if (crashRoute !== undefined) {
    probes.push({
      name: 'a crash leaks nothing',
      request: { ...crashRoute, path: fill(crashRoute.path, '1') },
      expect: { status: 500, error: { message: INTERNAL_MESSAGE, code: 'INTERNAL_SERVER_ERROR' }, leaksNothing: true },
    });
  }
  for (const c of options.statuses ?? []) {
    const request = toProbeRequest(c.request);
    probes.push({
      name: c.name ?? `${request.method} ${request.path} is ${String(c.status)} ${c.code}`,
      request,
      expect: {
        status: c.status,
        error: c.details === undefined ? { code: c.code } : { code: c.code, details: c.details },
      },
    });
  }
  if (wireRoute !== undefined) probes.push(...wireProbes(wireRoute));
  return probes;
}

/** A status case's request as sent: an object body becomes JSON, with its content type. */
function toProbeRequest(request: StatusRequest): ProbeRequest {
  const { body } = request;
  if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) return request as ProbeRequest;
  const typed = Object.keys(request.headers ?? {}).some((name) => name.toLowerCase() === 'content-type');
  return {
    ...request,
    headers: typed ? request.headers : { ...request.headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/** A route's path with its `:name` segments filled in. */
function fill(path: string, value: string): string {
  return path.replace(/:\w+/g, value);
}

const MALFORMED_PATH = { message: CONTRACT_MESSAGES.pathEncoding, code: 'MALFORMED_REQUEST' } as const;

/** The catalog a service's answers are read against. */
export function catalogOf(options: ContractOptions): AnyErrorCatalog {
  return options.catalog ?? errorCatalog;
}

/** The generic message of a 500, which is all a crash may say. */
export const INTERNAL_MESSAGE = BASE_CODES.INTERNAL_SERVER_ERROR.message;

/**
 * The probes as a Markdown table (request, status, code, message, details): what a service's
 * README can state it answers, kept true by a test.
 * @example expect(readme).toContain(probesTable(errorContractProbes(options)))
 */
export function probesTable(probes: readonly Probe[]): string {
  const cell = (value: unknown): string =>
    value === undefined ? '' : `\`${JSON.stringify(value)}\``.replaceAll('|', '\\|');
  const rows = probes.map(({ name, expect }) =>
    expect.error === undefined
      ? `| ${name} | ${String(expect.status)} | | served as usual${expect.body === undefined ? '' : `: ${cell(expect.body)}`} | |`
      : `| ${name} | ${String(expect.status)} | \`${expect.error.code}\` | ${expect.error.message ?? ''} | ${cell(expect.error.details)} |`,
  );
  return ['| Request | Status | Code | Message | `details` |', '|---|---|---|---|---|', ...rows].join('\n');
}
