import rule from '../src/rules/no-undocumented-status.js';
import { ruleTester } from './rule-tester.js';

const documented = '200, 201, 204, 400, 401, 403, 404, 409, 422, 500, 502, 503';

ruleTester.run('no-undocumented-status', rule, {
  valid: [
    'res.status(404).json(body);',
    'response.writeHead(301, { location: "/x" });',
    "res.redirect(302, '/login');",
    "c.text('hello', 3);",
    'throw new NotFoundException();',
    "import { HttpStatus } from '@nestjs/common';\nthrow new HttpException('Gone', HttpStatus.NOT_FOUND);",
    'throw createError(404);',
    'throw Boom.notFound();',
    "class ApiError extends Error {}\nthrow new ApiError('User not found', 404);",
    'res.sendStatus(204);',
    'res.writeHead(201, { location });',
    'res.statusCode = 503;',
    'return reply.code(409).send(envelope);',
    'reply.status(422).send(body);',
    'return c.json({ ok: true }, 201);',
    'return new Response(null, { status: 204 });',
    'return Response.json(envelope, { status: 400 });',
    'const NOT_FOUND = 404; res.status(NOT_FOUND).end();',
    'const HTTP = { CREATED: 201 } as const; res.status(HTTP.CREATED).json(x);',
    'res.status(statusFromUpstream).end();',
    "error.code('E_X');",
    "c.text('hello');",
  ],
  invalid: [
    {
      code: 'res.status(418).send("teapot");',
      errors: [{ messageId: 'undocumented', data: { status: 418, documented }, line: 1, column: 12, suggestions: [] }],
    },
    {
      code: 'res.status(429).json(envelope);',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 429, documented },
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 503, code: 'OVERLOADED' },
              output: 'res.status(503).json(envelope);',
            },
          ],
        },
      ],
    },
    {
      code: 'res.sendStatus(202);',
      errors: [{ messageId: 'undocumented', data: { status: 202, documented }, column: 16 }],
    },
    {
      code: 'response.writeHead(301, { location: "/x" });',
      name: 'redirects pass by default; `allow: []` reports them',
      options: [{ allow: [] }],
      errors: [{ messageId: 'undocumented', data: { status: 301, documented } }],
    },
    {
      code: "import { HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException('Slow down.', HttpStatus.TOO_MANY_REQUESTS);",
      name: 'NestJS: HttpException with HttpStatus, read by name without type information',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 429, documented },
          line: 2,
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 503, code: 'OVERLOADED' },
              output:
                "import { HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException('Slow down.', 503);",
            },
          ],
        },
      ],
    },
    {
      code: 'throw new MethodNotAllowedException();',
      errors: [{ messageId: 'undocumented', data: { status: 405, documented }, suggestions: [] }],
    },
    {
      code: 'enum Http { TooMany = 429 }\nres.status(Http.TooMany).json(envelope);',
      name: 'a status from an enum the file declares',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 429, documented },
          line: 2,
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 503, code: 'OVERLOADED' },
              output: 'enum Http { TooMany = 429 }\nres.status(503).json(envelope);',
            },
          ],
        },
      ],
    },
    {
      code: 'throw createError(429);',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 429, documented },
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 503, code: 'OVERLOADED' },
              output: 'throw createError(503);',
            },
          ],
        },
      ],
    },
    {
      code: 'throw Boom.tooManyRequests();',
      errors: [{ messageId: 'undocumented', data: { status: 429, documented }, suggestions: [] }],
    },
    {
      code: 'return reply.tooManyRequests();',
      name: '@fastify/sensible',
      errors: [{ messageId: 'undocumented', data: { status: 429, documented }, suggestions: [] }],
    },
    {
      code: 'throw fastify.httpErrors.gone();',
      errors: [{ messageId: 'undocumented', data: { status: 410, documented }, suggestions: [] }],
    },
    {
      code: "throw new HTTPException(429, { message: 'x' });",
      name: 'Hono',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 429, documented },
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 503, code: 'OVERLOADED' },
              output: "throw new HTTPException(503, { message: 'x' });",
            },
          ],
        },
      ],
    },
    {
      code: 'res.statusCode = 415;',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 415, documented },
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 400, code: 'UNSUPPORTED_CONTENT_TYPE' },
              output: 'res.statusCode = 400;',
            },
          ],
        },
      ],
    },
    {
      code: 'return reply.code(504).send(body);',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 504, documented },
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 502, code: 'BAD_GATEWAY' },
              output: 'return reply.code(502).send(body);',
            },
          ],
        },
      ],
    },
    {
      code: 'reply.status(410).send();',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 410, documented },
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 404, code: 'RESOURCE_NOT_FOUND' },
              output: 'reply.status(404).send();',
            },
          ],
        },
      ],
    },
    {
      code: 'return c.json({ error }, 405);',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 405, documented },
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 404, code: 'ROUTE_NOT_FOUND' },
              output: 'return c.json({ error }, 404);',
            },
          ],
        },
      ],
    },
    {
      code: "return c.text('slow down', 429);",
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 429, documented },
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 503, code: 'OVERLOADED' },
              output: "return c.text('slow down', 503);",
            },
          ],
        },
      ],
    },
    {
      code: 'return new Response(body, { status: 206 });',
      errors: [{ messageId: 'undocumented', data: { status: 206, documented }, column: 37 }],
    },
    {
      code: 'return Response.json({ accepted: true }, { status: 202 });',
      errors: [{ messageId: 'undocumented', data: { status: 202, documented } }],
    },
    {
      code: 'const TOO_MANY = 429;\nres.status(TOO_MANY).end();',
      errors: [
        {
          messageId: 'undocumented',
          data: { status: 429, documented },
          line: 2,
          column: 12,
          suggestions: [
            {
              messageId: 'useDocumented',
              data: { replacement: 503, code: 'OVERLOADED' },
              output: 'const TOO_MANY = 429;\nres.status(503).end();',
            },
          ],
        },
      ],
    },
    {
      code: 'const HTTP = { TEAPOT: 418 } as const;\nres.status(HTTP.TEAPOT).end();',
      errors: [{ messageId: 'undocumented', data: { status: 418, documented }, line: 2 }],
    },
  ],
});
