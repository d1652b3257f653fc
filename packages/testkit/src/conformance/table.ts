// The contract's answers to bodies it refuses and to requests only a socket can send: the rows of
// the server README's table that hold for any route, whatever the service.
import { BASE_CODES, CONTRACT_MESSAGES } from '@monitorqa/errors';
import type { Expectation, Probe, ProbeRoute } from './probes.js';

const json = { 'content-type': 'application/json' };
const expected = 'application/json';
const UNSUPPORTED = BASE_CODES.UNSUPPORTED_CONTENT_TYPE.message;
const item = '{"name":"api","interval":60}';

/** Every body the contract refuses, sent to a route that reads JSON. */
export function bodyProbes(route: ProbeRoute, limit: number): Probe[] {
  const send = (headers: Readonly<Record<string, string>>, body: string | Uint8Array) => ({
    method: route.method,
    path: route.path,
    headers: { ...route.headers, ...headers },
    body,
  });
  const refused = (message: string, details: unknown) => ({
    status: 400,
    error: { message, code: 'UNSUPPORTED_CONTENT_TYPE', details },
    closes: true,
  });
  return [
    {
      name: 'valid JSON sent as text/plain (fetch with a string body)',
      request: send({ 'content-type': 'text/plain;charset=UTF-8' }, item),
      expect: refused(UNSUPPORTED, { contentType: 'text/plain;charset=UTF-8', expected }),
    },
    {
      name: 'a body that is not JSON (XML)',
      request: send({ 'content-type': 'application/xml' }, '<item/>'),
      expect: refused(UNSUPPORTED, { contentType: 'application/xml', expected }),
    },
    {
      name: 'a body with no content type',
      request: send({}, new TextEncoder().encode('{}')),
      expect: refused(UNSUPPORTED, { expected }),
    },
    {
      name: 'JSON in a charset other than UTF-8',
      request: send({ 'content-type': 'application/json; charset=latin1' }, item),
      expect: refused(CONTRACT_MESSAGES.charset, { contentType: 'application/json; charset=latin1', expected }),
    },
    {
      name: 'JSON with Content-Encoding: gzip',
      request: send({ ...json, 'content-encoding': 'gzip' }, item),
      expect: refused(CONTRACT_MESSAGES.contentEncoding, {
        contentType: 'application/json',
        contentEncoding: 'gzip',
        expected,
      }),
    },
    {
      name: 'malformed JSON',
      request: send(json, '{"name": "api",'),
      expect: { status: 400, error: { message: BASE_CODES.MALFORMED_JSON.message, code: 'MALFORMED_JSON' } },
    },
    {
      name: 'a body that is not UTF-8',
      request: send(json, new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])),
      expect: { status: 400, error: { message: CONTRACT_MESSAGES.invalidUtf8, code: 'MALFORMED_JSON' } },
    },
    {
      name: `a body over the limit (${String(limit)} bytes)`,
      request: send(json, JSON.stringify({ name: 'x'.repeat(limit), interval: 60 })),
      expect: {
        status: 400,
        error: { message: BASE_CODES.PAYLOAD_TOO_LARGE.message, code: 'PAYLOAD_TOO_LARGE', details: { limit } },
        closes: true,
      },
    },
  ];
}

const http11 = (head: string): string => `${head}\r\nConnection: close\r\n\r\n`;

/** What only a socket can send, and what Node or a framework would answer bare. */
export function wireProbes(route: ProbeRoute): Probe[] {
  const { path } = route;
  return [
    {
      name: 'an Expect other than 100-continue (Node: a bare 417)',
      request: { method: 'GET', path, raw: http11(`GET ${path} HTTP/1.1\r\nHost: x\r\nExpect: 200-ok`) },
      expect: { status: 400, error: { message: CONTRACT_MESSAGES.expect, code: 'MALFORMED_REQUEST' } },
    },
    {
      name: 'an HTTP/1.1 request without Host (Node: a bare 400)',
      request: { method: 'GET', path, raw: http11(`GET ${path} HTTP/1.1`) },
      expect: { status: 400, error: { message: CONTRACT_MESSAGES.missingHost, code: 'MALFORMED_REQUEST' } },
    },
    {
      name: 'GET * (Hono: a bare 400)',
      request: { method: 'GET', path: '*', raw: http11('GET * HTTP/1.1\r\nHost: x') },
      expect: { status: 400, error: { message: CONTRACT_MESSAGES.targetNotPath, code: 'MALFORMED_REQUEST' } },
    },
    {
      name: 'a malformed request line (Node: a bare 400)',
      request: { method: 'GET', path: '/', raw: 'GARBAGE\r\n\r\n' },
      expect: { status: 400, error: { message: CONTRACT_MESSAGES.malformedRequest, code: 'MALFORMED_REQUEST' } },
    },
    {
      name: 'a backslash in the path (Hono: a bare 400, Express: routed)',
      request: { method: 'GET', path, raw: http11(`GET ${path}\\x HTTP/1.1\r\nHost: x`) },
      expect: invalid(CONTRACT_MESSAGES.invalidTarget),
    },
    {
      name: 'an absolute URL that does not parse (Express: an HTML page, Koa: a 500)',
      request: { method: 'GET', path, raw: http11('GET http://[::1/x HTTP/1.1\r\nHost: x') },
      expect: invalid(CONTRACT_MESSAGES.invalidTarget),
    },
    ...['x/y', 'user@x', 'x:70000'].map((host) => ({
      name: `a Host that is not a host: ${host} (Hono: a bare 400)`,
      request: { method: 'GET', path, raw: http11(`GET ${path} HTTP/1.1\r\nHost: ${host}`) },
      expect: invalid(CONTRACT_MESSAGES.invalidHost),
    })),
    {
      name: 'an absolute-form target in upper case, routed by its path (Hono: a bare 400)',
      request: { method: 'GET', path: NOWHERE, raw: http11(`GET HTTP://x${NOWHERE} HTTP/1.1\r\nHost: x`) },
      expect: notFound(NOWHERE),
    },
    ...[`/x/..${path}`, `/%2e%2e${path}`].map((dotted) => ({
      name: `a path with dot segments, not resolved: ${dotted} (Hono: resolved and routed)`,
      request: { method: 'GET', path: dotted, raw: http11(`GET ${dotted} HTTP/1.1\r\nHost: x`) },
      expect: notFound(dotted),
    })),
  ];
}

const NOWHERE = '/no-such-route-for-the-kit';

function invalid(message: string): Expectation {
  return { status: 400, error: { message, code: 'MALFORMED_REQUEST' } };
}

function notFound(path: string): Expectation {
  return {
    status: 404,
    error: { message: BASE_CODES.ROUTE_NOT_FOUND.message, code: 'ROUTE_NOT_FOUND', details: { method: 'GET', path } },
  };
}
