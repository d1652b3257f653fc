import { STATUS_LIST } from '@monitorqa/errors';
import { describe, expect, it } from 'vitest';
import { demos } from '../src/harness.js';
import { runAgreement } from '../src/agreement.js';

// The demo's own proof, as a test: over real HTTP, client and server agree on every documented status.
describe.each(Object.entries(demos))('%s: client and server agree', (name, start) => {
  it('on every documented status, with the documented codes and retries', async () => {
    const rows = await runAgreement(name, start);
    expect(rows.filter((r) => !r.agrees)).toEqual([]);
    expect([...new Set(rows.map((r) => r.status))].sort()).toEqual([...STATUS_LIST].sort());
    expect(rows.map((r) => [r.status, r.sent, r.got, r.attempts])).toEqual([
      [201, '201', 'Location /monitors/1', 1],
      [200, '200', 'monitor 1, interval 60', 1],
      [200, '200', 'monitor 1, interval 120', 1],
      [400, '400 MALFORMED_JSON', 'MALFORMED_JSON', 0],
      [401, '401 MISSING_API_KEY', 'MISSING_API_KEY', 1],
      [401, '401 INVALID_API_KEY', 'INVALID_API_KEY', 1],
      [403, '403 INSUFFICIENT_PERMISSIONS', 'INSUFFICIENT_PERMISSIONS', 1],
      [404, '404 RESOURCE_NOT_FOUND', 'RESOURCE_NOT_FOUND', 1],
      [404, '404 ROUTE_NOT_FOUND', 'ROUTE_NOT_FOUND', 1],
      [409, '409 RESOURCE_ALREADY_EXISTS', 'RESOURCE_ALREADY_EXISTS', 1],
      [422, '422 VALIDATION_FAILED', 'VALIDATION_FAILED', 1],
      [500, '500 INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR', 1],
      [502, '502 UPSTREAM_FAILED', 'UPSTREAM_FAILED', 3],
      [503, '503 MAINTENANCE', 'MAINTENANCE', 3],
      [204, '204', 'no body', 1],
    ]);
  });
});
