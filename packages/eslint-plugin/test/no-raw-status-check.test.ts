import rule from '../src/rules/no-raw-status-check.js';
import { ruleTester } from './rule-tester.js';

const suggestionsFor = (object: string, codes: string[], output: (code: string) => string) =>
  codes.map((code) => ({ messageId: 'checkCode' as const, data: { object, code }, output: output(code) }));

ruleTester.run('no-raw-status-check', rule, {
  valid: [
    "if (isApiError(err, 'CONFLICT')) {}",
    'if (response.status === 200) {}',
    'if (res.status === 201) {}',
    'if (response.status >= 500) {}',
    'if (response.status !== 404) {}',
    'if (response.status === code) {}',
    'if (err.code === 404) {}',
    'const ok = res.status === 204;',
    'if (response.status === 418) {}',
    'if (status === 404) {}',
    'res.status(404);',
  ],
  invalid: [
    {
      code: 'if (err.status === 409) {}',
      errors: [
        {
          messageId: 'rawStatus',
          data: { status: 409, codes: 'CONFLICT or RESOURCE_ALREADY_EXISTS' },
          line: 1,
          column: 5,
          suggestions: suggestionsFor(
            'err',
            ['CONFLICT', 'RESOURCE_ALREADY_EXISTS'],
            (c) => `if (isApiError(err, '${c}')) {}`,
          ),
        },
      ],
    },
    {
      code: 'if (response.status === 404) {}',
      name: 'a fetch Response: read it, never isApiError(response) (always false)',
      errors: [
        {
          messageId: 'readAnswer',
          data: { status: 404, codes: 'NOT_FOUND or ROUTE_NOT_FOUND or RESOURCE_NOT_FOUND' },
          suggestions: [],
        },
      ],
    },
    {
      code: 'if (404 == res.status) {}',
      errors: [
        {
          messageId: 'readAnswer',
          data: { status: 404, codes: 'NOT_FOUND or ROUTE_NOT_FOUND or RESOURCE_NOT_FOUND' },
          suggestions: [],
        },
      ],
    },
    {
      code: 'try { await call(); } catch (caught) { if (caught.status === 503) retry(); }',
      name: 'a caught value may be an ApiError',
      errors: [
        {
          messageId: 'rawStatus',
          data: { status: 503, codes: 'SERVICE_UNAVAILABLE or MAINTENANCE or OVERLOADED' },
          suggestions: suggestionsFor(
            'caught',
            ['SERVICE_UNAVAILABLE', 'MAINTENANCE', 'OVERLOADED'],
            (c) => `try { await call(); } catch (caught) { if (isApiError(caught, '${c}')) retry(); }`,
          ),
        },
      ],
    },
    {
      code: 'if (isApiError(err) && err.status === 500) {}',
      output: "if (isApiError(err) && isApiError(err, 'INTERNAL_SERVER_ERROR')) {}",
      errors: [{ messageId: 'rawStatus', data: { status: 500, codes: 'INTERNAL_SERVER_ERROR' } }],
    },
    {
      code: 'if (err instanceof ApiError) { return err.status === 500; }',
      output: "if (err instanceof ApiError) { return isApiError(err, 'INTERNAL_SERVER_ERROR'); }",
      errors: [{ messageId: 'rawStatus', data: { status: 500, codes: 'INTERNAL_SERVER_ERROR' } }],
    },
    {
      code: 'if (error.status === 500) retry();',
      errors: [
        {
          messageId: 'rawStatus',
          data: { status: 500, codes: 'INTERNAL_SERVER_ERROR' },
          suggestions: suggestionsFor(
            'error',
            ['INTERNAL_SERVER_ERROR'],
            (c) => `if (isApiError(error, '${c}')) retry();`,
          ),
        },
      ],
    },
    {
      code: 'const gone = e.status === 403;',
      errors: [
        {
          messageId: 'rawStatus',
          data: { status: 403, codes: 'FORBIDDEN or INSUFFICIENT_PERMISSIONS' },
          suggestions: suggestionsFor(
            'e',
            ['FORBIDDEN', 'INSUFFICIENT_PERMISSIONS'],
            (c) => `const gone = isApiError(e, '${c}');`,
          ),
        },
      ],
    },
    {
      code: 'const NOT_FOUND = 404;\nif (err.status === NOT_FOUND) {}',
      errors: [
        {
          messageId: 'rawStatus',
          data: { status: 404, codes: 'NOT_FOUND or ROUTE_NOT_FOUND or RESOURCE_NOT_FOUND' },
          line: 2,
          suggestions: suggestionsFor(
            'err',
            ['NOT_FOUND', 'ROUTE_NOT_FOUND', 'RESOURCE_NOT_FOUND'],
            (c) => `const NOT_FOUND = 404;\nif (isApiError(err, '${c}')) {}`,
          ),
        },
      ],
    },
    {
      code: 'return err.response.status === 422 ? fields(err) : null;',
      name: 'an axios / ky / ofetch error: read it with toApiError, never isApiError(err.response)',
      errors: [
        {
          messageId: 'readWithToApiError',
          data: { status: 422, codes: 'UNPROCESSABLE_ENTITY or VALIDATION_FAILED' },
          suggestions: [],
        },
      ],
    },
    {
      code: 'if (err.response?.status === 409) {}',
      errors: [
        {
          messageId: 'readWithToApiError',
          data: { status: 409, codes: 'CONFLICT or RESOURCE_ALREADY_EXISTS' },
          suggestions: [],
        },
      ],
    },
    {
      code: 'if (err.status === 409) {}',
      options: [{ codes: { MONITOR_LIMIT_REACHED: 409 } }],
      errors: [
        {
          messageId: 'rawStatus',
          data: { status: 409, codes: 'CONFLICT or RESOURCE_ALREADY_EXISTS or MONITOR_LIMIT_REACHED' },
          suggestions: suggestionsFor(
            'err',
            ['CONFLICT', 'RESOURCE_ALREADY_EXISTS', 'MONITOR_LIMIT_REACHED'],
            (c) => `if (isApiError(err, '${c}')) {}`,
          ),
        },
      ],
    },
  ],
});
