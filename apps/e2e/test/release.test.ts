// Released and installed as a user gets them: changesets version and publish the packages
// to a real registry on 127.0.0.1 (Verdaccio), and a fresh project outside the workspace
// installs them by semver range, imports them from ESM and CJS, type-checks against them,
// lints with the published plugin, serves a NestJS app, and picks up a patch release with `npm update`.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADOPTION, stepsOf } from './adoption-steps.js';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const PUBLIC = [
  '@monitorqa/errors',
  '@monitorqa/errors-server',
  '@monitorqa/errors-client',
  '@monitorqa/eslint-plugin',
  '@monitorqa/errors-testkit',
];
const DIRS: Record<string, string> = {
  '@monitorqa/errors': 'errors',
  '@monitorqa/errors-server': 'server',
  '@monitorqa/errors-client': 'client',
  '@monitorqa/eslint-plugin': 'eslint-plugin',
  '@monitorqa/errors-testkit': 'testkit',
};

// A NestJS service's own dependencies, from the public registry (only @monitorqa comes from ours).
// Nest 12 here, where the workspace's suites run Nest 11: both majors of the peer range are served.
const NEST = {
  '@nestjs/common': '^12.0.0',
  '@nestjs/core': '^12.0.0',
  '@nestjs/platform-express': '^12.0.0',
  'reflect-metadata': '^0.2.0',
  rxjs: '^7.8.0',
};

let work: string;
let registry: string;
let verdaccio: ChildProcess;
let copy: string;
let consumer: string;
let firstVersion: string;
let releaseNotes: Record<string, string>;

/** The first line of the note the repo's changesets give a package. */
function firstLineOfChangeset(dir: string, name: string): string {
  for (const file of readdirSync(join(dir, '.changeset')).filter((f) => f.endsWith('.md'))) {
    const [, head = '', body = ''] =
      /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(readFileSync(join(dir, '.changeset', file), 'utf8')) ?? [];
    if (head.includes(`"${name}"`)) return body.split('\n')[0]!;
  }
  throw new Error(`no changeset names ${name}`);
}

/** What a failed command printed, so an assertion shows it. */
const printed = (error: unknown): string => (error as { stdout?: string }).stdout ?? String(error);

// `pnpm test` hands its children npm_config_* variables, the public registry among them, and
// they beat any .npmrc: none may reach the commands here, or a publish would go public.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_config_/i.test(key)));

async function sh(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await run(command, args, {
    cwd,
    env: { ...cleanEnv, CI: 'true', npm_config_update_notifier: 'false', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => {
        resolve(port);
      });
    });
  });
}

const versionOf = (dir: string, name: string): string =>
  (JSON.parse(readFileSync(join(dir, 'packages', DIRS[name]!, 'package.json'), 'utf8')) as { version: string }).version;

function changeset(dir: string, file: string, bump: 'minor' | 'patch', packages: readonly string[]): void {
  writeFileSync(
    join(dir, '.changeset', file),
    `---\n${packages.map((p) => `"${p}": ${bump}`).join('\n')}\n---\n\nRelease test.\n`,
  );
}

