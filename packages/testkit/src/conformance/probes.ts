// The requests every MonitorQA service must answer as the contract says: the same probes our own
// conformance suite sends to every adapter, for a service to run in its own tests.
import { BASE_CODES, errorCatalog, type AnyErrorCatalog } from '@monitorqa/errors';

/** A route the probes may send requests to. */
export interface ProbeRoute {
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One request of a documented status the service declares, with the answer it must give. */
export interface StatusCase {
  readonly name?: string;
  readonly request: ProbeRoute & { readonly body?: string };
  readonly status: number;
  readonly code: string;
  /** The whole `details` expected; left out, any details the code allows. */
  readonly details?: unknown;
}

/** What the kit needs to know of the service. */
export interface ContractOptions {
  /** The service's catalog: every code it sends must be one of it, with its status. Default: the base catalog. */
  readonly catalog?: AnyErrorCatalog;
  /** A route that reads a JSON body: malformed JSON, a wrong content type and an oversized body are sent to it. */
  readonly jsonRoute?: ProbeRoute;
  /** The largest body the service reads (default 1 MiB); one byte more must be `PAYLOAD_TOO_LARGE`. */
  readonly bodyLimit?: number;
  /** A route that needs an API key: sent without one, and with a wrong one. */
  readonly keyRoute?: ProbeRoute;
  /** A route that crashes on purpose: its 500 must leak nothing. */
  readonly crashRoute?: ProbeRoute;
  /** Text that must never appear in any answer (a planted secret the crash route's error holds). */
  readonly secret?: string;
  /** Per documented status the service declares: a request and the answer it must get. */
  readonly statuses?: readonly StatusCase[];
}

/** What a probe expects back: an error answer with this status and code (and these details). */
export interface Expectation {
  readonly status: number;
  readonly code: string;
  readonly details?: unknown;
  /** Where the details must at least hold these values. */
  readonly detailsMatch?: Readonly<Record<string, unknown>>;
  /** The answer must be an RFC 9457 problem document. */
  readonly problem?: boolean;
  /** The answer must echo this `X-Request-Id`. */
  readonly requestId?: string;
  /** A 500: the catalog's generic message, no stack, no file path, no secret. */
  readonly leaksNothing?: boolean;
}

/** One probe: what is sent and what the contract wants back. */
export interface Probe {
  readonly name: string;
  readonly path: string;
  readonly init: RequestInit;
  readonly expect: Expectation;
}

const UNKNOWN = '/__monitorqa-probe/no%20such%20route';

/**
 * The probes for a service: unknown route, request ids, problem+json, and, for the routes the
 * options name, the body, key and crash probes and each declared status.
 * @example it.each(errorContractProbes(options))('$name', (probe) => runProbe(app.fetch, probe, options))
 */
export function errorContractProbes(options: ContractOptions = {}): Probe[] {
  const probes: Probe[] = [
    { name: 'an unknown route is 404 ROUTE_NOT_FOUND with the path as sent', path: `${UNKNOWN}?q=1`, init: {}, expect: { status: 404, code: 'ROUTE_NOT_FOUND', details: { method: 'GET', path: UNKNOWN } } },
    { name: 'an X-Request-Id sent is echoed', path: UNKNOWN, init: { headers: { 'x-request-id': 'probe-request-1' } }, expect: { status: 404, code: 'ROUTE_NOT_FOUND', requestId: 'probe-request-1' } },
    { name: 'Accept: application/problem+json gets an RFC 9457 document', path: UNKNOWN, init: { headers: { accept: 'application/problem+json' } }, expect: { status: 404, code: 'ROUTE_NOT_FOUND', problem: true } },
  ];
  const { jsonRoute, keyRoute, crashRoute } = options;
  if (jsonRoute !== undefined) {
    const limit = options.bodyLimit ?? 1_048_576;
    const post = (body: string, contentType: string): RequestInit => ({ method: jsonRoute.method, headers: { ...jsonRoute.headers, 'content-type': contentType }, body });
    probes.push(
      { name: 'malformed JSON is 400 MALFORMED_JSON', path: jsonRoute.path, init: post('{"name":', 'application/json'), expect: { status: 400, code: 'MALFORMED_JSON' } },
      { name: 'JSON sent as text/plain is 400 UNSUPPORTED_CONTENT_TYPE', path: jsonRoute.path, init: post('{"name":"x"}', 'text/plain'), expect: { status: 400, code: 'UNSUPPORTED_CONTENT_TYPE', detailsMatch: { expected: 'application/json' } } },
      { name: `a body over ${String(limit)} bytes is 400 PAYLOAD_TOO_LARGE saying the limit`, path: jsonRoute.path, init: post(`"${'x'.repeat(limit)}"`, 'application/json'), expect: { status: 400, code: 'PAYLOAD_TOO_LARGE', details: { limit } } },
    );
  }
  if (keyRoute !== undefined) {
    const init = (key?: string): RequestInit => ({ method: keyRoute.method, headers: { ...keyRoute.headers, ...(key === undefined ? {} : { 'x-api-key': key }) } });
    probes.push(
      { name: 'a missing X-API-KEY is 401 MISSING_API_KEY', path: keyRoute.path, init: init(), expect: { status: 401, code: 'MISSING_API_KEY', details: { header: 'X-API-KEY' } } },
      { name: 'a wrong X-API-KEY is 401 INVALID_API_KEY', path: keyRoute.path, init: init('probe-wrong-key'), expect: { status: 401, code: 'INVALID_API_KEY' } },
    );
  }
  if (crashRoute !== undefined) {
    probes.push({ name: 'a crash is 500 INTERNAL_SERVER_ERROR and leaks nothing', path: crashRoute.path, init: { method: crashRoute.method, headers: crashRoute.headers }, expect: { status: 500, code: 'INTERNAL_SERVER_ERROR', leaksNothing: true } });
  }
  for (const c of options.statuses ?? []) {
    const { request } = c;
    probes.push({
      name: c.name ?? `${request.method} ${request.path} is ${String(c.status)} ${c.code}`,
      path: request.path,
      init: { method: request.method, headers: request.headers, body: request.body },
      expect: c.details === undefined ? { status: c.status, code: c.code } : { status: c.status, code: c.code, details: c.details },
    });
  }
  return probes;
}

/** The catalog a service's answers are read against. */
export function catalogOf(options: ContractOptions): AnyErrorCatalog {
  return options.catalog ?? errorCatalog;
}

/** The generic message of a 500, which is all a crash may say. */
export const INTERNAL_MESSAGE = BASE_CODES.INTERNAL_SERVER_ERROR.message;
