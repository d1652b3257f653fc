// A service code's RFC 9457 `type` points at the service's own docs when its catalog says where they are.
import { describe, expect, it } from 'vitest';
import { apiError, defineErrorCatalog } from '@monitorqa/errors';
import { toErrorResponse } from '../src/index.js';

const catalog = defineErrorCatalog(
  { MONITOR_LIMIT_REACHED: { status: 409, message: 'The monitor limit is reached.' } },
  { domain: 'monitors.monitorqa.dev', docsUrl: 'https://docs.monitors.example/errors' },
);
const problem = { request: { accept: 'application/problem+json', requestId: 'req-1' } };

describe("problem+json's type", () => {
  it("is the code's anchor on the catalog's docs page, for a code of the catalog's own", () => {
    const { body } = toErrorResponse(catalog.create('MONITOR_LIMIT_REACHED'), problem);
    expect(JSON.parse(body)).toEqual({
      type: 'https://docs.monitors.example/errors#monitor_limit_reached',
      title: 'Conflict',
      status: 409,
      detail: 'The monitor limit is reached.',
      code: 'MONITOR_LIMIT_REACHED',
      instance: 'urn:request:req-1',
    });
  });
  it("is the contract's page for a base code, from that catalog or the base one", () => {
    const contract = 'https://github.com/monitorqa/errors/blob/main/docs/error-codes.md#conflict';
    for (const error of [catalog.create('CONFLICT'), apiError('CONFLICT')])
      expect((JSON.parse(toErrorResponse(error, problem).body) as { type: string }).type).toBe(contract);
  });
  it('leaves the envelope as it was', () => {
    expect(toErrorResponse(catalog.create('MONITOR_LIMIT_REACHED')).body).toBe(
      '{"error":{"message":"The monitor limit is reached.","code":"MONITOR_LIMIT_REACHED"}}',
    );
  });
});
