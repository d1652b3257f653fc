// The error answers services write where the body is not a literal at the site, or there is none:
// shapes taken from public Express, Fastify, NestJS, Koa and Hono services.
import rule from '../src/rules/require-error-envelope.js';
import { jsRuleTester, ruleTester } from './rule-tester.js';

const text = (status: number, line = 1, column?: number) => ({
  messageId: 'textBody' as const,
  data: { status },
  line,
  ...(column === undefined ? {} : { column }),
});

ruleTester.run('require-error-envelope: bodies that are not literals', rule, {
  valid: [
    {
      code: "const body = { error: { message: 'No monitor.', code: 'RESOURCE_NOT_FOUND' } };\nres.status(404).json(body);",
      name: 'a const that is the envelope',
    },
    {
      code: 'let body = {};\nbody = makeBody();\nres.status(400).json(body);',
      name: 'a variable written twice: its value is not known',
    },
    {
      code: "const body = { message: 'x' };\nbody.error = { message: 'x', code: 'BAD_REQUEST' };\nres.status(400).json(body);",
      name: 'a variable whose properties are set after: not known',
    },
    {
      code: "function toBody(e) { if (e) return { error: { message: e.message, code: 'BAD_REQUEST' } }; return { message: 'x' }; }\nres.status(400).json(toBody(err));",
      name: 'a function that may return the envelope',
    },
    {
      code: 'res.status(400).json(buildError(err));',
      name: 'a function of another module, without types',
    },
    {
      code: 'reply.status(400).send(result.error);',
      name: 'a property without types',
    },
    {
      code: "import { getReasonPhrase } from './phrases';\nres.status(400).json(getReasonPhrase(400));",
      name: "a getReasonPhrase that is not http-status-codes'",
    },
  ],
  invalid: [
    {
      code: "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND).json({ message: 'Chatflow not found' });",
      name: "http-status-codes' StatusCodes read by name",
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 404 },
          line: 2,
          column: 40,
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'NOT_FOUND' },
              output:
                "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND).json({ error: { message: 'Chatflow not found', code: 'NOT_FOUND' } });",
            },
          ],
        },
      ],
    },
    {
      code: "import { getReasonPhrase, StatusCodes } from 'http-status-codes';\nthrow new HttpException(getReasonPhrase(StatusCodes.FORBIDDEN), StatusCodes.FORBIDDEN);",
      name: 'NestJS: getReasonPhrase is text',
      errors: [
        {
          ...text(403, 2, 25),
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'FORBIDDEN' },
              output:
                "import { getReasonPhrase, StatusCodes } from 'http-status-codes';\nthrow new HttpException({ error: { message: getReasonPhrase(StatusCodes.FORBIDDEN), code: 'FORBIDDEN' } }, StatusCodes.FORBIDDEN);",
            },
          ],
        },
      ],
    },
    {
      code: "res.status(400).json('Cannot connect: ' + e.message);",
      name: 'text built with +',
      errors: [
        {
          ...text(400, 1, 22),
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'BAD_REQUEST' },
              output:
                "res.status(400).json({ error: { message: 'Cannot connect: ' + e.message, code: 'BAD_REQUEST' } });",
            },
          ],
        },
      ],
    },
    {
      code: "const defaultResponse = { success: false, message: 'Internal error' };\nreturn c.json(defaultResponse, 500);",
      name: 'Hono: a const body',
      errors: [{ messageId: 'notEnvelope', data: { status: 500 }, line: 2, column: 15, suggestions: [] }],
    },
    {
      code: 'let displayedError = { statusCode: 404, success: false, message: err.message };\nres.status(404).json(displayedError);',
      name: 'a variable assigned once',
      errors: [{ messageId: 'notEnvelope', data: { status: 404 }, line: 2 }],
    },
    {
      code: "function failure(message) {\n  return { success: false, message };\n}\nreply.status(400).send(failure('Invalid segment'));",
      name: 'a function of the file that never returns the envelope',
      errors: [{ messageId: 'notEnvelope', data: { status: 400 }, line: 4, column: 24 }],
    },
    {
      code: 'const msg = `Monitor ${id} not found`;\nres.status(404).send(msg);',
      name: 'a string const',
      errors: [
        {
          ...text(404, 2),
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'NOT_FOUND' },
              output:
                "const msg = `Monitor ${id} not found`;\nres.status(404).send({ error: { message: msg, code: 'NOT_FOUND' } });",
            },
          ],
        },
      ],
    },
    {
      code: "return c.text('Unauthorized', 401);",
      name: "Hono's c.text answers text",
      errors: [{ ...text(401, 1, 8), suggestions: [] }],
    },
  ],
});

