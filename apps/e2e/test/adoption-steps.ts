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
};
