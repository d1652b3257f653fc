import rule from '../src/rules/code-status-mismatch.js';
import { ruleTester } from './rule-tester.js';

ruleTester.run('code-status-mismatch', rule, {
  valid: [
    "res.status(404).json({ error: { message: 'x', code: 'NOT_FOUND' } });",
    "res.status(404).json({ error: { message: 'x', code: 'RESOURCE_NOT_FOUND' } });",
    "return reply.code(409).send({ error: { message, code: 'RESOURCE_ALREADY_EXISTS' } });",
    "return c.json({ error: { message: 'x', code: 'VALIDATION_FAILED' } }, 422);",
    "return Response.json({ error: { message: 'x', code: 'MAINTENANCE' } }, { status: 503 });",
    "new ApiError('FORBIDDEN', { status: 403 });",
    "new ApiError('MONITOR_GONE', { status: 404 });",
    "res.status(status).json({ error: { message: 'x', code: 'CONFLICT' } });",
    'res.status(400).json({ error: { message: m, code } });',
    "res.status(400).json({ error: { message: 'x', code: 'SOMETHING_ELSE' } });",
    {
      code: "res.status(409).json({ error: { message: 'x', code: 'MONITOR_LIMIT_REACHED' } });",
      options: [{ codes: { MONITOR_LIMIT_REACHED: 409 } }],
    },
  ],
  invalid: [
    {
      code: "res.status(500).json(apiError('MAINTENANCE'));",
      name: 'an error built by apiError, sent with another status',
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'MAINTENANCE', expected: 503, status: 500 },
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'MAINTENANCE', expected: 503 },
              output: "res.status(503).json(apiError('MAINTENANCE'));",
            },
          ],
        },
      ],
    },
    {
      code: "const err = catalog.create('CONFLICT');\nreturn reply.code(400).send(err.toJSON());",
      name: 'a catalog.create value in a const, sent with another status',
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'CONFLICT', expected: 409, status: 400 },
          line: 1,
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'CONFLICT', expected: 409 },
              output: "const err = catalog.create('CONFLICT');\nreturn reply.code(409).send(err.toJSON());",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(404).json({ error: { message: 'Taken.', code: 'CONFLICT' } });",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'CONFLICT', expected: 409, status: 404 },
          line: 1,
          column: 58,
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'CONFLICT', expected: 409 },
              output: "res.status(409).json({ error: { message: 'Taken.', code: 'CONFLICT' } });",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(400).json({ error: { message: 'x', code: 'VALIDATION_FAILED' } });",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'VALIDATION_FAILED', expected: 422, status: 400 },
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'VALIDATION_FAILED', expected: 422 },
              output: "res.status(422).json({ error: { message: 'x', code: 'VALIDATION_FAILED' } });",
            },
          ],
        },
      ],
    },
    {
      code: "return reply.code(500).send({ error: { message: 'x', code: 'BAD_GATEWAY' } });",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'BAD_GATEWAY', expected: 502, status: 500 },
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'BAD_GATEWAY', expected: 502 },
              output: "return reply.code(502).send({ error: { message: 'x', code: 'BAD_GATEWAY' } });",
            },
          ],
        },
      ],
    },
    {
      code: "return c.json({ error: { message: 'x', code: 'MISSING_API_KEY' } }, 403);",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'MISSING_API_KEY', expected: 401, status: 403 },
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'MISSING_API_KEY', expected: 401 },
              output: "return c.json({ error: { message: 'x', code: 'MISSING_API_KEY' } }, 401);",
            },
          ],
        },
      ],
    },
    {
      code: "return Response.json({ error: { message: 'x', code: 'NOT_FOUND' } }, { status: 400 });",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'NOT_FOUND', expected: 404, status: 400 },
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'NOT_FOUND', expected: 404 },
              output: "return Response.json({ error: { message: 'x', code: 'NOT_FOUND' } }, { status: 404 });",
            },
          ],
        },
      ],
    },
    {
      code: "return new Response(JSON.stringify({ error: { message: 'x', code: 'OVERLOADED' } }), { status: 500 });",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'OVERLOADED', expected: 503, status: 500 },
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'OVERLOADED', expected: 503 },
              output:
                "return new Response(JSON.stringify({ error: { message: 'x', code: 'OVERLOADED' } }), { status: 503 });",
            },
          ],
        },
      ],
    },
    {
      code: "new ApiError('NOT_FOUND', { status: 409 });",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'NOT_FOUND', expected: 404, status: 409 },
          column: 14,
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'NOT_FOUND', expected: 404 },
              output: "new ApiError('NOT_FOUND', { status: 404 });",
            },
          ],
        },
      ],
    },
    {
      code: "const CODE = 'FORBIDDEN';\nres.status(401).json({ error: { message: 'x', code: CODE } });",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'FORBIDDEN', expected: 403, status: 401 },
          line: 2,
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'FORBIDDEN', expected: 403 },
              output: "const CODE = 'FORBIDDEN';\nres.status(403).json({ error: { message: 'x', code: CODE } });",
            },
          ],
        },
      ],
    },
    {
      code: "const HTTP = { BAD_REQUEST: 400 } as const;\nres.status(HTTP.BAD_REQUEST).json({ error: { message: 'x', code: 'UNAUTHORIZED' } });",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'UNAUTHORIZED', expected: 401, status: 400 },
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'UNAUTHORIZED', expected: 401 },
              output:
                "const HTTP = { BAD_REQUEST: 400 } as const;\nres.status(401).json({ error: { message: 'x', code: 'UNAUTHORIZED' } });",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(422).set('retry-after', '1').json({ error: { message: 'x', code: `CONFLICT` } });",
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'CONFLICT', expected: 409, status: 422 },
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'CONFLICT', expected: 409 },
              output: "res.status(409).set('retry-after', '1').json({ error: { message: 'x', code: `CONFLICT` } });",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(400).json({ error: { message: 'x', code: 'MONITOR_LIMIT_REACHED' } });",
      options: [{ codes: { MONITOR_LIMIT_REACHED: 409 } }],
      errors: [
        {
          messageId: 'mismatch',
          data: { code: 'MONITOR_LIMIT_REACHED', expected: 409, status: 400 },
          suggestions: [
            {
              messageId: 'useCatalogStatus',
              data: { code: 'MONITOR_LIMIT_REACHED', expected: 409 },
              output: "res.status(409).json({ error: { message: 'x', code: 'MONITOR_LIMIT_REACHED' } });",
            },
          ],
        },
      ],
    },
  ],
});
