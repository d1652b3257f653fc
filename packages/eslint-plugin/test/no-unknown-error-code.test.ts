import { fileURLToPath } from 'node:url';
import rule from '../src/rules/no-unknown-error-code.js';
import { ruleTester } from './rule-tester.js';

const fixtures = fileURLToPath(new URL('./fixtures/service', import.meta.url));

ruleTester.run('no-unknown-error-code', rule, {
  valid: [
    "throw apiError('NOT_FOUND');",
    "throw new ApiError('CONFLICT', { status: 409 });",
    "if (isApiError(err, 'VALIDATION_FAILED')) show(err.details);",
    "res.status(404).json({ error: { message: 'x', code: 'RESOURCE_NOT_FOUND' } });",
    "if (err.code === 'ECONNREFUSED') retry();",
    "if (e.code === 'P2002') throw apiError('RESOURCE_ALREADY_EXISTS');",
    "if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {}",
    "switch (err.code) { case 'ENOENT': break; }",
    "if (isApiError(err) && err.code === 'CONFLICT') {}",
    "if (err instanceof ApiError) { if (err.code === 'NOT_FOUND') {} }",
    "const CODE = 'CONFLICT'; throw apiError(CODE);",
    { code: "throw catalog.create('MONITOR_LIMIT_REACHED');", options: [{ codes: { MONITOR_LIMIT_REACHED: 409 } }] },
    {
      code: "throw catalog.create('CHECK_TIMED_OUT');",
      options: [{ catalog: `${fixtures}/errors` }],
      name: 'codes read from a catalog module',
    },
    { code: "if (isApiError(err, 'PLAN_REQUIRED')) {}", settings: { monitorqa: { codes: { PLAN_REQUIRED: 403 } } } },
    {
      code: "import { ApiError } from './errors';\nthrow new ApiError('User not found', 404);",
      name: "a project's own ApiError is not ours",
    },
    {
      code: "matchError(err, { _: (e) => e.code === 'ECONNRESET' });",
      name: 'the _ handler of matchError takes anything',
    },
    {
      code: "class ApiError extends Error {}\nthrow new ApiError('User not found', 404);",
      name: 'a class of the file called ApiError is not ours',
    },
    {
      code: "import type { ApiError } from './own';\nfunction f(err: ApiError) { return err.code === 'E_OWN'; }",
      name: 'a parameter annotated with a type of our own name from elsewhere',
    },
  ],
  invalid: [
    {
      code: "matchError(err, { NOT_FOUND: (e) => e.code === 'RESOURCE_MISSNG' ? 1 : 2, _: () => 0 });",
      name: 'the parameter of a matchError handler is an ApiError',
      errors: [{ messageId: 'unknownCode', data: { code: 'RESOURCE_MISSNG' }, suggestions: [] }],
    },
    {
      code: "import { ApiError } from '@monitorqa/errors';\nfunction show(err: ApiError) { return err.code === 'CONFLIKT'; }",
      name: 'a parameter annotated with our ApiError',
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'CONFLIKT', suggestion: 'CONFLICT' },
          line: 2,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { suggestion: 'CONFLICT' },
              output:
                "import { ApiError } from '@monitorqa/errors';\nfunction show(err: ApiError) { return err.code === 'CONFLICT'; }",
            },
          ],
        },
      ],
    },
    {
      code: "throw apiError('NOT_FOUNDD');",
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'NOT_FOUNDD', suggestion: 'NOT_FOUND' },
          line: 1,
          column: 16,
          suggestions: [
            { messageId: 'replaceWith', data: { suggestion: 'NOT_FOUND' }, output: "throw apiError('NOT_FOUND');" },
          ],
        },
      ],
    },
    {
      code: "throw new ApiError('RESOURCE_MISSING', { status: 404 });",
      errors: [{ messageId: 'unknownCode', data: { code: 'RESOURCE_MISSING' }, suggestions: [] }],
    },
    {
      code: "if (isApiError(err, 'not_found')) {}",
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'not_found', suggestion: 'NOT_FOUND' },
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { suggestion: 'NOT_FOUND' },
              output: "if (isApiError(err, 'NOT_FOUND')) {}",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(404).json({ error: { message: 'x', code: 'NOTFOUND' } });",
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'NOTFOUND', suggestion: 'NOT_FOUND' },
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { suggestion: 'NOT_FOUND' },
              output: "res.status(404).json({ error: { message: 'x', code: 'NOT_FOUND' } });",
            },
          ],
        },
      ],
    },
    {
      code: "if (isApiError(err) && err.code === 'CONFLICTS') {}",
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'CONFLICTS', suggestion: 'CONFLICT' },
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { suggestion: 'CONFLICT' },
              output: "if (isApiError(err) && err.code === 'CONFLICT') {}",
            },
          ],
        },
      ],
    },
    {
      code: "if (err instanceof ApiError) { if ('TIMEOUT' === err.code) {} }",
      errors: [{ messageId: 'unknownCode', data: { code: 'TIMEOUT' }, suggestions: [] }],
    },
    {
      code: "if (!isApiError(err)) throw err;\nswitch (err.code) {\n  case 'NOT_FOUND': break;\n  case 'VALIDATION_ERROR': break;\n}",
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'VALIDATION_ERROR', suggestion: 'VALIDATION_FAILED' },
          line: 4,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { suggestion: 'VALIDATION_FAILED' },
              output:
                "if (!isApiError(err)) throw err;\nswitch (err.code) {\n  case 'NOT_FOUND': break;\n  case 'VALIDATION_FAILED': break;\n}",
            },
          ],
        },
      ],
    },
    {
      code: 'throw apiError(`INVALID_API_KY`);',
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'INVALID_API_KY', suggestion: 'INVALID_API_KEY' },
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { suggestion: 'INVALID_API_KEY' },
              output: "throw apiError('INVALID_API_KEY');",
            },
          ],
        },
      ],
    },
    {
      code: "const CODE = 'RATE_LIMITED';\nthrow apiError(CODE);",
      errors: [{ messageId: 'unknownCode', data: { code: 'RATE_LIMITED' }, line: 2, column: 16, suggestions: [] }],
    },
    {
      code: "throw errorCatalog.create('MONITOR_LIMIT');",
      options: [{ codes: { MONITOR_LIMIT_REACHED: 409 } }],
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'MONITOR_LIMIT', suggestion: 'MONITOR_LIMIT_REACHED' },
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { suggestion: 'MONITOR_LIMIT_REACHED' },
              output: "throw errorCatalog.create('MONITOR_LIMIT_REACHED');",
            },
          ],
        },
      ],
    },
    {
      code: "return c.json({ error: { message: 'x', code: 'CHECK_TIMEDOUT' } }, 502);",
      options: [{ catalog: `${fixtures}/errors` }],
      errors: [
        {
          messageId: 'unknownCodeDidYouMean',
          data: { code: 'CHECK_TIMEDOUT', suggestion: 'CHECK_TIMED_OUT' },
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { suggestion: 'CHECK_TIMED_OUT' },
              output: "return c.json({ error: { message: 'x', code: 'CHECK_TIMED_OUT' } }, 502);",
            },
          ],
        },
      ],
    },
  ],
});
