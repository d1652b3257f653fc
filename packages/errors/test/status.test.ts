import { describe, expect, it } from 'vitest';
import {
  ApiError,
  STATUSES,
  STATUS_LIST,
  apiError,
  codeForStatus,
  UNDOCUMENTED_STATUSES,
  errorCatalog,
  generalCode,
  isApiError,
  isDocumentedStatus,
  isErrorStatus,
  isRetryableStatus,
  parseEnvelope,
  type ErrorStatus,
} from '../src/index.js';

// The contract, status by status. `contract.test.ts` proves this list equals contract/status-codes.md.
const expected = {
  200: { reason: 'OK', class: 'success', hasBody: true, retryable: false, general: undefined },
  201: { reason: 'Created', class: 'success', hasBody: true, retryable: false, general: undefined },
  204: { reason: 'No Content', class: 'success', hasBody: false, retryable: false, general: undefined },
  400: { reason: 'Bad Request', class: 'client-error', hasBody: true, retryable: false, general: 'BAD_REQUEST' },
  401: { reason: 'Unauthorized', class: 'client-error', hasBody: true, retryable: false, general: 'UNAUTHORIZED' },
  403: { reason: 'Forbidden', class: 'client-error', hasBody: true, retryable: false, general: 'FORBIDDEN' },
  404: { reason: 'Not Found', class: 'client-error', hasBody: true, retryable: false, general: 'NOT_FOUND' },
  409: { reason: 'Conflict', class: 'client-error', hasBody: true, retryable: false, general: 'CONFLICT' },
  422: {
    reason: 'Unprocessable Entity',
    class: 'client-error',
    hasBody: true,
    retryable: false,
    general: 'UNPROCESSABLE_ENTITY',
  },
  500: {
    reason: 'Internal Server Error',
    class: 'server-error',
    hasBody: true,
    retryable: false,
    general: 'INTERNAL_SERVER_ERROR',
  },
  502: { reason: 'Bad Gateway', class: 'server-error', hasBody: true, retryable: true, general: 'BAD_GATEWAY' },
  503: {
    reason: 'Service Unavailable',
    class: 'server-error',
    hasBody: true,
    retryable: true,
    general: 'SERVICE_UNAVAILABLE',
  },
} as const;

it('documents exactly the twelve statuses of the contract', () => {
  expect(STATUS_LIST).toEqual([200, 201, 204, 400, 401, 403, 404, 409, 422, 500, 502, 503]);
  expect(isDocumentedStatus(418)).toBe(false);
  expect(isDocumentedStatus('404')).toBe(false);
  expect(isErrorStatus(204)).toBe(false);
});

for (const status of STATUS_LIST) {
  const want = expected[status];
  describe(`${status} ${want.reason}`, () => {
    it('has its reason phrase, class and policy', () => {
      const info = STATUSES[status];
      expect(info.reason).toBe(want.reason);
      expect(info.class).toBe(want.class);
      expect(info.hasBody).toBe(want.hasBody);
      expect(info.retryable).toBe(want.retryable);
      expect(isRetryableStatus(status)).toBe(want.retryable);
      expect(info.exposeMessage).toBe(status < 500);
    });

    if (want.general === undefined) {
      it('is not an error status: no code maps onto it', () => {
        expect(isErrorStatus(status)).toBe(false);
        expect(errorCatalog.codes.filter((c) => errorCatalog.statusOf(c) === (status as number))).toEqual([]);
      });
      return;
    }

    const errorStatus = status as ErrorStatus;
    const codes = errorCatalog.codesFor(errorStatus);

    it(`has ${want.general} as its general code, listed first`, () => {
      expect(generalCode(errorStatus)).toBe(want.general);
      expect(codes[0]).toBe(want.general);
    });

    it.each(codes)('%s creates an ApiError that serialises to the envelope', (code) => {
      const err = apiError(code);
      const { message } = errorCatalog.definitions[code];
      expect(err).toBeInstanceOf(ApiError);
      expect(err).toBeInstanceOf(Error);
      expect(err.name).toBe('ApiError');
      expect(err.status).toBe(status);
      expect(err.code).toBe(code);
      expect(err.message).toBe(message);
      expect(isApiError(err, code)).toBe(true);
      const wire = JSON.parse(JSON.stringify(err)) as unknown;
      expect(wire).toEqual({ error: { message, code } });
      expect(parseEnvelope(wire)).toEqual({ ok: true, envelope: wire });
    });

    it(status < 500 ? 'shows the message to clients' : 'replaces the message with a generic one on the wire', () => {
      const err = apiError(want.general, { message: 'db password is hunter2', details: { at: 'x' } });
      expect(err.message).toBe('db password is hunter2');
      const wire = JSON.stringify(err);
      expect(wire.includes('hunter2')).toBe(status < 500);
    });

    it(status < 500 ? 'skips stack capture by default' : 'keeps its stack for logging', () => {
      const err = apiError(want.general);
      const frames = (err.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at '));
      expect(frames.length > 0).toBe(status >= 500);
    });
  });
}

describe('statuses the contract does not document', () => {
  it.each(Object.entries(UNDOCUMENTED_STATUSES))(
    '%s reads as a code of the status it names',
    (_status, [code, status]) => {
      expect(errorCatalog.statusOf(code)).toBe(status);
    },
  );

  it.each([
    [404, 'NOT_FOUND'],
    [429, 'OVERLOADED'],
    [504, 'BAD_GATEWAY'],
    [413, 'PAYLOAD_TOO_LARGE'],
    [418, 'BAD_REQUEST'],
    [599, 'INTERNAL_SERVER_ERROR'],
    [302, undefined],
    [600, undefined],
    [404.5, undefined],
  ])('%s reads as %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });
});
