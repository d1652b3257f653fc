import rule from '../src/rules/require-error-handler-envelope.js';
import { jsRuleTester, ruleTester } from './rule-tester.js';

const adapter = {
  express: '`app.use(errorHandler())` from @monitorqa/errors-server/express',
  fastify: '`app.register(monitorqaErrors)` from @monitorqa/errors-server/fastify',
  hono: '`app.onError(onError())` from @monitorqa/errors-server/hono',
  koa: '`app.use(errorMiddleware())` from @monitorqa/errors-server/koa, first',
  nest: '`useErrorContract(app)` from @monitorqa/errors-server/nest',
};
const notEnvelope = 'a body that is not the envelope';

ruleTester.run('require-error-handler-envelope', rule, {
  valid: [
    {
      code: "import { errorHandler } from '@monitorqa/errors-server/express';\napp.use((err, req, res, next) => {\n  logger.error(err);\n  errorHandler()(err, req, res, next);\n});",
      name: 'Express: a handler that hands the error to our adapter',
    },
    {
      code: "app.use((err, req, res, next) => {\n  res.status(500).json({ error: { message: 'Something went wrong.', code: 'INTERNAL_ERROR' } });\n});",
      name: 'Express: the envelope with a documented status',
    },
    {
      code: 'app.use((err, req, res, next) => {\n  logger.error(err);\n  next(err);\n});',
      name: 'Express: a handler that only logs and passes the error on',
    },
    {
      code: 'function route(a, b, c, d) {\n  return c.json({ ok: false });\n}',
      name: 'four parameters that are not Express names and not given to use()',
    },
    {
      code: 'export default function apiErrorHandler() {\n  return async function (ctx: Context, next: Next) {\n    try {\n      await next();\n    } catch (err) {\n      throw err instanceof EmptyResultError ? NotFoundError() : err;\n    }\n  };\n}',
      name: 'Koa: a middleware that maps errors and rethrows them',
    },
    {
      code: "app.use(async (ctx, next) => {\n  try {\n    await next();\n  } catch (err) {\n    ctx.status = 404;\n    ctx.body = { error: 'invalid_request', error_description: 'Resource not found' };\n  }\n});",
      name: "Koa: an OAuth endpoint's handler answers RFC 6749's errors",
    },
    {
      code: 'try {\n  await fetchUpstream();\n} catch (err) {\n  res.status(502).json({ ok: false });\n}',
      name: 'a try/catch that does not wrap next() is a site, not the central handler',
    },
  ],
  invalid: [
    {
      code: "import { StatusCodes } from 'http-status-codes';\nasync function errorHandlerMiddleware(err: InternalFlowiseError, req: Request, res: Response, next: NextFunction) {\n  const statusCode = err.statusCode || StatusCodes.INTERNAL_SERVER_ERROR;\n  let displayedError = { statusCode, success: false, message: err.message };\n  res.status(displayedError.statusCode).json(displayedError);\n}",
      name: 'Express: status and body both in variables',
      errors: [{ messageId: 'handlerBody', data: { what: notEnvelope, adapter: adapter.express }, line: 5, column: 3 }],
    },
    {
      code: 'app.use((err, req, res, next) => {\n  res.status(err.status || 500).json({ error: { message: err.message, code: err.code } });\n});',
      name: "Express: the envelope, but the error's own status",
      errors: [
        {
          messageId: 'handlerStatus',
          data: { status: '`err.status || 500`, which nothing proves documented', adapter: adapter.express },
          line: 2,
        },
      ],
    },
    {
      code: 'fastify.setErrorHandler((error, request, reply) => {\n  request.log.error(error);\n  reply.status(error.statusCode ?? 500).send({ success: false, message: error.message });\n});',
      name: 'Fastify: setErrorHandler',
      errors: [{ messageId: 'handlerBody', data: { what: notEnvelope, adapter: adapter.fastify }, line: 3 }],
    },
    {
      code: 'fastify.setErrorHandler(function (error, request, reply) {\n  reply.send(error);\n});',
      name: 'Fastify: the error object sent as it is',
      errors: [
        {
          messageId: 'handlerBody',
          data: { what: 'the error object `error` as the framework serialises it', adapter: adapter.fastify },
        },
      ],
    },
    {
      code: "app.onError((err, c) => {\n  console.error(err);\n  return c.json({ message: 'Internal Server Error' }, 500);\n});",
      name: 'Hono: app.onError',
      errors: [{ messageId: 'handlerBody', data: { what: notEnvelope, adapter: adapter.hono }, line: 3, column: 10 }],
    },
    {
      code: 'app.onError((err, c) => {\n  return c.text(err.message, 500);\n});',
      name: 'Hono: text',
      errors: [{ messageId: 'handlerBody', data: { what: 'text', adapter: adapter.hono } }],
    },
    {
      code: "app.use(async (ctx, next) => {\n  try {\n    await next();\n  } catch (err) {\n    ctx.status = err.status || 500;\n    ctx.body = { message: err.expose ? err.message : 'Internal error' };\n    ctx.app.emit('error', err, ctx);\n  }\n});",
      name: 'Koa: the try/await next()/catch middleware',
      errors: [{ messageId: 'handlerBody', data: { what: notEnvelope, adapter: adapter.koa }, line: 6, column: 5 }],
    },
    {
      code: 'app.context.onerror = function (err) {\n  if (err == null) return;\n  this.status = err.status;\n  this.body = JSON.stringify({ ok: false, error: err.id, message: String(err.message) });\n  this.res.end(this.body);\n};',
      name: 'Koa: app.context.onerror',
      errors: [{ messageId: 'handlerBody', data: { what: notEnvelope, adapter: adapter.koa }, line: 4 }],
    },
    {
      code: "import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';\nimport { getReasonPhrase, StatusCodes } from 'http-status-codes';\n@Catch(PortfolioSnapshotComputationError)\nexport class SnapshotFilter implements ExceptionFilter {\n  public catch(exception: Error, host: ArgumentsHost) {\n    const response = host.switchToHttp().getResponse();\n    response.status(StatusCodes.SERVICE_UNAVAILABLE).json({ message: getReasonPhrase(StatusCodes.SERVICE_UNAVAILABLE), statusCode: 503 });\n  }\n}",
      name: 'NestJS: a @Catch filter',
      errors: [{ messageId: 'handlerBody', data: { what: notEnvelope, adapter: adapter.nest }, line: 7, column: 5 }],
    },
    {
      code: '@Catch()\nexport class AllExceptionsFilter {\n  catch(exception: unknown, host: ArgumentsHost) {\n    const ctx = host.switchToHttp();\n    this.httpAdapter.reply(ctx.getResponse(), { statusCode: 429 }, 429);\n  }\n}',
      name: 'NestJS: httpAdapter.reply with an undocumented status, reported once',
      errors: [{ messageId: 'handlerBody', data: { what: notEnvelope, adapter: adapter.nest }, line: 5 }],
    },
    {
      code: "app.use((err, req, res, next) => {\n  res.status(429).json({ error: { message: 'Slow down.', code: 'OVERLOADED' } });\n});",
      name: 'Express: an undocumented status',
      errors: [
        {
          messageId: 'handlerStatus',
          data: { status: '429, which the contract does not document', adapter: adapter.express },
        },
      ],
    },
  ],
});

jsRuleTester.run('require-error-handler-envelope (CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      code: 'module.exports = function (err, req, res, next) {\n  res.status(500).end();\n};',
      errors: [{ messageId: 'handlerBody', data: { what: 'no body', adapter: adapter.express } }],
    },
  ],
});
