// validate() is synchronous for a synchronous schema (zod, valibot without async refinements), so
// `res.json(validate(schema, body))` is right; an async schema needs validateAsync, whose type says so.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isApiError } from '@monitorqa/errors';
import { validate, validateAsync } from '../src/index.js';

const Monitor = z.object({ name: z.string(), interval: z.number().int().min(30) });
const UniqueName = z.object({ name: z.string().refine(async (name) => Promise.resolve(name !== 'taken'), 'is taken') });

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing thrown');
}

const envelope = (error: unknown): unknown => (isApiError(error) ? [error.status, error.toJSON()] : error);

describe('validate(schema, value)', () => {
  it('returns the value itself, not a promise', () => {
    expect(validate(Monitor, { name: 'api', interval: 60 })).toEqual({ name: 'api', interval: 60 });
  });
  it('throws 422 VALIDATION_FAILED synchronously, every failing field', () => {
    expect(envelope(thrown(() => validate(Monitor, { name: 1, interval: 5 })))).toEqual([
      422,
      {
        error: {
          message: 'Validation failed.',
          code: 'VALIDATION_FAILED',
          details: {
            name: ['Invalid input: expected string, received number'],
            interval: ['Too small: expected number to be >=30'],
          },
        },
      },
    ]);
  });
  it('throws 400 BAD_REQUEST for no body', () => {
    expect(envelope(thrown(() => validate(Monitor, undefined)))).toEqual([
      400,
      { error: { message: 'The request has no body.', code: 'BAD_REQUEST' } },
    ]);
  });
  it('throws a TypeError naming validateAsync for a schema that validates asynchronously', () => {
    const error = thrown(() => validate(UniqueName, { name: 'taken' }));
    expect([error instanceof TypeError, (error as Error).message]).toEqual([
      true,
      'validate(): this schema validates asynchronously (an async refinement): use `await validateAsync(schema, value)`.',
    ]);
  });
});

describe('validateAsync(schema, value)', () => {
  it('resolves with the value', async () => {
    expect(await validateAsync(UniqueName, { name: 'api' })).toEqual({ name: 'api' });
  });
  it('rejects with 422 VALIDATION_FAILED', async () => {
    expect(envelope(await validateAsync(UniqueName, { name: 'taken' }).catch((e: unknown) => e))).toEqual([
      422,
      { error: { message: 'Validation failed.', code: 'VALIDATION_FAILED', details: { name: ['is taken'] } } },
    ]);
  });
});
