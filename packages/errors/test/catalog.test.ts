import { describe, expect, it } from 'vitest';
import { ApiError, BASE_CODES, apiError, defineErrorCatalog, details, errorCatalog, isApiError } from '../src/index.js';

const catalog = defineErrorCatalog({
  MONITOR_LIMIT_REACHED: {
    status: 409,
    message: 'The monitor limit is reached.',
    details: details<{ limit: number }>(),
  },
  CHECK_TIMED_OUT: {
    status: 502,
    message: 'The check timed out.',
    description: 'A monitor check did not answer in time.',
  },
});

describe('defineErrorCatalog', () => {
  it('keeps every base code and adds the new ones', () => {
    expect(catalog.codes).toEqual([...Object.keys(BASE_CODES), 'MONITOR_LIMIT_REACHED', 'CHECK_TIMED_OUT']);
    expect(catalog.statusOf('MONITOR_LIMIT_REACHED')).toBe(409);
    expect(catalog.codesFor(409)).toEqual(['CONFLICT', 'RESOURCE_ALREADY_EXISTS', 'MONITOR_LIMIT_REACHED']);
    expect(catalog.has('CHECK_TIMED_OUT')).toBe(true);
    expect(errorCatalog.has('CHECK_TIMED_OUT')).toBe(false);
  });

  it('creates errors of new codes with the catalog defaults', () => {
    const err = catalog.create('MONITOR_LIMIT_REACHED', { details: { limit: 50 } });
    expect(err).toBeInstanceOf(ApiError);
    expect([err.status, err.code, err.message]).toEqual([
      409,
      'MONITOR_LIMIT_REACHED',
      'The monitor limit is reached.',
    ]);
    expect(err.toJSON()).toEqual({
      error: { message: 'The monitor limit is reached.', code: 'MONITOR_LIMIT_REACHED', details: { limit: 50 } },
    });
    expect(catalog.is(err, 'MONITOR_LIMIT_REACHED')).toBe(true);
    expect(catalog.is(err, 'CONFLICT')).toBe(false);
    expect(isApiError(err)).toBe(true);
  });

  it('hides the message of a new 5xx code behind its catalog message, like a base one', () => {
    expect(catalog.create('CHECK_TIMED_OUT', { message: 'upstream 10.0.0.7 timed out' }).toJSON()).toEqual({
      error: { message: 'The check timed out.', code: 'CHECK_TIMED_OUT' },
    });
  });

  it('extends an extended catalog again', () => {
    const more = catalog.extend({ PLAN_REQUIRED: { status: 403, message: 'Upgrade your plan.' } });
    expect(more.statusOf('PLAN_REQUIRED')).toBe(403);
    expect(more.statusOf('MONITOR_LIMIT_REACHED')).toBe(409);
  });

  describe('rejects at definition time', () => {
    it('a duplicate of a base code', () => {
      // @ts-expect-error -- redefining a code is a type error too
      expect(() => defineErrorCatalog({ NOT_FOUND: { status: 404, message: 'x' } })).toThrow(
        new TypeError(
          'defineErrorCatalog: code "NOT_FOUND" is already defined (404); pick a new name or use the existing code.',
        ),
      );
    });

    it('a conflicting code that would change a status', () => {
      // @ts-expect-error -- redefining a code is a type error too
      expect(() => defineErrorCatalog({ CONFLICT: { status: 400, message: 'x' } })).toThrow(
        new TypeError(
          'defineErrorCatalog: code "CONFLICT" is already defined with status 409; mapping it onto 400 would change the contract.',
        ),
      );
    });

    it('a duplicate of an extension code', () => {
      // @ts-expect-error -- redefining a code is a type error too
      expect(() => catalog.extend({ MONITOR_LIMIT_REACHED: { status: 409, message: 'x' } })).toThrow(
        /already defined \(409\)/,
      );
    });

    it('a code mapped onto an undocumented or success status', () => {
      // @ts-expect-error -- 418 is not a documented error status
      expect(() => defineErrorCatalog({ TEAPOT: { status: 418, message: 'x' } })).toThrow(
        new TypeError('defineErrorCatalog: code "TEAPOT" maps onto 418, which is not a documented error status.'),
      );
      // @ts-expect-error -- a success status is not an error status
      expect(() => defineErrorCatalog({ FINE: { status: 200, message: 'x' } })).toThrow(/maps onto 200/);
    });

    it('a code that is not UPPER_SNAKE_CASE, or has no message', () => {
      expect(() => defineErrorCatalog({ 'monitor-gone': { status: 404, message: 'x' } })).toThrow(
        new TypeError('defineErrorCatalog: code "monitor-gone" must be UPPER_SNAKE_CASE.'),
      );
      expect(() => defineErrorCatalog({ NO_MESSAGE: { status: 404, message: '' } })).toThrow(
        new TypeError('defineErrorCatalog: code "NO_MESSAGE" needs a default message.'),
      );
    });
  });
});

