// The server README's "adopting in an existing service" sections as edits to the service in
// fixtures/brownfield, step by step: the release test applies them, and a step the README gains fails
// there until the fixture follows it.

/** The numbered steps of a `### ` section of a README whose heading starts with `heading`, one string each. */
export function stepsOf(readme: string, heading: string): string[] {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`### ${heading}`));
  if (start === -1) throw new Error(`no "### ${heading}" in the README`);
  const steps: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (/^\d+\. /.test(line)) steps.push(line.replace(/^\d+\. /, ''));
    else if (line.startsWith('   ') && steps.length > 0) steps.push(`${steps.pop() ?? ''} ${line.trim()}`);
  }
  return steps;
}

/** One step of a README's adoption section, as the edits it makes to the service (none: the service already does it). */
export interface Step {
  /** How the README's step begins. */
  readonly readme: string;
  readonly file?: string;
  readonly edits: readonly (readonly [from: string, to: string])[];
}

const importing = (line: string, anchor: string): readonly [string, string] => [anchor, `${line}\n${anchor}`];
const EXPRESS_ANCHOR = "import type { Server } from 'http';";
const NEST_ANCHOR = "import { NestFactory } from '@nestjs/core';";
const FASTIFY_ANCHOR = "import type { FastifyError, FastifyInstance } from 'fastify';";
const KOA_ANCHOR = "import type { Server } from 'http';";
const HONO_ANCHOR = "import { Hono } from 'hono';";

