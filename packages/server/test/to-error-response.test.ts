import Boom from '@hapi/boom';
import createError from 'http-errors';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, apiError, parseEnvelope } from '@monitorqa/errors';
import { toWire } from '../src/core/wire.js';
import { prefersProblemJson, toErrorResponse } from '../src/index.js';

const SECRET = 's3cr3t-token';
const body = (thrown: unknown): unknown => JSON.parse(toErrorResponse(thrown).body);
const codeOf = (thrown: unknown): [number, string] => {
  const e = toWire(thrown);
  return [e.status, e.code];
};

describe('toErrorResponse', () => {
  it('keeps an ApiError as it is, with the documented headers', () => {
    const res = toErrorResponse(apiError('CONFLICT', { message: 'Name taken.' }), { request: { requestId: 'r-1' } });
    expect(res).toEqual({
      status: 409,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'r-1' },
      body: '{"error":{"message":"Name taken.","code":"CONFLICT"}}',
    });
  });

  it('sends Retry-After as seconds or as an HTTP date', () => {
    expect(toErrorResponse(apiError('OVERLOADED', { retryAfter: 2.2 })).headers['retry-after']).toBe('3');
    const date = new Date('2026-12-01T10:00:00Z');
    expect(toErrorResponse(apiError('MAINTENANCE', { retryAfter: date })).headers['retry-after']).toBe(
      'Tue, 01 Dec 2026 10:00:00 GMT',
    );
  });

  it.each([
    ['1e21 seconds', 1e21, '2147483647'],
    ['Infinity', Number.POSITIVE_INFINITY, '2147483647'],
    ['a negative wait', -5, '0'],
    // A 503 always says when to come back: an unusable value falls back to the contract's 1 second.
    ['NaN', Number.NaN, '1'],
    ['a date past year 9999', new Date(Date.UTC(12_000, 0, 1)), 'Fri, 31 Dec 9999 23:59:59 GMT'],
    ['a date before 1970', new Date(Date.UTC(-50, 0, 1)), 'Thu, 01 Jan 1970 00:00:00 GMT'],
    ['an invalid date', new Date(Number.NaN), '1'],
  ])('clamps Retry-After: %s', (_name, retryAfter, header) => {
    expect(toErrorResponse(apiError('OVERLOADED', { retryAfter })).headers['retry-after']).toBe(header);
  });

  it('says when to come back on every 503, and names the API-key challenge on every 401', () => {
    expect(toErrorResponse({ status: 503, message: 'busy' }).headers['retry-after']).toBe('1');
    expect(toErrorResponse(apiError('MAINTENANCE', { retryAfter: 120 })).headers['retry-after']).toBe('120');
    expect(toErrorResponse(apiError('CONFLICT')).headers['retry-after']).toBeUndefined();
    expect(toErrorResponse(apiError('INVALID_API_KEY')).headers['www-authenticate']).toBe('ApiKey header="X-API-KEY"');
    expect(toErrorResponse(apiError('FORBIDDEN')).headers['www-authenticate']).toBeUndefined();
  });

  describe('anything else becomes 500 INTERNAL_SERVER_ERROR, with nothing of it on the wire', () => {
    const generic = { error: { message: 'An unexpected error occurred.', code: 'INTERNAL_SERVER_ERROR' } };
    const cyclic: Record<string, unknown> = { message: SECRET };
    cyclic.self = cyclic;
    const throwing = Object.defineProperty(new Error(SECRET), 'status', {
      get: () => {
        throw new Error(SECRET);
      },
    });
    it.each([
      ['an Error', new Error(SECRET)],
      ['a string', SECRET],
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
      ['a plain object', { message: SECRET, code: SECRET }],
      ['a cyclic object', cyclic],
      ['an error whose getters throw', throwing],
      [
        'a proxy that throws on every read',
        new Proxy(
          {},
          {
            get: () => {
              throw new Error(SECRET);
            },
          },
        ),
      ],
      ['a claimed status of 600', { status: 600, message: SECRET }],
      ['a claimed status of -1', { statusCode: -1, message: SECRET }],
      ['a claimed status of "404"', { status: '404', message: SECRET }],
      ['a claimed status of 200', { status: 200, message: SECRET }],
      ['a 5xx http-error', createError(503, SECRET)],
    ])('%s', (_name, thrown) => {
      const res = toErrorResponse(thrown);
      const expectedStatus = _name === 'a 5xx http-error' ? 503 : 500;
      expect(res.status).toBe(expectedStatus);
      if (expectedStatus === 500) expect(JSON.parse(res.body)).toEqual(generic);
      expect(res.body).not.toContain(SECRET);
      expect(parseEnvelope(JSON.parse(res.body)).ok).toBe(true);
    });
  });

  it('hands every 5xx, and only 5xx, to onServerError with the original value', () => {
    const seen: unknown[] = [];
    const onServerError = (e: unknown): void => void seen.push(e);
    const original = new Error(SECRET);
    toErrorResponse(original, { onServerError, request: { requestId: 'r' } });
    toErrorResponse(apiError('NOT_FOUND'), { onServerError });
    expect(seen).toEqual([original]);
  });

  describe('a thrown value that only pretends to be an ApiError', () => {
    const brand = Symbol.for('@monitorqa/errors/ApiError');
    const generic = { error: { message: 'An unexpected error occurred.', code: 'INTERNAL_SERVER_ERROR' } };
    let reads = 0;
    const counted = new Proxy(apiError('NOT_FOUND'), {
      get: (target, key, receiver) => {
        if (key === 'toJSON') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    it.each([
      ['the brand alone', { [brand]: true }],
      // A forged ApiError is not read as a foreign error carrying a status: it is not an error we understand.
      [
        'the brand with an undocumented status (418)',
        { [brand]: true, status: 418, code: 'TEAPOT', message: SECRET, publicMessage: SECRET },
      ],
      [
        'the brand with a lower-case code',
        { [brand]: true, status: 404, code: 'not_found', message: SECRET, publicMessage: SECRET },
      ],
      [
        'the prototype with status 999',
        Object.assign(Object.create(ApiError.prototype) as object, { status: 999, code: 'NOT_FOUND', message: SECRET }),
      ],
      [
        'the brand with a getter that throws',
        Object.defineProperty({ [brand]: true, status: 404, code: 'X', message: 'x' }, 'publicMessage', {
          get: () => {
            throw new Error(SECRET);
          },
        }),
      ],
      [
        'a status that is 999 on the first read',
        (() => {
          let n = 0;
          return {
            [brand]: true,
            get status() {
              return n++ === 0 ? 999 : 404;
            },
            code: 'NOT_FOUND',
            message: SECRET,
            publicMessage: SECRET,
          };
        })(),
      ],
      [
        'details that are an array',
        { [brand]: true, status: 404, code: 'NOT_FOUND', message: 'x', publicMessage: 'x', details: [SECRET] },
      ],
      [
        'a proxy claiming the brand',
        new Proxy(
          {},
          {
            get: (_t, key) =>
              key === brand
                ? true
                : (() => {
                    throw new Error(SECRET);
                  })(),
          },
        ),
      ],
    ])('%s → 500 with nothing of it', (_name, thrown) => {
      const res = toErrorResponse(thrown);
      expect([res.status, JSON.parse(res.body)]).toEqual([500, generic]);
      expect(res.body).not.toContain(SECRET);
    });
    it('reads each field of a thrown value once: a getter that changes its answer is taken at its first word', () => {
      let reads = 0;
      const shifty = {
        [brand]: true,
        get status() {
          return reads++ === 0 ? 404 : 500;
        },
        code: 'NOT_FOUND',
        message: 'Gone.',
        publicMessage: 'Gone.',
      };
      const res = toErrorResponse(shifty);
      expect([res.status, JSON.parse(res.body)]).toEqual([404, { error: { message: 'Gone.', code: 'NOT_FOUND' } }]);
      expect(reads).toBe(1);
    });
    it('never calls a toJSON of its own: the wire is built from the checked fields', () => {
      const res = toErrorResponse(counted);
      expect([res.status, JSON.parse(res.body)]).toEqual([
        404,
        { error: { message: 'The requested resource was not found.', code: 'NOT_FOUND' } },
      ]);
      expect(reads).toBe(0);
      const wellFormed = {
        [brand]: true,
        status: 409,
        code: 'TAKEN',
        message: 'Taken.',
        publicMessage: 'Taken.',
        toJSON: () => {
          throw new Error(SECRET);
        },
      };
      expect(JSON.parse(toErrorResponse(wellFormed).body)).toEqual({ error: { message: 'Taken.', code: 'TAKEN' } });
    });
  });

  it('survives an onServerError that throws', () => {
    const res = toErrorResponse(new Error('x'), {
      onServerError: () => {
        throw new Error('logger down');
      },
    });
    expect(res.status).toBe(500);
  });

  it('sends the envelope without details that cannot be serialised', () => {
    const details: Record<string, unknown> = { big: 1n };
    expect(body(apiError('BAD_REQUEST', { details }))).toEqual({
      error: { message: 'The request is invalid.', code: 'BAD_REQUEST' },
    });
  });
});

describe('foreign errors map onto catalog codes', () => {
  it.each([
    ['http-errors 404', createError(404, 'No such monitor'), [404, 'NOT_FOUND'], 'No such monitor'],
    ['http-errors 409', createError(409), [409, 'CONFLICT'], 'Conflict'],
    ['http-errors 413', createError(413), [400, 'PAYLOAD_TOO_LARGE'], 'Payload Too Large'],
    [
      'http-errors 415 (its details are unknown: the general code)',
      createError(415),
      [400, 'BAD_REQUEST'],
      'Unsupported Media Type',
    ],
    [
      'http-errors 405 (no method and path to tell: the general code)',
      createError(405),
      [404, 'NOT_FOUND'],
      'Method Not Allowed',
    ],
    ['http-errors 410', createError(410), [404, 'NOT_FOUND'], 'Gone'],
    ['http-errors 418', createError(418), [400, 'BAD_REQUEST'], "I'm a Teapot"],
    ['http-errors 429', createError(429), [503, 'OVERLOADED'], 'The service is overloaded. Retry after a delay.'],
    ['http-errors 504', createError(504), [502, 'BAD_GATEWAY'], 'A gateway error occurred. Retry the request.'],
    ['Boom.notFound', Boom.notFound('Gone fishing'), [404, 'NOT_FOUND'], 'Gone fishing'],
    ['Boom.forbidden', Boom.forbidden(), [403, 'FORBIDDEN'], 'Forbidden'],
    [
      'Boom.badImplementation',
      Boom.badImplementation(SECRET),
      [500, 'INTERNAL_SERVER_ERROR'],
      'An unexpected error occurred.',
    ],
    [
      'body-parser malformed JSON',
      Object.assign(new SyntaxError('Unexpected token'), { status: 400, type: 'entity.parse.failed' }),
      [400, 'MALFORMED_JSON'],
      'The request body is not valid JSON.',
    ],
    [
      'body-parser too large',
      Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large', limit: 100 }),
      [400, 'PAYLOAD_TOO_LARGE'],
      'The request body is too large.',
    ],
    [
      'an object with a status and no expose',
      { status: 404, message: SECRET },
      [404, 'NOT_FOUND'],
      'The requested resource was not found.',
    ],
  ])('%s', (_name, thrown, [status, code], message) => {
    expect(codeOf(thrown)).toEqual([status, code]);
    expect((body(thrown) as { error: { message: string } }).error.message).toBe(message);
  });

  it('keeps every failure of a field, not only the first', () => {
    const result = z.object({ password: z.string().min(12).regex(/\d/) }).safeParse({ password: 'short' });
    expect(body(result.error)).toEqual({
      error: {
        message: 'Validation failed.',
        code: 'VALIDATION_FAILED',
        details: {
          password: ['Too small: expected string to have >=12 characters', 'Invalid string: must match pattern /\\d/'],
        },
      },
    });
  });

  it('zod errors become VALIDATION_FAILED with one entry per field', () => {
    const result = z.object({ name: z.string(), tags: z.array(z.number()) }).safeParse({ name: 1, tags: ['a'] });
    expect(result.success).toBe(false);
    expect(body(result.error)).toEqual({
      error: {
        message: 'Validation failed.',
        code: 'VALIDATION_FAILED',
        details: {
          name: ['Invalid input: expected string, received number'],
          'tags.0': ['Invalid input: expected number, received string'],
        },
      },
    });
  });

  it('Fastify schema errors: body → 422 or 400 for missing fields, params → 400 INVALID_PARAMETER', () => {
    const ajv = (validation: object[], validationContext: string): object =>
      Object.assign(new Error('x'), { validation, validationContext, statusCode: 400, code: 'FST_ERR_VALIDATION' });
    expect(
      body(ajv([{ instancePath: '/interval', message: 'must be >= 30', keyword: 'minimum', params: {} }], 'body')),
    ).toEqual({
      error: { message: 'Validation failed.', code: 'VALIDATION_FAILED', details: { interval: ['must be >= 30'] } },
    });
    expect(
      body(
        ajv(
          [
            {
              instancePath: '',
              message: "must have required property 'name'",
              keyword: 'required',
              params: { missingProperty: 'name' },
            },
          ],
          'body',
        ),
      ),
    ).toEqual({
      error: { message: 'A required field is missing.', code: 'MISSING_REQUIRED_FIELD', details: { field: 'name' } },
    });
    expect(
      body(ajv([{ instancePath: '/id', message: 'must be integer', keyword: 'type', params: {} }], 'params')),
    ).toEqual({
      error: {
        message: 'A parameter has an invalid value.',
        code: 'INVALID_PARAMETER',
        details: { parameter: 'id', reason: 'must be integer' },
      },
    });
  });

  it('a field named __proto__ is just a field', () => {
    const e = toErrorResponse({ name: 'ZodError', issues: [{ path: ['__proto__'], message: 'bad' }] });
    expect(JSON.parse(e.body)).toEqual({
      error: { message: 'Validation failed.', code: 'VALIDATION_FAILED', details: { ['__proto__']: ['bad'] } },
    });
    expect(({} as Record<string, unknown>).bad).toBeUndefined();
  });
});

describe('problem+json negotiation', () => {
  it.each([
    ['application/problem+json', true],
    ['application/problem+json, application/json;q=0.9', true],
    ['application/json, application/problem+json;q=0.5', false],
    ['application/json', false],
    ['*/*', false],
    ['', false],
    ['application/problem+json;q=0', false],
    ['APPLICATION/PROBLEM+JSON', true],
    ['Application/Problem+Json, application/json;q=0.1', true],
    // RFC 9110's rules: a wildcard counts for the envelope, q-values decide, ties go to the envelope.
    ['*/*;q=0.8, application/problem+json;q=0.5', false],
    ['application/*;q=0.6, application/problem+json;q=0.5', false],
    ['application/problem+json;q=0.9, */*;q=0.8', true],
    // Equal q-values: the order the client listed them in decides.
    ['application/problem+json, application/json', true],
    ['application/json, application/problem+json', false],
    ['text/html, application/problem+json', true],
    ['text/html', false],
    ['application/problem+json;q=abc', false],
  ])('%j → %s', (accept, expected) => {
    expect(prefersProblemJson(accept)).toBe(expected);
  });
});

describe('errors from another service escaping a handler', () => {
  it("answers an upstream's ApiError, read by a client, with 502 UPSTREAM_FAILED and none of its text", () => {
    const upstream = new ApiError('INVALID_API_KEY', {
      status: 401,
      message: `key ${SECRET} rejected`,
      response: { status: 401, fromContract: true, requestId: 'up-7' },
    });
    const seen: unknown[] = [];
    const res = toErrorResponse(upstream, { onServerError: (e) => seen.push(e) });
    expect([res.status, JSON.parse(res.body)]).toEqual([
      502,
      {
        error: {
          message: 'An upstream service failed. Retry the request.',
          code: 'UPSTREAM_FAILED',
          details: { status: 401, code: 'INVALID_API_KEY', requestId: 'up-7' },
        },
      },
    ]);
    expect(seen).toEqual([upstream]);
  });

  it("answers the client's TransportError (a failed call) with 502 UPSTREAM_FAILED", () => {
    const failure = Object.assign(new Error(`connect ECONNREFUSED ${SECRET}`), {
      [Symbol.for('@monitorqa/errors-client/TransportError')]: true,
      kind: 'network',
    });
    const res = toErrorResponse(failure);
    expect([res.status, (JSON.parse(res.body) as { error: { code: string } }).error.code]).toEqual([
      502,
      'UPSTREAM_FAILED',
    ]);
    expect(res.body).not.toContain(SECRET);
  });

  it("keeps this service's own ApiError as it is", () => {
    expect(toErrorResponse(apiError('INVALID_API_KEY')).status).toBe(401);
  });
});
