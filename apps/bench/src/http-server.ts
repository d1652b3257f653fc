// One benchmark server in its own process: `http-server.ts <express|fastify|nest> <variant>`.
// Prints its URL on stdout once listening.
import { apiError } from '@monitorqa/errors';
import { ok } from '@monitorqa/errors-server';
import type { ErrorRequestHandler } from 'express';
import type { FastifyError } from 'fastify';

// Each framework is loaded only by its own server: startup stays short under valgrind (instructions.ts).
const [framework, variant] = process.argv.slice(2) as ['express' | 'fastify' | 'nest', string];
const envelope = {
  error: { message: 'No monitor 42.', code: 'RESOURCE_NOT_FOUND', details: { resource: 'monitor', id: '42' } },
};
const monitor = { id: '42', name: 'api', kind: 'http', url: 'https://example.com', interval: 60 };
const details = envelope.error.details;
const PREBUILT = new Error('No monitor 42.');
// A database lookup that finds nothing, at its cheapest: one await.
const lookup = (): Promise<undefined> => Promise.resolve(undefined);

// A plain error handler of the kind teams write around http-errors.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- Express knows an error handler by its four parameters
const plainExpress: ErrorRequestHandler = (err: { status?: number; message: string }, _req, res, _next) => {
  res.status(err.status ?? 500).json({ error: { message: err.message, code: 'RESOURCE_NOT_FOUND' } });
};

if (framework === 'express') {
  const { default: express } = await import('express');
  const { errorHandler, send: sendExpress } = await import('@monitorqa/errors-server/express');
  const { default: createError } = await import('http-errors');
  const app = express();
  app.get('/', (_req, res) => {
    if (variant === 'hand-404') return void res.status(404).json(envelope);
    if (variant === 'ours-404') throw apiError('RESOURCE_NOT_FOUND', { message: 'No monitor 42.', details });
    if (variant === 'http-errors-404') throw createError(404, 'No monitor 42.');
    if (variant === 'hand-200') return void res.json(monitor);
    sendExpress(res, ok(monitor));
  });
  app.use(variant === 'http-errors-404' ? plainExpress : errorHandler());
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    console.log(`http://127.0.0.1:${address.port}/`);
  });
} else if (framework === 'nest') {
  const { Controller, Get, Module, NotFoundException } = await import('@nestjs/common');
  const { NestFactory } = await import('@nestjs/core');
  const { useErrorContract } = await import('@monitorqa/errors-server/nest');
  // NestJS 11 on Express, a controller as `@Controller() class { @Get() find() }` declares it.
  class MonitorsController {
    find(): never {
      if (variant === 'nest-404') throw new NotFoundException('No monitor 42.');
      throw apiError('RESOURCE_NOT_FOUND', { message: 'No monitor 42.', details });
    }
  }
  Get()(MonitorsController.prototype, 'find', Object.getOwnPropertyDescriptor(MonitorsController.prototype, 'find')!);
  Controller()(MonitorsController);
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- Nest's decorators (applied below) fill it
  class AppModule {}
  Module({ controllers: [MonitorsController] })(AppModule);
  const app = await NestFactory.create(AppModule, { logger: false });
  // Nest's own path: its built-in filter answers the NotFoundException.
  if (variant !== 'nest-404') useErrorContract(app);
  await app.listen(0, '127.0.0.1');
  console.log(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/`);
} else {
  const { default: Fastify } = await import('fastify');
  const { monitorqaErrors, send: sendFastify, sendError } = await import('@monitorqa/errors-server/fastify');
  const { default: createError } = await import('http-errors');
  const app = Fastify();
  if (variant === 'http-errors-404')
    app.setErrorHandler((err: FastifyError, _req, reply) =>
      // eslint-disable-next-line @monitorqa/require-error-handler-envelope -- the http-errors peer the bench compares against, on purpose
      reply.code(err.statusCode ?? 500).send({ error: { message: err.message, code: 'RESOURCE_NOT_FOUND' } }),
    );
  // The floor of any thrown 404 in Fastify: one error object made once, the envelope sent by a bare error handler.
  else if (variant === 'hand-throw-404') app.setErrorHandler((_err, _req, reply) => reply.code(404).send(envelope));
  else await app.register(monitorqaErrors);
  app.get('/', async (_req, reply) => {
    // As most 404s are: the handler awaits a lookup, then finds nothing.
    if (variant.startsWith('lookup-')) await lookup();
    if (variant === 'hand-404' || variant === 'lookup-hand-404') return reply.code(404).send(envelope);
    if (variant === 'hand-throw-404') throw PREBUILT;
    if (variant === 'ours-404' || variant === 'lookup-ours-404')
      throw apiError('RESOURCE_NOT_FOUND', { message: 'No monitor 42.', details });
    if (variant === 'ours-send-404')
      return sendError(reply, apiError('RESOURCE_NOT_FOUND', { message: 'No monitor 42.', details }));
    if (variant === 'http-errors-404') throw createError(404, 'No monitor 42.');
    if (variant === 'hand-200') return reply.send(monitor);
    return sendFastify(reply, ok(monitor));
  });
  console.log((await app.listen({ port: 0, host: '127.0.0.1' })) + '/');
}