describe('ApiError', () => {
  it('keeps cause, retryAfter and details off the wire except details', () => {
    const cause = new Error('ECONNRESET 10.0.0.7');
    const err = apiError('MAINTENANCE', { cause, retryAfter: 120, message: 'Back at 14:00.', expose: true });
    expect(err.cause).toBe(cause);
    expect(err.retryAfter).toBe(120);
    expect(JSON.stringify(err)).toBe('{"error":{"message":"Back at 14:00.","code":"MAINTENANCE"}}');
  });

  it('captures a 4xx stack when asked, per call or globally', () => {
    const frames = (e: Error): number =>
      (e.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).length;
    expect(frames(apiError('NOT_FOUND', { captureStack: true }))).toBeGreaterThan(0);
    ApiError.captureStack = 'always';
    try {
      expect(frames(apiError('NOT_FOUND'))).toBeGreaterThan(0);
    } finally {
      ApiError.captureStack = 'server-errors';
    }
    expect(frames(apiError('NOT_FOUND'))).toBe(0);
    expect(Error.stackTraceLimit).toBeGreaterThan(0);
  });

  it('needs a documented error status, and defaults the message to its reason phrase', () => {
    expect(() => new ApiError('MY_CODE', { status: 418 as 400 })).toThrow(
      new TypeError('MY_CODE: status 418 is undocumented.'),
    );
    expect(new ApiError('MY_CODE', { status: 409 }).message).toBe('Conflict');
    expect(new ApiError('MY_CODE', { status: 500, message: 'disk full' }).toJSON()).toEqual({
      error: { message: 'Internal Server Error', code: 'MY_CODE' },
    });
  });

  describe('a hidden 5xx message is the words of the catalog that made the error', () => {
    const wire = (e: ApiError): unknown => e.toJSON();
    it.each([
      [
        'a base code, by apiError',
        apiError('UPSTREAM_FAILED', { message: 'secret 10.0.0.7' }),
        'An upstream service failed. Retry the request.',
      ],
      [
        'a service code, by its catalog',
        catalog.create('CHECK_TIMED_OUT', { message: 'secret 10.0.0.7' }),
        'The check timed out.',
      ],
      [
        'a code made without a catalog',
        new ApiError('DISK_FULL', { status: 500, message: 'secret 10.0.0.7' }),
        'Internal Server Error',
      ],
      [
        'one made without a catalog, saying its public words',
        new ApiError('DISK_FULL', { status: 500, message: 'secret 10.0.0.7', publicMessage: 'Storage failed.' }),
        'Storage failed.',
      ],
    ] as const)('%s', (_name, error, message) => {
      expect(wire(error)).toEqual({ error: { message, code: error.code } });
      expect(JSON.stringify(error)).not.toContain('secret');
    });
  });

  describe('two catalogs in one process never see each other', () => {
    const monitors = defineErrorCatalog({ DB_DOWN: { status: 503, message: 'Monitors DB is down. Retry later.' } });
    const billing = defineErrorCatalog({ DB_DOWN: { status: 503, message: 'Billing DB is down.' } });

    it('each stamps its own errors, whichever was built last', () => {
      expect(JSON.stringify(monitors.create('DB_DOWN', { message: 'secret' }))).toBe(
        '{"error":{"message":"Monitors DB is down. Retry later.","code":"DB_DOWN"}}',
      );
      expect(JSON.stringify(billing.create('DB_DOWN', { message: 'secret' }))).toBe(
        '{"error":{"message":"Billing DB is down.","code":"DB_DOWN"}}',
      );
      // A third catalog built afterwards changes neither.
      defineErrorCatalog({ DB_DOWN: { status: 503, message: 'Third.' } });
      expect(monitors.create('DB_DOWN').toJSON().error.message).toBe('Monitors DB is down. Retry later.');
    });

    it('extend() keeps the domain, and may give another', () => {
      const a = defineErrorCatalog(
        { MONITOR_LIMIT: { status: 409, message: 'limit' } },
        { domain: 'monitors.example.com' },
      );
      const extended = a.extend({ PLAN_REQUIRED: { status: 403, message: 'plan' } });
      expect(extended.domain).toBe('monitors.example.com');
      expect(extended.has('MONITOR_LIMIT') && extended.has('PLAN_REQUIRED')).toBe(true);
      expect(a.extend({ OTHER: { status: 400, message: 'o' } }, { domain: 'billing.example.com' }).domain).toBe(
        'billing.example.com',
      );
      expect(errorCatalog.extend({ X_CODE: { status: 400, message: 'x' } }).domain).toBeUndefined();
      expect(() => a.extend({ Y_CODE: { status: 400, message: 'y' } }, { domain: 'Not A Domain' })).toThrow(TypeError);
    });
  });

  it('has no client-only facts when made on a server', () => {
    const err = apiError('NOT_FOUND');
    expect(err.response).toBeUndefined();
    expect(Object.keys(err).sort()).toEqual([
      'code',
      'details',
      'expose',
      'publicMessage',
      'response',
      'retryAfter',
      'status',
    ]);
  });
});

