// The table every adapter must answer the same way: one request, one answer. Most of it is the
// testkit's (the probes every service's tests send); the rest needs this suite's own routes.
// The server README states it (a test keeps the two in step).
import { errorContractProbes, probesTable, type Probe } from '@monitorqa/errors-testkit';
import { DEFAULT_BODY_LIMIT } from '../../src/body/policy.js';
import { SECRET } from './routes.js';

const json = { 'content-type': 'application/json' };

/** The testkit's probes, pointed at this suite's routes. */
export const KIT_PROBES: readonly Probe[] = errorContractProbes({
  jsonRoute: { method: 'POST', path: '/items' },
  bodyLimit: DEFAULT_BODY_LIMIT,
  paramRoute: { method: 'GET', path: '/items/:id' },
  keyRoute: { method: 'PUT', path: '/secure' },
  crashRoute: { method: 'GET', path: '/crash' },
  secret: SECRET,
  wireRoute: { method: 'GET', path: '/ok' },
  statuses: [
    {
      name: 'a resource a route does not find',
      request: { method: 'GET', path: '/items/7' },
      status: 404,
      code: 'RESOURCE_NOT_FOUND',
      details: { resource: 'item', id: '7' },
    },
    {
      name: 'a failed upstream',
      request: { method: 'GET', path: '/upstream' },
      status: 502,
      code: 'UPSTREAM_FAILED',
      details: { upstream: 'checker' },
    },
    { name: 'maintenance', request: { method: 'GET', path: '/maintenance' }, status: 503, code: 'MAINTENANCE' },
  ],
});

/** How bodies the contract accepts reach a route: what a route's validation and echo show. */
export const OWN_PROBES: readonly Probe[] = [
  {
    name: 'an empty body where the route needs one',
    request: { method: 'POST', path: '/items', headers: json, body: '' },
    expect: { status: 400, error: { message: 'The request has no body.', code: 'BAD_REQUEST' } },
  },
  {
    name: 'a JSON body of null',
    request: { method: 'POST', path: '/items', headers: json, body: 'null' },
    expect: {
      status: 422,
      error: {
        message: 'Validation failed.',
        code: 'VALIDATION_FAILED',
        details: { '(root)': ['Invalid input: expected object, received null'] },
      },
    },
  },
  {
    name: 'a JSON body that is a string',
    request: { method: 'POST', path: '/items', headers: json, body: '"a string"' },
    expect: {
      status: 422,
      error: {
        message: 'Validation failed.',
        code: 'VALIDATION_FAILED',
        details: { '(root)': ['Invalid input: expected object, received string'] },
      },
    },
  },
  {
    name: '`__proto__` and `constructor.prototype` keys (dropped, the rest is read)',
    request: {
      method: 'PUT',
      path: '/items/1',
      headers: json,
      body: '{"on":true,"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}},"n\\u0061me":"x"}',
    },
    expect: { status: 200, body: { id: '1', body: { on: true, name: 'x' } } },
  },
  {
    name: 'application/merge-patch+json (any application/*+json is JSON)',
    request: {
      method: 'PUT',
      path: '/items/1',
      headers: { 'content-type': 'application/merge-patch+json' },
      body: '{"on":true}',
    },
    expect: { status: 200, body: { id: '1', body: { on: true } } },
  },
  {
    name: 'GET with Content-Type: application/json and no body',
    request: { method: 'GET', path: '/ok', headers: json },
    expect: { status: 200, body: { hello: 'world' } },
  },
  {
    name: 'DELETE with Content-Type: application/json and no body',
    request: { method: 'DELETE', path: '/items/1', headers: json },
    expect: { status: 204 },
  },
  {
    name: 'PUT with Content-Type: text/plain and an empty body (no body)',
    request: { method: 'PUT', path: '/items/1', headers: { 'content-type': 'text/plain' }, body: '' },
    expect: { status: 200, body: { id: '1', body: null } },
  },
];

/** The whole table, in the order the README shows it. */
export const PROBES: readonly Probe[] = [...KIT_PROBES, ...OWN_PROBES];

/** The table as the server README shows it. */
export function casesTable(): string {
  return probesTable(PROBES);
}