ruleTester.run('require-error-envelope: error statuses with no body', rule, {
  valid: [
    'reply.status(204).send();',
    'res.status(200).end();',
    "ctx.status = 404;\nctx.body = { error: { message: 'No such document.', code: 'RESOURCE_NOT_FOUND' } };",
    {
      code: 'if (!doc) {\n  ctx.status = 404;\n}\nctx.body = render(doc);',
      name: "Koa: a body set in another block may be this status's: not known",
    },
    { code: 'this.status = 404;', name: "an error class's own field, not Koa's context" },
    { code: 'monitor.status = 404;', name: 'any other object' },
    {
      code: "ctx.status = 400;\nctx.body = { error: 'invalid_request', error_description: 'Resource not found' };",
      name: "an OAuth endpoint's error (RFC 6749), which its clients need as it is",
    },
  ],
  invalid: [
    {
      code: 'return reply.status(401).send();',
      name: 'Fastify: send() with nothing',
      errors: [{ messageId: 'noBody', data: { status: 401 }, line: 1, column: 21 }],
    },
    {
      code: 'res.status(409).end();',
      name: 'Express: end()',
      errors: [{ messageId: 'noBody', data: { status: 409 }, line: 1, column: 12 }],
    },
    {
      code: 'return c.body(null, 404);',
      name: 'Hono: c.body(null, status)',
      errors: [{ messageId: 'noBody', data: { status: 404 }, line: 1, column: 21 }],
    },
    {
      code: "router.get('/_health', async (ctx) => {\n  try {\n    await db.ping();\n  } catch (err) {\n    ctx.status = 500;\n    return;\n  }\n  ctx.body = 'OK';\n});",
      name: 'Koa: ctx.status then return, whatever the other paths set',
      errors: [{ messageId: 'noBody', data: { status: 500 }, line: 5, column: 18 }],
    },
    {
      code: 'export async function verify(ctx, next) {\n  if (!valid(ctx.request)) {\n    ctx.status = 401;\n    return;\n  }\n  await next();\n}',
      name: 'Koa: ctx.status alone answers the reason phrase as text',
      errors: [{ messageId: 'noBody', data: { status: 401 }, line: 3, column: 18 }],
    },
    {
      code: "ctx.status = 400;\nctx.body = { ok: false, message: 'Invalid signature' };",
      name: 'Koa: ctx.body beside an error status',
      errors: [
        {
          messageId: 'notEnvelope',
          data: { status: 400 },
          line: 2,
          column: 12,
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'BAD_REQUEST' },
              output:
                "ctx.status = 400;\nctx.body = { error: { message: 'Invalid signature', code: 'BAD_REQUEST', details: { ok: false } } };",
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-error-envelope: CommonJS services', rule, {
  valid: [],
  invalid: [
    {
      code: "const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.BAD_REQUEST).send('Missing monitor id');",
      errors: [
        {
          ...text(400, 2, 42),
          suggestions: [
            {
              messageId: 'wrapInEnvelope',
              data: { code: 'BAD_REQUEST' },
              output:
                "const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.BAD_REQUEST).send({ error: { message: 'Missing monitor id', code: 'BAD_REQUEST' } });",
            },
          ],
        },
      ],
    },
  ],
});