export const ADOPTION: Record<string, readonly Step[]> = {
  'Adopting in an existing Express service': [
    {
      readme: 'Replace `express.json()` with `jsonBody()`, before the routes.',
      file: 'src/express-app.ts',
      edits: [
        importing("import { jsonBody } from '@monitorqa/errors-server/express';", EXPRESS_ANCHOR),
        ['  app.use(express.json());', '  app.use(jsonBody());'],
      ],
    },
    {
      readme: 'After the routes, `app.use(notFoundHandler(), errorHandler({ onServerError }))`;',
      file: 'src/express-app.ts',
      edits: [
        importing("import { errorHandler, notFoundHandler } from '@monitorqa/errors-server/express';", EXPRESS_ANCHOR),
        [
          '_next: NextFunction) => {\n    logged.push(`${req.method} ${req.path}: ${err.message}`);\n    res.status(err.status ?? 500).json({ message: err.message });\n  });',
          'next: NextFunction) => {\n    logged.push(`${req.method} ${req.path}: ${err.message}`);\n    next(err);\n  });\n  app.use(notFoundHandler(), errorHandler());',
        ],
      ],
    },
    {
      readme: 'Once the server listens, `handleClientErrors(server)`.',
      file: 'src/express-app.ts',
      edits: [
        importing("import { handleClientErrors } from '@monitorqa/errors-server/node';", EXPRESS_ANCHOR),
        [
          "app.listen(0, '127.0.0.1', () => {\n",
          "app.listen(0, '127.0.0.1', () => {\n      handleClientErrors(server);\n",
        ],
      ],
    },
    // Already so: its one async handler ends in `.catch(next)`.
    {
      readme: 'Express 4 does not catch a rejected promise',
      file: 'src/express-app.ts',
      edits: [['})().catch(next);', '})().catch(next);']],
    },
    {
      readme: 'Calls to upstreams: `ensureOk` in place of `if (!res.ok) throw`',
      file: 'src/express-app.ts',
      edits: [
        importing("import { ensureOk } from '@monitorqa/errors-server';", EXPRESS_ANCHOR),
        [
          'await fetch(`${checkerUrl}/checks/${req.params.id}`);\n      if (!upstream.ok) throw new Error(`checker answered ${upstream.status}`);',
          "await ensureOk(fetch(`${checkerUrl}/checks/${req.params.id}`), 'checker');",
        ],
      ],
    },
    // src/check.ts runs it, before adoption and after.
    { readme: 'Run the conformance kit in your tests', edits: [] },
  ],
  'Adopting in an existing Nest service': [
    {
      readme: 'Import `ErrorContractModule.forRoot({ onServerError })` in the root module',
      file: 'src/nest-app.ts',
      edits: [
        importing("import { ErrorContractModule } from '@monitorqa/errors-server/nest';", NEST_ANCHOR),
        [
          '@Module({ controllers: [ChecksController] })',
          '@Module({ imports: [ErrorContractModule.forRoot()], controllers: [ChecksController] })',
        ],
      ],
    },
    {
      readme: 'Your global exception filter:',
      file: 'src/nest-app.ts',
      edits: [
        importing(
          "import { ErrorContractFilter } from '@monitorqa/errors-server/nest';\nimport { HttpAdapterHost } from '@nestjs/core';",
          NEST_ANCHOR,
        ),
        [
          'class LoggingFilter implements ExceptionFilter {\n  catch(',
          'class LoggingFilter extends ErrorContractFilter {\n  override catch(',
        ],
        [
          '    http.getResponse<Response>().status(status).json({ statusCode: status, message: String(exception) });',
          '    super.catch(exception, host);',
        ],
        ['new LoggingFilter()', 'new LoggingFilter(app.get(HttpAdapterHost), {})'],
      ],
    },
    {
      readme: 'Once the app listens, `handleClientErrors(app.getHttpServer())`',
      file: 'src/nest-app.ts',
      edits: [
        importing("import { handleClientErrors } from '@monitorqa/errors-server/node';", NEST_ANCHOR),
        [
          "  await app.listen(0, '127.0.0.1');\n",
          "  await app.listen(0, '127.0.0.1');\n  handleClientErrors(app.getHttpServer());\n",
        ],
      ],
    },
    // Not this app: it runs on Express.
    { readme: 'On Fastify, pass `new FastifyAdapter({ frameworkErrors })`.', edits: [] },
    {
      readme: 'Run the conformance kit (`assertErrorContract`, from `@monitorqa/errors-testkit`) in your tests',
      edits: [],
    },
  ],
  'Adopting in an existing Fastify service': [
    {
      readme: 'Add `frameworkErrors` to the options you create the app with',
      file: 'src/fastify-app.ts',
      edits: [
        importing("import { frameworkErrors } from '@monitorqa/errors-server/fastify';", FASTIFY_ANCHOR),
        ['Fastify({ logger: false })', 'Fastify({ logger: false, frameworkErrors })'],
      ],
    },
    {
      readme: 'Register the plugin at the root, before your routes',
      file: 'src/fastify-app.ts',
      edits: [
        importing("import { monitorqaErrors } from '@monitorqa/errors-server/fastify';", FASTIFY_ANCHOR),
        [
          '  const app = Fastify({ logger: false, frameworkErrors });\n',
          '  const app = Fastify({ logger: false, frameworkErrors });\n  await app.register(monitorqaErrors, {\n    onServerError: (err, { method, path }) => fastifyLogged.push(`${method} ${path}: ${(err as Error).message}`),\n  });\n',
        ],
        // Its root error handler, registered after the plugin, would replace it: its logging moved to onServerError.
        [
          '  app.setErrorHandler((err: FastifyError, req, reply) => {\n    fastifyLogged.push(`${req.method} ${req.url}: ${err.message}`);\n    return reply.code(err.statusCode ?? 500).send({ message: err.message });\n  });\n\n',
          '',
        ],
      ],
    },
    // Not this app: it has no @fastify/cors.
    { readme: '`@fastify/cors`, if you have it, registers before the plugin', edits: [] },
    {
      readme: 'Once the app listens, `handleClientErrors(app.server)`.',
      file: 'src/fastify-app.ts',
      edits: [
        importing("import { handleClientErrors } from '@monitorqa/errors-server/node';", FASTIFY_ANCHOR),
        [
          "  await app.listen({ port: 0, host: '127.0.0.1' });\n",
          "  await app.listen({ port: 0, host: '127.0.0.1' });\n  handleClientErrors(app.server);\n",
        ],
      ],
    },
    {
      readme: 'A `reply.code(404).send({ message })` in a handler is an answer, not an error',
      file: 'src/fastify-app.ts',
      edits: [
        importing("import { apiError } from '@monitorqa/errors';", FASTIFY_ANCHOR),
        [
          'async (req, reply) => {\n    return reply.code(404).send({ message: `Monitor ${req.params.id} does not exist.` });',
          "async (req) => {\n    throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: req.params.id } });",
        ],
      ],
    },
  ],
  'Adopting in an existing Koa service': [
    {
      readme: '`app.use(errorMiddleware({ onServerError }))` first, before every other middleware.',
      file: 'src/koa-app.ts',
      edits: [
        importing("import { errorMiddleware } from '@monitorqa/errors-server/koa';", KOA_ANCHOR),
        ['  app.silent = true;\n', '  app.silent = true;\n  app.use(errorMiddleware());\n'],
        // Its own error middleware keeps its logging and rethrows where it answered.
        ['      ctx.status = err.status ?? 500;\n      ctx.body = { message: err.message };', '      throw err;'],
        // `ctx.status = 404` without a body would read as no route: a monitor it does not have is thrown.
        importing("import { apiError } from '@monitorqa/errors';", KOA_ANCHOR),
        [
          '      ctx.status = 404;',
          "      throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: ctx.path.slice('/monitors/'.length) } });",
        ],
      ],
    },
    {
      readme: '`app.use(jsonBody())` after it, in place of the JSON half of `koa-bodyparser`',
      file: 'src/koa-app.ts',
      edits: [
        importing("import { jsonBody } from '@monitorqa/errors-server/koa';", KOA_ANCHOR),
        ['  app.use(bodyParser());', "  app.use(jsonBody());\n  app.use(bodyParser({ enableTypes: ['form'] }));"],
      ],
    },
    // Already so: its name check is a ctx.throw(400, …).
    {
      readme: "`ctx.throw(400, 'Name is taken.')` keeps working",
      file: 'src/koa-app.ts',
      edits: [["ctx.throw(400, 'Name is taken.')", "ctx.throw(400, 'Name is taken.')"]],
    },
    {
      readme: 'Once the server listens, `handleClientErrors(server)`',
      file: 'src/koa-app.ts',
      edits: [
        importing("import { handleClientErrors } from '@monitorqa/errors-server/node';", KOA_ANCHOR),
        [
          "app.listen(0, '127.0.0.1', () => {\n",
          "app.listen(0, '127.0.0.1', () => {\n      handleClientErrors(server);\n",
        ],
      ],
    },
    { readme: 'Run the conformance kit in your tests.', edits: [] },
  ],
  'Adopting in an existing Hono service': [
    {
      readme: '`useErrors(app, { onServerError })` right after `new Hono()`',
      file: 'src/hono-app.ts',
      edits: [
        importing("import { onError, useErrors } from '@monitorqa/errors-server/hono';", HONO_ANCHOR),
        ['  const app = new Hono();\n', '  const app = new Hono();\n  useErrors(app);\n'],
        // Its own onError, set after ours, keeps its logging and answers with ours.
        ['  app.onError((err, c) => {\n', '  const answer = onError();\n  app.onError((err, c) => {\n'],
        ['    return c.json({ message: err.message }, 500);', '    return answer(err, c);'],
      ],
    },
    {
      readme: 'Bodies: `await c.req.json()` becomes `await readJson(c.req.raw)`',
      file: 'src/hono-app.ts',
      edits: [
        importing("import { readJson } from '@monitorqa/errors-server/web';", HONO_ANCHOR),
        ['await c.req.json<{ name: string }>();', '(await readJson(c.req.raw)) as { name: string };'],
      ],
    },
    {
      readme: 'On Node (`@hono/node-server`), `handleClientErrors(server)`',
      file: 'src/hono-app.ts',
      edits: [
        importing("import { handleClientErrors } from '@monitorqa/errors-server/node';", HONO_ANCHOR),
        [
          '      resolve(server as Server);\n',
          '      handleClientErrors(server as Server);\n      resolve(server as Server);\n',
        ],
      ],
    },
    // src/check.ts runs it on the base URL, with wireRoute.
    { readme: 'Run the conformance kit on `app.fetch` in your tests', edits: [] },
  ],
};
