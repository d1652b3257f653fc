// The table every adapter must answer the same way: one request, one answer. The server
// README shows it (a test keeps the two in step).
import { DEFAULT_BODY_LIMIT } from '../../src/internal/body.js';

/** A request as sent on the wire. `raw` is sent as is, for what `fetch` cannot send. */
export interface CaseRequest {
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly raw?: string;
}

/** What the contract answers: the status and either the whole envelope or the success body. */
export interface CaseAnswer {
  readonly status: number;
  readonly error?: { readonly message: string; readonly code: string; readonly details?: unknown };
  readonly body?: unknown;
}

export interface Case {
  readonly name: string;
  readonly request: CaseRequest;
  readonly answer: CaseAnswer;
}

const json = { 'content-type': 'application/json' };
const expected = 'application/json';
const UNSUPPORTED = 'The request content type is not supported.';
const MALFORMED = 'The HTTP request is malformed.';
const http11 = (head: string): string => `${head}\r\nConnection: close\r\n\r\n`;

export const CASES: readonly Case[] = [
  {
    name: 'valid JSON sent as text/plain (fetch with a string body)',
    request: { method: 'POST', path: '/items', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: '{"name":"api","interval":60}' },
    answer: { status: 400, error: { message: UNSUPPORTED, code: 'UNSUPPORTED_CONTENT_TYPE', details: { contentType: 'text/plain;charset=UTF-8', expected } } },
  },
  {
    name: 'a body that is not JSON (XML)',
    request: { method: 'POST', path: '/items', headers: { 'content-type': 'application/xml' }, body: '<item/>' },
    answer: { status: 400, error: { message: UNSUPPORTED, code: 'UNSUPPORTED_CONTENT_TYPE', details: { contentType: 'application/xml', expected } } },
  },
  {
    name: 'a body with no content type',
    request: { method: 'POST', path: '/items', raw: http11('POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 2') + '{}' },
    answer: { status: 400, error: { message: UNSUPPORTED, code: 'UNSUPPORTED_CONTENT_TYPE', details: { expected } } },
  },
  {
    name: 'JSON in a charset other than UTF-8',
    request: { method: 'POST', path: '/items', headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"name":"api","interval":60}' },
    answer: {
      status: 400,
      error: { message: 'The request charset is not supported: JSON is sent as UTF-8.', code: 'UNSUPPORTED_CONTENT_TYPE', details: { contentType: 'application/json; charset=latin1', expected } },
    },
  },
  {
    name: 'JSON with Content-Encoding: gzip',
    request: { method: 'POST', path: '/items', headers: { ...json, 'content-encoding': 'gzip' }, body: '{"name":"api","interval":60}' },
    answer: {
      status: 400,
      error: {
        message: 'The request content encoding is not supported: send the body unencoded.',
        code: 'UNSUPPORTED_CONTENT_TYPE',
        details: { contentType: 'application/json', contentEncoding: 'gzip', expected },
      },
    },
  },
  {
    name: 'malformed JSON',
    request: { method: 'POST', path: '/items', headers: json, body: '{"name": "api",' },
    answer: { status: 400, error: { message: 'The request body is not valid JSON.', code: 'MALFORMED_JSON' } },
  },
  {
    name: 'a body that is not UTF-8',
    request: { method: 'POST', path: '/items', raw: http11('POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9') + '{"a":"\xff"}' },
    answer: { status: 400, error: { message: 'The request body is not valid UTF-8.', code: 'MALFORMED_JSON' } },
  },
  {
    name: `a body over the limit (${DEFAULT_BODY_LIMIT} bytes)`,
    request: { method: 'POST', path: '/items', headers: json, body: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), interval: 60 }) },
    answer: { status: 400, error: { message: 'The request body is too large.', code: 'PAYLOAD_TOO_LARGE', details: { limit: DEFAULT_BODY_LIMIT } } },
  },
  {
    name: 'an empty body where the route needs one',
    request: { method: 'POST', path: '/items', headers: json, body: '' },
    answer: { status: 400, error: { message: 'The request has no body.', code: 'BAD_REQUEST' } },
  },
  {
    name: 'a JSON body of null',
    request: { method: 'POST', path: '/items', headers: json, body: 'null' },
    answer: { status: 422, error: { message: 'Validation failed.', code: 'VALIDATION_FAILED', details: { '(root)': ['Invalid input: expected object, received null'] } } },
  },
  {
    name: 'a JSON body that is a string',
    request: { method: 'POST', path: '/items', headers: json, body: '"a string"' },
    answer: { status: 422, error: { message: 'Validation failed.', code: 'VALIDATION_FAILED', details: { '(root)': ['Invalid input: expected object, received string'] } } },
  },
  {
    name: '`__proto__` and `constructor.prototype` keys (dropped, the rest is read)',
    request: { method: 'PUT', path: '/items/1', headers: json, body: '{"on":true,"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}},"n\\u0061me":"x"}' },
    answer: { status: 200, body: { id: '1', body: { on: true, name: 'x' } } },
  },
  {
    name: 'application/merge-patch+json (any application/*+json is JSON)',
    request: { method: 'PUT', path: '/items/1', headers: { 'content-type': 'application/merge-patch+json' }, body: '{"on":true}' },
    answer: { status: 200, body: { id: '1', body: { on: true } } },
  },
  {
    name: 'GET with Content-Type: application/json and no body',
    request: { method: 'GET', path: '/ok', headers: json },
    answer: { status: 200, body: { hello: 'world' } },
  },
  {
    name: 'DELETE with Content-Type: application/json and no body',
    request: { method: 'DELETE', path: '/items/1', headers: json },
    answer: { status: 204 },
  },
  {
    name: 'PUT with Content-Type: text/plain and an empty body (no body)',
    request: { method: 'PUT', path: '/items/1', headers: { 'content-type': 'text/plain' }, body: '' },
    answer: { status: 200, body: { id: '1', body: null } },
  },
  {
    name: 'a route parameter that is not valid percent-encoding',
    request: { method: 'GET', path: '/items/%E0%A4%A' },
    answer: { status: 400, error: { message: 'The request path has invalid percent-encoding.', code: 'MALFORMED_REQUEST' } },
  },
  {
    name: 'an unknown path that is not valid percent-encoding',
    request: { method: 'GET', path: '/nowhere/%E0%A4%A' },
    answer: { status: 400, error: { message: 'The request path has invalid percent-encoding.', code: 'MALFORMED_REQUEST' } },
  },
  {
    name: 'an unknown route (the path as sent, without the query)',
    request: { method: 'GET', path: '/no%20where?x=1' },
    answer: { status: 404, error: { message: 'No endpoint matches this method and path.', code: 'ROUTE_NOT_FOUND', details: { method: 'GET', path: '/no%20where' } } },
  },
  {
    name: 'an Expect other than 100-continue (Node: a bare 417)',
    request: { method: 'GET', path: '/ok', raw: http11('GET /ok HTTP/1.1\r\nHost: x\r\nExpect: 200-ok') },
    answer: { status: 400, error: { message: "The Expect header is not supported: send the request without it, or with 'Expect: 100-continue'.", code: 'MALFORMED_REQUEST' } },
  },
  {
    name: 'an HTTP/1.1 request without Host (Node: a bare 400)',
    request: { method: 'GET', path: '/ok', raw: http11('GET /ok HTTP/1.1') },
    answer: { status: 400, error: { message: 'The Host header is missing.', code: 'MALFORMED_REQUEST' } },
  },
  {
    name: 'GET * (Hono: a bare 400)',
    request: { method: 'GET', path: '*', raw: http11('GET * HTTP/1.1\r\nHost: x') },
    answer: { status: 400, error: { message: 'The request target is not a path.', code: 'MALFORMED_REQUEST' } },
  },
  {
    name: 'a malformed request line (Node: a bare 400)',
    request: { method: 'GET', path: '/', raw: 'GARBAGE\r\n\r\n' },
    answer: { status: 400, error: { message: MALFORMED, code: 'MALFORMED_REQUEST' } },
  },
];

/** The table as the server README shows it. */
export function casesTable(): string {
  const cell = (value: unknown): string => (value === undefined ? '' : `\`${JSON.stringify(value)}\``.replaceAll('|', '\\|'));
  const rows = CASES.map(({ name, answer }) =>
    answer.error === undefined
      ? `| ${name} | ${answer.status} | | served as usual${answer.body === undefined ? '' : `: ${cell(answer.body)}`} | |`
      : `| ${name} | ${answer.status} | \`${answer.error.code}\` | ${answer.error.message} | ${cell(answer.error.details)} |`,
  );
  return ['| Request | Status | Code | Message | `details` |', '|---|---|---|---|---|', ...rows].join('\n');
}