async function versionBuildPublish(): Promise<void> {
  await sh(copy, 'pnpm', ['changeset', 'version']);
  await sh(copy, 'pnpm', ['install', '--offline', '--no-frozen-lockfile']);
  await sh(copy, 'pnpm', ['turbo', 'run', 'build', '--filter=./packages/*']);
  // Loopback only, said twice: in the copy's .npmrc and here.
  if (!registry.startsWith('http://127.0.0.1:')) throw new Error(`refusing to publish to ${registry}`);
  await sh(copy, 'pnpm', ['changeset', 'publish'], { npm_config_registry: registry });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'monitorqa-release-'));
  // The registry: no uplinks, anyone may publish, storage in the temp folder.
  const port = await freePort();
  registry = `http://127.0.0.1:${port}/`;
  writeFileSync(
    join(work, 'verdaccio.yaml'),
    `storage: ${join(work, 'storage')}\nauth:\n  htpasswd:\n    file: ${join(work, 'htpasswd')}\n    max_users: 10\nuplinks: {}\npackages:\n  '**':\n    access: $all\n    publish: $all\nlog: { type: stdout, format: pretty, level: error }\n`,
  );
  const bin = fileURLToPath(new URL('../node_modules/verdaccio/bin/verdaccio', import.meta.url));
  verdaccio = spawn(process.execPath, [bin, '-c', join(work, 'verdaccio.yaml'), '-l', `127.0.0.1:${port}`], {
    stdio: 'ignore',
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${registry}-/ping`)).ok) break;
    } catch {
      if (i > 100) throw new Error('Verdaccio did not start');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const { token } = (await (
    await fetch(`${registry}-/user/org.couchdb.user:release`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'release', password: 'release-pass-1' }),
    })
  ).json()) as { token: string };
  const npmrc = `registry=${registry}\n//127.0.0.1:${port}/:_authToken=${token}\n`;

  // A copy of the repo as it stands: tracked and untracked-but-not-ignored files.
  copy = join(work, 'repo');
  const files = (await sh(repo, 'git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard']))
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(join(repo, file), join(copy, file));
    } catch {
      // deleted in the working tree
    }
  }
  writeFileSync(join(copy, '.npmrc'), npmrc);
  await sh(copy, 'pnpm', ['install', '--offline', '--frozen-lockfile']);
  // The first release is exactly the repo's own changesets: what a user of that version reads.
  releaseNotes = Object.fromEntries(PUBLIC.map((name) => [name, firstLineOfChangeset(copy, name)]));
  await versionBuildPublish();
  firstVersion = versionOf(copy, '@monitorqa/errors');

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, '.npmrc'), `@monitorqa:registry=${registry}\n`);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer',
        private: true,
        version: '1.0.0',
        dependencies: { ...Object.fromEntries(PUBLIC.map((p) => [p, `^${firstVersion}`])), ...NEST },
      },
      null,
      2,
    ),
  );
  await sh(consumer, 'npm', ['install', '--no-audit', '--no-fund']);
}, 600_000);

