import { describe, expect, it } from 'vitest';
import { ApiError, apiError } from '@monitorqa/errors';
import { TransportError, matchError, matcherFor } from '../src/index.js';

const handlers = {
  RESOURCE_NOT_FOUND: (e: { details?: { id?: string } | undefined }) => `no ${e.details?.id ?? '?'}`,
  NOT_FOUND: () => 'not found',
  _: (e: unknown) => `other ${e instanceof Error ? e.name : typeof e}`,
};

describe('matchError', () => {
  it('calls the handler of the code, with the narrowed error', () => {
    expect(matchError(apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '7' } }), handlers)).toBe(
      'no 7',
    );
  });
  it("sends a code the client does not know to its status's general code", () => {
    expect(matchError(new ApiError('MONITOR_ARCHIVED', { status: 404 }), handlers)).toBe('not found');
  });
  it('sends the rest, transport errors included, to _', () => {
    expect(matchError(apiError('CONFLICT'), handlers)).toBe('other ApiError');
    expect(matchError(new TransportError('timeout'), handlers)).toBe('other TransportError');
    expect(matchError('thrown string', handlers)).toBe('other string');
  });
  it('rethrows what it cannot handle when there is no _', () => {
    const boom = new TransportError('network');
    expect(() => matchError(boom, { NOT_FOUND: () => 1 } as never)).toThrow(boom);
  });
});

describe('matcherFor', () => {
  it("handles a service's own codes like base ones", async () => {
    const { defineErrorCatalog } = await import('@monitorqa/errors');
    const catalog = defineErrorCatalog({ MONITOR_LIMIT_REACHED: { status: 409, message: 'Limit.' } });
    const match = matcherFor(catalog);
    expect(
      match(catalog.create('MONITOR_LIMIT_REACHED'), { MONITOR_LIMIT_REACHED: () => 'limit', _: () => 'other' }),
    ).toBe('limit');
    expect(match(apiError('CONFLICT'), { MONITOR_LIMIT_REACHED: () => 'limit', _: () => 'other' })).toBe('other');
  });
});