describe('docsUrl', () => {
  const documented = defineErrorCatalog(
    { MONITOR_LIMIT_REACHED: { status: 409, message: 'The monitor limit is reached.' } },
    { domain: 'monitors.monitorqa.dev', docsUrl: 'https://docs.monitors.example/errors' },
  );
  it("stamps the catalog's own codes with their anchor on its page, the base codes with none, and keeps it out of the envelope", () => {
    const own = documented.create('MONITOR_LIMIT_REACHED');
    expect([
      own.docsUrl,
      documented.create('NOT_FOUND').docsUrl,
      catalog.create('MONITOR_LIMIT_REACHED', { details: { limit: 5 } }).docsUrl,
    ]).toEqual(['https://docs.monitors.example/errors#monitor_limit_reached', undefined, undefined]);
    expect(JSON.stringify(own)).toBe(
      '{"error":{"message":"The monitor limit is reached.","code":"MONITOR_LIMIT_REACHED"}}',
    );
    expect([
      documented.docsUrl,
      documented.extend({ MONITOR_PAUSED: { status: 409, message: 'Paused.' } }).create('MONITOR_PAUSED').docsUrl,
    ]).toEqual(['https://docs.monitors.example/errors', 'https://docs.monitors.example/errors#monitor_paused']);
  });
  it('must be an absolute http(s) URL without a fragment', () => {
    for (const docsUrl of ['docs/errors.md', 'https://docs.example/errors#codes', 'ftp://docs.example/errors'])
      expect(() => defineErrorCatalog({}, { docsUrl })).toThrow(
        `defineErrorCatalog: docsUrl "${docsUrl}" must be an absolute http(s) URL without a fragment, such as "https://docs.monitors.example.com/errors".`,
      );
  });
});
