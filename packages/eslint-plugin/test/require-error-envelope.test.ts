import rule from '../src/rules/require-error-envelope.js';
import { ruleTester } from './rule-tester.js';

ruleTester.run('require-error-envelope', rule, {
  valid: [
    "res.status(404).json({ error: { message: 'No monitor.', code: 'RESOURCE_NOT_FOUND' } });",
    "res.status(422).json({ error: { message: 'Invalid.', code: 'VALIDATION_FAILED', details: { interval: 'too short' } } });",
    'res.status(404).json(toErrorResponse(err).body);',
    'res.status(500).json(envelope);',
    'res.status(200).json({ message: "ok" });',
    'res.status(201).json({ id });',
    "return reply.code(409).send({ error: { message, code: 'CONFLICT' } });",
    "return c.json({ error: { message: 'Nope.', code: 'FORBIDDEN' } }, 403);",
    "return Response.json({ error: { message: m, code: 'BAD_REQUEST' } }, { status: 400 });",
    'res.status(400).json({ ...base, extra: 1 });',
    "res.status(302).send('Found');",
    "throw new HttpException({ error: { message: 'Slow down.', code: 'OVERLOADED' } }, 503);",
    {
      code: 'throw new HttpException({ errors: {} }, 401);',
      options: [{ exceptionBodies: false }],
      name: 'exception bodies off: an exception filter answers them',
    },
    "reply.code(201);\nreturn { id: '1' };",
    "return new Response(JSON.stringify({ error: { message: 'x', code: 'NOT_FOUND' } }), { status: 404 });",
  ],
  invalid: [
    {
      code: "res.status(404).json({ message: 'x' });",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 404 },
          line: 1,
          column: 22,
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'NOT_FOUND' },
              output: "res.status(404).json({ error: { message: 'x', code: 'NOT_FOUND' } });",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(400).json({ error: 'Bad input' });",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 400 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'BAD_REQUEST' },
              output: "res.status(400).json({ error: { message: 'Bad input', code: 'BAD_REQUEST' } });",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(409).json({ error: { message: 'Taken.' } });",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 409 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'CONFLICT' },
              output:
                "res.status(409).json({ error: { message: 'The request conflicts with the current state of the resource.', code: 'CONFLICT' } });",
            },
          ],
        },
      ],
    },
    {
      code: 'return reply.code(401).send({ reason: "no key" });',
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 401 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'UNAUTHORIZED' },
              output:
                "return reply.code(401).send({ error: { message: 'Authentication is required.', code: 'UNAUTHORIZED', details: { reason: \"no key\" } } });",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(422).set('x-a', 'b').json({ errors: [] , details: { a: 1 } });",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 422 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'UNPROCESSABLE_ENTITY' },
              output:
                "res.status(422).set('x-a', 'b').json({ error: { message: 'The request contains invalid data.', code: 'UNPROCESSABLE_ENTITY', details: { a: 1, errors: [] } } });",
            },
          ],
        },
      ],
    },
    {
      code: "return c.json({ message: 'Forbidden' }, 403);",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 403 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'FORBIDDEN' },
              output: "return c.json({ error: { message: 'Forbidden', code: 'FORBIDDEN' } }, 403);",
            },
          ],
        },
      ],
    },
    {
      code: "return Response.json({ message: 'down' }, { status: 503 });",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 503 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'SERVICE_UNAVAILABLE' },
              output:
                "return Response.json({ error: { message: 'down', code: 'SERVICE_UNAVAILABLE' } }, { status: 503 });",
            },
          ],
        },
      ],
    },
    {
      code: "return new Response(JSON.stringify({ msg: 'no' }), { status: 500 });",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 500 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'INTERNAL_SERVER_ERROR' },
              output:
                "return new Response(JSON.stringify({ error: { message: 'An unexpected error occurred.', code: 'INTERNAL_SERVER_ERROR', details: { msg: 'no' } } }), { status: 500 });",
            },
          ],
        },
      ],
    },
    {
      code: "const NOT_FOUND = 404;\nres.status(NOT_FOUND).send({ error: { code: 'NOT_FOUND' } });",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 404 },
          line: 2,
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'NOT_FOUND' },
              output:
                "const NOT_FOUND = 404;\nres.status(NOT_FOUND).send({ error: { message: 'The requested resource was not found.', code: 'NOT_FOUND' } });",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(418).json({ message: 'teapot' });",
      errors: [{ messageId: 'notEnvelope', data: { status: 418 }, suggestions: [] }],
    },
    {
      code: 'res.status(502).json({ message: `upstream ${name} failed` } as const);',
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 502 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'BAD_GATEWAY' },
              output: "res.status(502).json({ error: { message: `upstream ${name} failed`, code: 'BAD_GATEWAY' } });",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(400).json({ message: 'Invalid body', issues: validation.issues });",
      name: "a validator's field list is kept, in details: a fix never loses data",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 400 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'BAD_REQUEST' },
              output:
                "res.status(400).json({ error: { message: 'Invalid body', code: 'BAD_REQUEST', details: { issues: validation.issues } } });",
            },
          ],
        },
      ],
    },
    {
      code: 'throw new HttpException({ errors }, 401);',
      name: "NestJS's HttpException: Nest's default filter sends the body as written",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 401 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'UNAUTHORIZED' },
              output:
                "throw new HttpException({ error: { message: 'Authentication is required.', code: 'UNAUTHORIZED', details: { errors } } }, 401);",
            },
          ],
        },
      ],
    },
    {
      code: "import { HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException('Not authorized.', HttpStatus.UNAUTHORIZED);",
      errors: [
        {
          messageId: 'textBody',
          data: { status: 401 },
          line: 2,
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'UNAUTHORIZED' },
              output:
                "import { HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException({ error: { message: 'Not authorized.', code: 'UNAUTHORIZED' } }, HttpStatus.UNAUTHORIZED);",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(404).send('Not found');",
      errors: [
        {
          messageId: 'textBody',
          data: { status: 404 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'NOT_FOUND' },
              output: "res.status(404).send({ error: { message: 'Not found', code: 'NOT_FOUND' } });",
            },
          ],
        },
      ],
    },
    {
      code: 'res.status(500).json(err.message);',
      name: "a 5xx's own text is what must not leak: the suggestion sends the catalog's message",
      errors: [
        {
          messageId: 'textBody',
          data: { status: 500 },
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'INTERNAL_SERVER_ERROR' },
              output:
                "res.status(500).json({ error: { message: 'An unexpected error occurred.', code: 'INTERNAL_SERVER_ERROR' } });",
            },
          ],
        },
      ],
    },
    {
      code: 'res.sendStatus(404);',
      name: 'sendStatus sends the reason phrase as text',
      errors: [{ messageId: 'textBody', data: { status: 404 }, suggestions: [] }],
    },
    {
      code: "reply.code(404);\nreturn { message: 'Not found' };",
      name: "Fastify's split form: the status, then the returned body",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 404 },
          line: 2,
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'NOT_FOUND' },
              output: "reply.code(404);\nreturn { error: { message: 'Not found', code: 'NOT_FOUND' } };",
            },
          ],
        },
      ],
    },
    {
      code: "reply.status(400);\nconst why = 'x';\nreturn reply.send({ error: why });",
      name: "Fastify's split form: the status, then reply.send",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 400 },
          line: 3,
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'BAD_REQUEST' },
              output:
                "reply.status(400);\nconst why = 'x';\nreturn reply.send({ error: { message: why, code: 'BAD_REQUEST' } });",
            },
          ],
        },
      ],
    },
  ],
});