afterAll(() => {
  verdaccio.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('release with changesets', () => {
  it("releases every public package as 0.1.0, with the repo's own changesets as its changelog", () => {
    expect(PUBLIC.map((p) => versionOf(copy, p))).toEqual(PUBLIC.map(() => '0.1.0'));
    for (const name of PUBLIC) {
      const changelog = readFileSync(join(copy, 'packages', DIRS[name]!, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain('## 0.1.0');
      expect(changelog).toContain(releaseNotes[name]);
    }
  });

  it('publishes manifests with real semver ranges for internal dependencies', async () => {
    for (const name of PUBLIC) {
      const doc = (await (await fetch(`${registry}${name.replace('/', '%2f')}`)).json()) as {
        versions: Record<string, { dependencies?: Record<string, string> }>;
      };
      const manifest = doc.versions[firstVersion];
      expect(manifest, name).toBeDefined();
      const text = JSON.stringify(manifest);
      expect(text).not.toContain('workspace:');
      if (name !== '@monitorqa/errors') expect(manifest?.dependencies?.['@monitorqa/errors']).toBe(`^${firstVersion}`);
    }
  });
});

describe('installed in a fresh project', () => {
  it('imports from ESM and from CJS', async () => {
    const esm = await sh(consumer, process.execPath, [
      '--input-type=module',
      '-e',
      "import { apiError } from '@monitorqa/errors'; import { toErrorResponse } from '@monitorqa/errors-server'; import { createClient } from '@monitorqa/errors-client'; import plugin from '@monitorqa/eslint-plugin'; console.log(toErrorResponse(apiError('NOT_FOUND')).status, typeof createClient, plugin.meta.name);",
    ]);
    const cjs = await sh(consumer, process.execPath, [
      '-e',
      "const { apiError } = require('@monitorqa/errors'); const { toErrorResponse } = require('@monitorqa/errors-server'); const { createClient } = require('@monitorqa/errors-client'); const plugin = require('@monitorqa/eslint-plugin'); console.log(toErrorResponse(apiError('NOT_FOUND')).status, typeof createClient, plugin.meta.name);",
    ]);
    expect([esm, cjs]).toEqual(['404 function @monitorqa/eslint-plugin\n', '404 function @monitorqa/eslint-plugin\n']);
  });

  it('imports the Koa subpath from ESM and CJS without Koa installed (it is an optional peer)', async () => {
    const esm = await sh(consumer, process.execPath, [
      '--input-type=module',
      '-e',
      "import { errorMiddleware, jsonBody } from '@monitorqa/errors-server/koa'; console.log(typeof errorMiddleware, typeof jsonBody);",
    ]);
    const cjs = await sh(consumer, process.execPath, [
      '-e',
      "const { errorMiddleware, jsonBody } = require('@monitorqa/errors-server/koa'); console.log(typeof errorMiddleware, typeof jsonBody);",
    ]);
    expect([esm, cjs]).toEqual(['function function\n', 'function function\n']);
  });

  it('serves a NestJS 12 app through the Nest subpath from ESM, and imports it from CJS', async () => {
    const esm = await sh(consumer, process.execPath, [
      '--input-type=module',
      '-e',
      "import { Module } from '@nestjs/common'; import { NestFactory } from '@nestjs/core'; import { useErrorContract } from '@monitorqa/errors-server/nest';\n" +
        'class AppModule {} Module({})(AppModule);\n' +
        "const app = await NestFactory.create(AppModule, { logger: false }); useErrorContract(app); await app.listen(0, '127.0.0.1');\n" +
        'const res = await fetch(`http://127.0.0.1:${app.getHttpServer().address().port}/nowhere`); console.log(res.status, (await res.json()).error.code); await app.close();',
    ]);
    const cjs = await sh(consumer, process.execPath, [
      '-e',
      "const { useErrorContract, ErrorContractModule, ContractValidationPipe } = require('@monitorqa/errors-server/nest'); console.log(typeof useErrorContract, typeof ErrorContractModule.forRoot, typeof ContractValidationPipe);",
    ]);
    expect([esm, cjs]).toEqual(['404 ROUTE_NOT_FOUND\n', 'function function function\n']);
  });

  // node10: the resolution of Nest 10's template tsconfig ("module": "commonjs"), which reads no `exports`.
  it.each(['node10', 'node16', 'bundler'])(
    'type-checks with moduleResolution %s, every subpath',
    async (resolution) => {
      const file = resolution === 'node10' ? 'use.ts' : 'use.mts';
      writeFileSync(
        join(consumer, file),
        "import type * as express from '@monitorqa/errors-server/express';\nimport type * as fastify from '@monitorqa/errors-server/fastify';\n" +
          "import type * as web from '@monitorqa/errors-server/web';\nimport type * as hono from '@monitorqa/errors-server/hono';\n" +
          "import type * as node from '@monitorqa/errors-server/node';\nimport type * as koa from '@monitorqa/errors-server/koa';\n" +
          "import type * as otel from '@monitorqa/errors-server/otel';\nimport type * as tooling from '@monitorqa/errors/tooling';\n" +
          "import type * as msw from '@monitorqa/errors-testkit/msw';\n" +
          "import type * as clientOtel from '@monitorqa/errors-client/otel';\nimport type * as tanstack from '@monitorqa/errors-client/tanstack';\n" +
          'export type Subpaths = [typeof express.jsonBody, typeof fastify.sendError, typeof web.withErrors, typeof hono.useErrors, typeof node.handleClientErrors, typeof koa.jsonBody, typeof otel.traceErrors, typeof tooling, typeof msw, typeof clientOtel.createTracedClient, typeof tanstack.retryQuery];\n' +
          "import { apiError, isApiError } from '@monitorqa/errors';\nimport { createClient, matchError } from '@monitorqa/errors-client';\nimport { toErrorResponse } from '@monitorqa/errors-server';\n" +
          "const e: unknown = apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '1' } });\n" +
          "if (isApiError(e, 'RESOURCE_NOT_FOUND')) { const id: string = e.details.id; console.log(id); }\n" +
          "console.log(toErrorResponse(e).status, matchError(e, { _: () => 1 }), createClient({ baseUrl: 'http://x' }));\n" +
          "// @ts-expect-error -- not a code of the catalog\napiError('NOT_A_CODE');\n" +
          "import { ContractValidationPipe, ErrorContractModule, useErrorContract } from '@monitorqa/errors-server/nest';\nimport type { INestApplication } from '@nestjs/common';\n" +
          'declare const app: INestApplication;\nuseErrorContract(app, { bodyLimit: 65_536, onServerError: (err, info) => console.log(err, info.status) });\n' +
          'console.log(ErrorContractModule.forRoot({ jsonBody: false }).module, new ContractValidationPipe({ whitelist: true }));\n' +
          "// @ts-expect-error -- the pipe's errors are the contract's, not a factory of one's own\nnew ContractValidationPipe({ exceptionFactory: () => new Error() });\n",
      );
      const module = { node10: 'commonjs', node16: 'node16', bundler: 'preserve' }[resolution]!;
      const tsc = join(repo, 'node_modules/typescript/bin/tsc');
      const out = await sh(consumer, process.execPath, [
        tsc,
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--lib',
        'es2022,dom',
        '--module',
        module,
        '--moduleResolution',
        resolution,
        '--target',
        'es2022',
        file,
      ]).catch(printed);
      expect(out).toBe('');
    },
  );

  it('lints with the published recommended config', async () => {
    writeFileSync(
      join(consumer, 'eslint.config.mjs'),
      "import monitorqa from '@monitorqa/eslint-plugin';\nexport default [monitorqa.configs.recommended];\n",
    );
    writeFileSync(
      join(consumer, 'service.js'),
      "export function handler(req, res) {\n  res.status(418).json({ error: { message: 'x', code: 'NOT_FOUND' } });\n}\n",
    );
    const eslint = join(consumer, 'node_modules/eslint/bin/eslint.js');
    const out = await sh(consumer, process.execPath, [eslint, '--format', 'json', 'service.js']).catch(printed);
    const [result] = JSON.parse(out) as { messages: { ruleId: string; line: number }[] }[];
    expect(result?.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual([
      '2 @monitorqa/no-undocumented-status',
      '2 @monitorqa/code-status-mismatch',
    ]);
  });

  it('picks up a patch release with npm update', async () => {
    changeset(copy, 'release-test-patch.md', 'patch', ['@monitorqa/errors-client']);
    await versionBuildPublish();
    const patched = versionOf(copy, '@monitorqa/errors');
    expect(patched).not.toBe(firstVersion);
    await sh(consumer, 'npm', ['update', '--no-audit', '--no-fund']);
    const installed = PUBLIC.map(
      (p) =>
        (JSON.parse(readFileSync(join(consumer, 'node_modules', p, 'package.json'), 'utf8')) as { version: string })
          .version,
    );
    expect(installed).toEqual(PUBLIC.map(() => patched));
  });
});

// A second consumer: a service repo as teams have them, its own package with its own codes, using
// every tool from the registry by semver: the plugin, the CLI in its CI, the kit in its tests.
describe('a service repo', () => {
  let repoDir: string;
  let pkg: string;
  const errorsV1 =
    "import { defineErrorCatalog } from '@monitorqa/errors';\nimport { z } from 'zod';\n\n" +
    'export const catalog = defineErrorCatalog({\n' +
    "  MONITOR_LIMIT_REACHED: { status: 409, message: 'The monitor limit is reached.', details: z.object({ limit: z.number().int() }) },\n" +
    "  CHECK_TIMED_OUT: { status: 502, message: 'The check timed out.' },\n" +
    "}, { domain: 'monitors.example.dev' });\n";
  const app = (getMonitor: string): string =>
    "import express from 'express';\nimport { errorHandler, jsonBody, notFoundHandler } from '@monitorqa/errors-server/express';\nimport { catalog } from './errors.ts';\n\n" +
    'export const app = express();\napp.use(jsonBody());\n' +
    "app.post('/monitors', () => {\n  throw catalog.create('MONITOR_LIMIT_REACHED', { details: { limit: 5 } });\n});\n" +
    `${getMonitor}\napp.use(notFoundHandler(), errorHandler());\n`;
  const getMonitor =
    "app.get('/monitors/:id', (req) => {\n  throw catalog.create('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: req.params.id } });\n});";

  beforeAll(async () => {
    repoDir = join(work, 'service');
    pkg = join(repoDir, 'packages/monitors');
    mkdirSync(join(pkg, 'src'), { recursive: true });
    mkdirSync(join(pkg, 'test'), { recursive: true });
    writeFileSync(join(repoDir, '.npmrc'), `@monitorqa:registry=${registry}\n`);
    writeFileSync(join(pkg, '.npmrc'), `@monitorqa:registry=${registry}\n`);
    const range = `^${versionOf(copy, '@monitorqa/errors')}`;
    // Lint tooling at the repo root, as monorepos keep it.
    writeFileSync(
      join(repoDir, 'package.json'),
      JSON.stringify(
        {
          name: 'service-repo',
          private: true,
          devDependencies: {
            eslint: '^9.39.0',
            'typescript-eslint': '^8.72.0',
            typescript: '5.9.3',
            '@monitorqa/eslint-plugin': range,
          },
        },
        null,
        2,
      ),
    );
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify(
        {
          name: 'monitors-service',
          private: true,
          type: 'module',
          dependencies: {
            '@monitorqa/errors': range,
            '@monitorqa/errors-server': range,
            express: '^5.1.0',
            zod: '^4.1.0',
          },
          devDependencies: { '@monitorqa/errors-testkit': range, '@monitorqa/eslint-plugin': range, vitest: '~4.1.0' },
        },
        null,
        2,
      ),
    );
    writeFileSync(
      join(repoDir, 'eslint.config.mjs'),
      "import monitorqa from '@monitorqa/eslint-plugin';\nimport tseslint from 'typescript-eslint';\n" +
        "export default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, { ...monitorqa.configs.recommended, files: ['**/*.ts'] }, { settings: { monitorqa: { catalog: './src/errors.ts' } } }];\n",
    );
    writeFileSync(join(pkg, 'src/errors.ts'), errorsV1);
    writeFileSync(join(pkg, 'src/app.ts'), app(getMonitor));
    writeFileSync(
      join(pkg, 'test/contract.test.ts'),
      "import { createServer } from 'node:http';\nimport { expect, it } from 'vitest';\nimport { assertErrorContract } from '@monitorqa/errors-testkit';\nimport { app } from '../src/app.ts';\nimport { catalog } from '../src/errors.ts';\n\n" +
        "it('follows the error contract', async () => {\n" +
        "  const server = createServer(app).listen(0, '127.0.0.1');\n  await new Promise((resolve) => server.once('listening', resolve));\n" +
        '  const { port } = server.address() as { port: number };\n' +
        "  try {\n    await assertErrorContract(`http://127.0.0.1:${port}`, { catalog, jsonRoute: { method: 'POST', path: '/monitors' }, statuses: [{ request: { method: 'POST', path: '/monitors', headers: { 'content-type': 'application/json' }, body: '{}' }, status: 409, code: 'MONITOR_LIMIT_REACHED', details: { limit: 5 } }, { request: { method: 'GET', path: '/monitors/7' }, status: 404, code: 'RESOURCE_NOT_FOUND' }] });\n" +
        '  } finally {\n    server.close();\n  }\n  expect(true).toBe(true);\n});\n',
    );
    await sh(repoDir, 'npm', ['install', '--no-audit', '--no-fund']);
    await sh(pkg, 'npm', ['install', '--no-audit', '--no-fund']);
  }, 300_000);

  it('lints with the plugin and its own catalog, from the repo root and from the package folder', async () => {
    // A code of its own sent with the wrong status: only its catalog knows the code.
    writeFileSync(
      join(pkg, 'src/wrong.ts'),
      "import type { Response } from 'express';\nexport const send = (res: Response) => res.status(400).json({ error: { message: 'x', code: 'MONITOR_LIMIT_REACHED' } });\n",
    );
    const eslint = join(repoDir, 'node_modules/eslint/bin/eslint.js');
    const fromRoot = await sh(repoDir, process.execPath, [eslint, '--format', 'json', 'packages/monitors/src']).catch(
      printed,
    );
    const fromPackage = await sh(pkg, process.execPath, [eslint, '--format', 'json', 'src']).catch(printed);
    for (const out of [fromRoot, fromPackage]) {
      const reports = (JSON.parse(out) as { filePath: string; messages: { ruleId: string }[] }[]).flatMap((r) =>
        r.messages.map((m) => `${r.filePath.split('/').pop() ?? ''} ${m.ruleId}`),
      );
      expect(reports).toEqual(['wrong.ts @monitorqa/code-status-mismatch']);
    }
    rmSync(join(pkg, 'src/wrong.ts'));
  });

  it('generates its docs and snapshot; check fails with BREAKING when a code goes, passes when one comes', async () => {
    const cli = join(pkg, 'node_modules/@monitorqa/errors-testkit/dist/cli.js');
    expect(await sh(pkg, process.execPath, [cli, 'gen', 'src/errors.ts', '--out', 'docs'])).toContain(
      'wrote docs/error-codes.md',
    );
    expect(readFileSync(join(pkg, 'docs/error-codes.md'), 'utf8')).toContain('### MONITOR_LIMIT_REACHED');
    await sh(pkg, process.execPath, [cli, 'snapshot', 'src/errors.ts']);
    writeFileSync(
      join(pkg, 'src/errors.ts'),
      errorsV1.replace("  CHECK_TIMED_OUT: { status: 502, message: 'The check timed out.' },\n", ''),
    );
    const removed = (await sh(pkg, process.execPath, [cli, 'check', 'src/errors.ts']).catch((e: unknown) => e)) as {
      code?: number;
      stderr?: string;
    };
    expect([removed.code, removed.stderr]).toEqual([
      1,
      'BREAKING CHECK_TIMED_OUT: removed (was 502): clients that handle it will never see it again.\n',
    ]);
    writeFileSync(
      join(pkg, 'src/errors.ts'),
      errorsV1.replace(
        '}, { domain',
        "  MONITOR_PAUSED: { status: 409, message: 'The monitor is paused.' },\n}, { domain",
      ),
    );
    expect(await sh(pkg, process.execPath, [cli, 'check', 'src/errors.ts'])).toContain(
      'ok MONITOR_PAUSED: added (409).',
    );
    writeFileSync(join(pkg, 'src/errors.ts'), errorsV1);
  });

  it('runs assertErrorContract in its own vitest: passes, and fails once a 404 is answered with { message }', async () => {
    const vitest = join(pkg, 'node_modules/vitest/vitest.mjs');
    // A failing run prints its report on both streams: keep both, for the assertion's message.
    const both = (error: unknown): string => `${printed(error)}${(error as { stderr?: string }).stderr ?? ''}`;
    expect(await sh(pkg, process.execPath, [vitest, 'run']).catch(both)).toMatch(/1 passed/);
    writeFileSync(
      join(pkg, 'src/app.ts'),
      app("app.get('/monitors/:id', (_req, res) => {\n  res.status(404).json({ message: 'Not found' });\n});"),
    );
    const failed = await sh(pkg, process.execPath, [vitest, 'run']).catch(both);
    expect(failed).toMatch(/1 failed/);
    expect(failed).toContain('GET /monitors/7 is 404 RESOURCE_NOT_FOUND');
  });
});

// NestJS apps of each major the peer range names but the workspace does not run (its suites run Nest 11):
// a fresh project per major, our packages by semver, Nest from the public registry.
describe.each(['10', '12'])('a NestJS %s service', (major) => {
  let dir: string;
  beforeAll(async () => {
    dir = join(work, `nest${major}`);
    mkdirSync(dir);
    writeFileSync(join(dir, '.npmrc'), `@monitorqa:registry=${registry}\n`);
    const range = `^${versionOf(copy, '@monitorqa/errors')}`;
    const nest = Object.fromEntries(
      ['common', 'core', 'platform-express', 'platform-fastify'].map((p) => [`@nestjs/${p}`, `^${major}.0.0`]),
    );
    const dependencies = {
      '@monitorqa/errors': range,
      '@monitorqa/errors-server': range,
      ...nest,
      'reflect-metadata': '^0.2.0',
      rxjs: '^7.8.0',
      'class-validator': '^0.14.0',
      'class-transformer': '^0.5.1',
    };
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: `nest${major}-service`, private: true, type: 'module', dependencies }, null, 2),
    );
    cpSync(fileURLToPath(new URL('fixtures/nest-smoke.mjs', import.meta.url)), join(dir, 'nest-smoke.mjs'));
    await sh(dir, 'npm', ['install', '--no-audit', '--no-fund']);
  }, 300_000);

  it('answers as the contract says on Express and on Fastify', async () => {
    const expected =
      '404 NOT_FOUND, 404 RESOURCE_NOT_FOUND, 404 ROUTE_NOT_FOUND, 500 INTERNAL_SERVER_ERROR, 422 VALIDATION_FAILED, 201 {"interval":60}, 400 MALFORMED_JSON, 400 UNSUPPORTED_CONTENT_TYPE, 400 MALFORMED_REQUEST';
    expect(await sh(dir, process.execPath, ['nest-smoke.mjs']).catch(printed)).toBe(
      `express: ${expected}\nfastify: ${expected}\n`,
    );
  });
});

// A third consumer: a service written before the contract the way services are (Express 4 and Nest 10 on
// the Nest 10 template's tsconfig, node10 resolution; Fastify 5, Koa 2 and Hono 4 apps beside them), installed
// from the registries, then adopted by the README's steps. Its uploads, form posts, raw-body webhooks and logging middleware and filter keep working,
// and the conformance kit, failing before with the missing wiring named, passes after.
describe('an existing service adopting the contract by the README', () => {
  let dir: string;
  const tsc = (): Promise<string> =>
    sh(dir, process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', '.']).catch(printed);
  const check = async (): Promise<string> =>
    (await sh(dir, process.execPath, ['dist/check.js']).catch(printed)).replace(
      /^(\w+ kit: )\d+ answers/gm,
      '$1N answers',
    );
  // What the service had working, the same before adoption and after.
  const expressWorks =
    'express upload: 200 {"name":"checks.csv","size":6,"label":"nightly"}\nexpress form: 200 {"body":{"name":"api"}}\n' +
    'express json: 201 {"id":"m1","name":"api"}\nexpress logging middleware: logged the crash\n';
  const nestWorks =
    'nest upload: 201 {"name":"checks.csv","size":6}\nnest webhook: signed 204, forged 401\nnest json: 201 {"id":"m1","name":"api"}\nnest logging filter: logged the crash\n';
  const fastifyWorks =
    'fastify json: 201 {"id":"m1","name":"api"}\nfastify health: 200 {"ok":true}\nfastify logging: logged the crash\n';
  const koaWorks =
    'koa json: 201 {"id":"m1","name":"api"}\nkoa form: 200 {"body":{"name":"api"}}\nkoa health: 200 {"ok":true}\nkoa logging middleware: logged the crash\n';
  const honoWorks =
    'hono json: 201 {"id":"m1","name":"api"}\nhono health: 200 {"ok":true}\nhono logging: logged the crash\n';
  // What the kit names missing on Fastify, Koa and Hono before adoption.
  const bodyAndClientErrors =
    "  missing body-parser reads the JSON bodies, not the contract's reader: on Express, replace app.use(express.json()) with app.use(jsonBody()) from @monitorqa/errors-server/express, before the routes (express.urlencoded() and multer stay); on Nest, ErrorContractModule.forRoot() reads them.\n" +
    '  missing handleClientErrors(server) is missing: call it, from @monitorqa/errors-server/node, once the server listens.\n';

  beforeAll(async () => {
    dir = join(work, 'brownfield');
    cpSync(fileURLToPath(new URL('fixtures/brownfield', import.meta.url)), dir, { recursive: true });
    writeFileSync(join(dir, '.npmrc'), `@monitorqa:registry=${registry}\n`);
    const range = `^${versionOf(copy, '@monitorqa/errors')}`;
    // What the Nest 10 service above installed, so npm's cache has it: Express and multer as Nest 10 pins them.
    const dependencies = {
      '@monitorqa/errors': range,
      '@monitorqa/errors-server': range,
      '@nestjs/common': '^10.0.0',
      '@nestjs/core': '^10.0.0',
      '@nestjs/platform-express': '^10.0.0',
      express: '4.21.1',
      multer: '1.4.4-lts.1',
      // Its Fastify 5, Koa 2 and Hono 4 apps, pinned.
      fastify: '5.11.3',
      koa: '2.16.4',
      'koa-bodyparser': '4.4.1',
      hono: '4.13.19',
      '@hono/node-server': '2.1.9',
      'reflect-metadata': '^0.2.0',
      rxjs: '^7.8.0',
    };
    const devDependencies = {
      '@monitorqa/errors-testkit': range,
      '@types/express': '^4.17.21',
      '@types/koa': '2.15.0',
      '@types/koa-bodyparser': '4.3.12',
      '@types/multer': '^1.4.12',
      '@types/node': '^20.19.0',
    };
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'checks-service', private: true, dependencies, devDependencies }, null, 2),
    );
    await sh(dir, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']);
  }, 300_000);

  it('works before adoption, and the kit names the wiring it misses', async () => {
    expect(await tsc()).toBe('');
    expect(await check()).toBe(
      `${expressWorks}express kit: N answers broke the error contract:\n` +
        '  missing notFoundHandler() is missing: add app.use(notFoundHandler(), errorHandler()) from @monitorqa/errors-server/express after the routes.\n' +
        "  missing body-parser reads the JSON bodies, not the contract's reader: on Express, replace app.use(express.json()) with app.use(jsonBody()) from @monitorqa/errors-server/express, before the routes (express.urlencoded() and multer stay); on Nest, ErrorContractModule.forRoot() reads them.\n" +
        '  missing handleClientErrors(server) is missing: call it, from @monitorqa/errors-server/node, once the server listens.\n' +
        `${nestWorks}nest kit: N answers broke the error contract:\n` +
        "  missing Nest answers in its own shape: import ErrorContractModule.forRoot() from @monitorqa/errors-server/nest in the root module (or call useErrorContract(app)); a global exception filter of the app's own extends ErrorContractFilter and calls super.catch.\n" +
        "  missing body-parser reads the JSON bodies, not the contract's reader: on Express, replace app.use(express.json()) with app.use(jsonBody()) from @monitorqa/errors-server/express, before the routes (express.urlencoded() and multer stay); on Nest, ErrorContractModule.forRoot() reads them.\n" +
        '  missing handleClientErrors(server) is missing: call it, from @monitorqa/errors-server/node, once the server listens.\n' +
        'nest warnings: none\n' +
        `${fastifyWorks}fastify kit: N answers broke the error contract:\n${bodyAndClientErrors}` +
        `${koaWorks}koa kit: N answers broke the error contract:\n${bodyAndClientErrors}` +
        `${honoWorks}hono kit: N answers broke the error contract:\n${bodyAndClientErrors}`,
    );
  });

  it("follows the README's adoption steps one by one, and keeps what it had while the kit passes", async () => {
    const readme = readFileSync(join(repo, 'packages/server/README.md'), 'utf8');
    for (const [heading, steps] of Object.entries(ADOPTION)) {
      expect(stepsOf(readme, heading).map((text, i) => text.startsWith(steps[i]?.readme ?? '\0'))).toEqual(
        steps.map(() => true),
      );
      for (const { readme: step, file, edits } of steps) {
        if (file === undefined) continue;
        let source = readFileSync(join(dir, file), 'utf8');
        for (const [from, to] of edits) {
          expect(source, `${heading}: ${step}`).toContain(from);
          source = source.replace(from, to);
        }
        writeFileSync(join(dir, file), source);
      }
    }
    expect(await tsc()).toBe('');
    expect(await check()).toBe(
      `${expressWorks}express kit: the contract holds\n${nestWorks}nest kit: the contract holds\nnest warnings: none\n` +
        `${fastifyWorks}fastify kit: the contract holds\n${koaWorks}koa kit: the contract holds\n` +
        `${honoWorks}hono kit: the contract holds\n`,
    );
  });
});
