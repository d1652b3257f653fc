// The recommended config over a generated 1,000-file service, against the parser alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import monitorqa from '@monitorqa/eslint-plugin';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { compare, median, report, rounds } from './measure.js';

const FILES = 1000;

function handler(i: number): string {
  return `import { apiError, isApiError } from '@monitorqa/errors';
import type { Request, Response } from 'express';

const LIMIT_${i} = ${(i % 50) + 1};

export async function get${i}(req: Request, res: Response): Promise<void> {
  const id = req.params.id ?? '';
  if (id.length > LIMIT_${i}) throw apiError('INVALID_PARAMETER', { details: { parameter: 'id', reason: 'too long' } });
  try {
    const item = await load${i}(id);
    if (!item) {
      res.status(404).json({ error: { message: 'No item ' + id, code: 'RESOURCE_NOT_FOUND' } });
      return;
    }
    res.status(200).json(item);
  } catch (err) {
    if (isApiError(err) && err.code === 'CONFLICT') res.status(409).json({ error: { message: 'Busy.', code: 'CONFLICT' } });
    else throw err;
  }
}

async function load${i}(id: string): Promise<{ id: string; n: number } | undefined> {
  return id === 'x' ? undefined : { id, n: ${i} };
}
`;
}

const SERVICE_FILES = 100;

// A file shaped like a real service's: imports, an enum, a dozen handlers in Express, Fastify and
// NestJS styles (split Fastify form, exceptions, HttpStatus), guards and switches over codes.
function serviceFile(i: number): string {
  const handlers = Array.from({ length: 12 }, (_, j) => {
    const n = i * 12 + j;
    switch (j % 4) {
      case 0:
        return `export async function list${n}(req: Request, res: Response): Promise<void> {
  const page = Number(req.query.page ?? 1);
  if (page < 1) throw apiError('INVALID_PARAMETER', { details: { parameter: 'page', reason: 'must be at least 1' } });
  res.status(Status.Ok).json({ items: await repo.list(page), page });
}`;
      case 1:
        return `export async function create${n}(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const body = request.body as { name?: string };
  if (!body.name) {
    reply.code(Status.BadRequest);
    return { error: { message: 'A name is needed.', code: 'MISSING_REQUIRED_FIELD', details: { field: 'name' } } };
  }
  reply.code(201);
  return repo.create(body.name);
}`;
      case 2:
        return `export class Controller${n} {
  async find(id: string): Promise<unknown> {
    const found = await repo.get(id);
    if (!found) throw new HttpException({ error: { message: 'No such item.', code: 'RESOURCE_NOT_FOUND' } }, HttpStatus.NOT_FOUND);
    return found;
  }
}`;
      default:
        return `export async function remove${n}(id: string): Promise<string> {
  try {
    await repo.remove(id);
    return 'ok';
  } catch (err) {
    if (!isApiError(err)) throw err;
    switch (err.code) {
      case 'RESOURCE_NOT_FOUND':
        return 'gone';
      case 'CONFLICT':
        return 'busy';
      default:
        throw err;
    }
  }
}`;
    }
  });
  return `import { apiError, isApiError } from '@monitorqa/errors';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Request, Response } from 'express';
import { repo } from './repo.js';

enum Status {
  Ok = 200,
  BadRequest = 400,
}

${handlers.join('\n\n')}
`;
}

interface Extendable {
  extend: (this: object, extension: object) => object;
}

/**
 * ESLint builds each enabled rule's context with `Object.create(fileContext)`: a fresh object
 * per file made a prototype. Measured here, that alone slows the whole run (parsing
 * included, mostly through GC) by about a fifth as soon as any rule is on. This swaps in a
 * copy for the diagnostic variant only, to show what our rules cost without it.
 */
function eslintFileContext(): Extendable {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('eslint/package.json'));
  return (require(join(root, 'lib/linter/file-context.js')) as { FileContext: { prototype: Extendable } }).FileContext
    .prototype;
}

export async function benchLint(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'monitorqa-lint-'));
  const fileContext = eslintFileContext();
  const originalExtend = fileContext.extend;
  function copyingExtend(this: object, extension: object): object {
    return Object.freeze(
      Object.assign(Object.create(Object.getPrototypeOf(this) as object) as object, { ...this }, extension),
    );
  }
  try {
    mkdirSync(join(dir, 'src'));
    for (let i = 0; i < FILES; i++) writeFileSync(join(dir, 'src', `handler-${i}.ts`), handler(i));
    for (let i = 0; i < SERVICE_FILES; i++) writeFileSync(join(dir, 'src', `service-${i}.ts`), serviceFile(i));
    writeFileSync(
      join(dir, 'src', 'errors.ts'),
      "import { defineErrorCatalog } from '@monitorqa/errors';\nexport const errors = defineErrorCatalog({ MONITOR_LIMIT_REACHED: { status: 409, message: 'Limit.' } });\n",
    );
    const parser: Linter.Config = { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } };
    const lint = async (
      config: Linter.Config[],
      extend = originalExtend,
      files = 'src/handler-*.ts',
    ): Promise<number> => {
      fileContext.extend = extend;
      try {
        const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, cache: false });
        const start = performance.now();
        await eslint.lintFiles([files]);
        return performance.now() - start;
      } finally {
        fileContext.extend = originalExtend;
      }
    };
    // Any real config enables some rule; ESLint's own `no-debugger` stands for "the rest of the config".
    const coreRule: Linter.Config = { rules: { 'no-debugger': 'error' } };
    const withCatalog: Linter.Config = { settings: { monitorqa: { catalog: './src/errors' } } };
    const names = {
      parser: 'typescript-eslint parser alone',
      coreRule: '+ one ESLint core rule (no-debugger)',
      both: '+ no-debugger + @monitorqa recommended',
      recommended: '+ @monitorqa recommended',
      catalog: '+ @monitorqa recommended, service catalog in settings',
      patched: '+ @monitorqa recommended, ESLint extend() copying (diagnostic)',
    } as const;
    const samples = await rounds(
      {
        [names.parser]: () => lint([parser]),
        [names.coreRule]: () => lint([parser, coreRule]),
        [names.both]: () => lint([parser, coreRule, monitorqa.configs.recommended]),
        [names.recommended]: () => lint([parser, monitorqa.configs.recommended]),
        [names.catalog]: () => lint([parser, monitorqa.configs.recommended, withCatalog]),
        [names.patched]: () => lint([parser, monitorqa.configs.recommended], copyingExtend),
      },
      7,
    );
    const over = (name: string, base: string): string =>
      ((median(samples.get(name)!) / median(samples.get(base)!) - 1) * 100).toFixed(1);
    report(
      'lint',
      `Lint: ${FILES} generated files (ms; ratio = parser-alone time / variant time)`,
      compare(samples, names.parser, 'ms', false),
      [
        `recommended costs ${over(names.both, names.coreRule)}% over the parser plus one core rule (goal: at most 5%);`,
        `  ESLint's cost of enabling any rule at all: ${over(names.coreRule, names.parser)}% (one core rule over the parser alone);`,
        `  recommended over the parser alone: ${over(names.recommended, names.parser)}%;`,
        `  reading a service catalog: ${over(names.catalog, names.recommended)}% over recommended without one;`,
        `  with ESLint's per-rule context copied instead of prototyped: ${over(names.patched, names.parser)}% over the parser alone.`,
      ].join('\n'),
    );
    const service = {
      coreRule: '+ one ESLint core rule (no-debugger)',
      both: '+ no-debugger + @monitorqa recommended',
    } as const;
    const serviceSamples = await rounds(
      {
        [service.coreRule]: () => lint([parser, coreRule], originalExtend, 'src/service-*.ts'),
        [service.both]: () =>
          lint([parser, coreRule, monitorqa.configs.recommended], originalExtend, 'src/service-*.ts'),
      },
      7,
    );
    const serviceOver = (
      (median(serviceSamples.get(service.both)!) / median(serviceSamples.get(service.coreRule)!) - 1) *
      100
    ).toFixed(1);
    report(
      'lint-service',
      `Lint: ${SERVICE_FILES} service-shaped files, ${SERVICE_FILES * 12} handlers (ms; ratio = parser + one core rule / variant)`,
      compare(serviceSamples, service.coreRule, 'ms', false),
      `recommended costs ${serviceOver}% over the parser plus one core rule (goal: at most 5%).`,
    );
  } finally {
    fileContext.extend = originalExtend;
    rmSync(dir, { recursive: true, force: true });
  }
}
