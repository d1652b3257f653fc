// Released and installed as a user gets them: changesets version and publish the packages
// to a real registry on 127.0.0.1 (Verdaccio), and a fresh project outside the workspace
// installs them by semver range, imports them from ESM and CJS, type-checks against them,
// lints with the published plugin, and picks up a patch release with `npm update`.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const PUBLIC = ['@monitorqa/errors', '@monitorqa/errors-server', '@monitorqa/errors-client', '@monitorqa/eslint-plugin'];
const DIRS: Record<string, string> = { '@monitorqa/errors': 'errors', '@monitorqa/errors-server': 'server', '@monitorqa/errors-client': 'client', '@monitorqa/eslint-plugin': 'eslint-plugin' };

let work: string;
let registry: string;
let verdaccio: ChildProcess;
let copy: string;
let consumer: string;
let firstVersion: string;

/** What a failed command printed, so an assertion shows it. */
const printed = (error: unknown): string => (error as { stdout?: string }).stdout ?? String(error);

// `pnpm test` hands its children npm_config_* variables, the public registry among them, and
// they beat any .npmrc: none may reach the commands here, or a publish would go public.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_config_/i.test(key)));

async function sh(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await run(command, args, { cwd, env: { ...cleanEnv, CI: 'true', npm_config_update_notifier: 'false', ...env }, maxBuffer: 64 * 1024 * 1024 });
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

const versionOf = (dir: string, name: string): string => (JSON.parse(readFileSync(join(dir, 'packages', DIRS[name]!, 'package.json'), 'utf8')) as { version: string }).version;

function changeset(dir: string, file: string, bump: 'minor' | 'patch', packages: readonly string[]): void {
  writeFileSync(join(dir, '.changeset', file), `---\n${packages.map((p) => `"${p}": ${bump}`).join('\n')}\n---\n\nRelease test.\n`);
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
  const bin = join(repo, 'apps/demo/node_modules/verdaccio/bin/verdaccio');
  verdaccio = spawn(process.execPath, [bin, '-c', join(work, 'verdaccio.yaml'), '-l', `127.0.0.1:${port}`], { stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${registry}-/ping`)).ok) break;
    } catch {
      if (i > 100) throw new Error('Verdaccio did not start');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const { token } = (await (
    await fetch(`${registry}-/user/org.couchdb.user:release`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'release', password: 'release-pass-1' }) })
  ).json()) as { token: string };
  const npmrc = `registry=${registry}\n//127.0.0.1:${port}/:_authToken=${token}\n`;

  // A copy of the repo as it stands: tracked and untracked-but-not-ignored files.
  copy = join(work, 'repo');
  const files = (await sh(repo, 'git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])).split('\0').filter(Boolean);
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
  changeset(copy, 'release-test-minor.md', 'minor', ['@monitorqa/errors']);
  await versionBuildPublish();
  firstVersion = versionOf(copy, '@monitorqa/errors');

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, '.npmrc'), `@monitorqa:registry=${registry}\n`);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0', dependencies: Object.fromEntries(PUBLIC.map((p) => [p, `^${firstVersion}`])) }, null, 2),
  );
  await sh(consumer, 'npm', ['install', '--no-audit', '--no-fund']);
}, 600_000);

afterAll(() => {
  verdaccio.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('release with changesets', () => {
  it('moves every public package to the same new version', () => {
    const versions = PUBLIC.map((p) => versionOf(copy, p));
    expect(new Set(versions).size).toBe(1);
    expect(versions[0]).not.toBe('0.0.0');
  });

  it('publishes manifests with real semver ranges for internal dependencies', async () => {
    for (const name of PUBLIC) {
      const doc = (await (await fetch(`${registry}${name.replace('/', '%2f')}`)).json()) as { versions: Record<string, { dependencies?: Record<string, string> }> };
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
    const esm = await sh(consumer, process.execPath, ['--input-type=module', '-e', "import { errorMiddleware, jsonBody } from '@monitorqa/errors-server/koa'; console.log(typeof errorMiddleware, typeof jsonBody);"]);
    const cjs = await sh(consumer, process.execPath, ['-e', "const { errorMiddleware, jsonBody } = require('@monitorqa/errors-server/koa'); console.log(typeof errorMiddleware, typeof jsonBody);"]);
    expect([esm, cjs]).toEqual(['function function\n', 'function function\n']);
  });

  it.each(['node16', 'bundler'])('type-checks with moduleResolution %s', async (resolution) => {
    writeFileSync(
      join(consumer, 'use.mts'),
      "import { apiError, isApiError } from '@monitorqa/errors';\nimport { createClient, matchError } from '@monitorqa/errors-client';\nimport { toErrorResponse } from '@monitorqa/errors-server';\n" +
        "const e: unknown = apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id: '1' } });\n" +
        "if (isApiError(e, 'RESOURCE_NOT_FOUND')) { const id: string = e.details.id; console.log(id); }\n" +
        "console.log(toErrorResponse(e).status, matchError(e, { _: () => 1 }), createClient({ baseUrl: 'http://x' }));\n" +
        "// @ts-expect-error -- not a code of the catalog\napiError('NOT_A_CODE');\n",
    );
    const module = resolution === 'node16' ? 'node16' : 'preserve';
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    const out = await sh(consumer, process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--lib', 'es2022,dom', '--module', module, '--moduleResolution', resolution, '--target', 'es2022', 'use.mts']).catch(printed);
    expect(out).toBe('');
  });

  it('lints with the published recommended config', async () => {
    writeFileSync(join(consumer, 'eslint.config.mjs'), "import monitorqa from '@monitorqa/eslint-plugin';\nexport default [monitorqa.configs.recommended];\n");
    writeFileSync(join(consumer, 'service.js'), "export function handler(req, res) {\n  res.status(418).json({ error: { message: 'x', code: 'NOT_FOUND' } });\n}\n");
    const eslint = join(consumer, 'node_modules/eslint/bin/eslint.js');
    const out = await sh(consumer, process.execPath, [eslint, '--format', 'json', 'service.js']).catch(printed);
    const [result] = JSON.parse(out) as { messages: { ruleId: string; line: number }[] }[];
    expect(result?.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['2 @monitorqa/no-undocumented-status', '2 @monitorqa/code-status-mismatch']);
  });

  it('picks up a patch release with npm update', async () => {
    changeset(copy, 'release-test-patch.md', 'patch', ['@monitorqa/errors-client']);
    await versionBuildPublish();
    const patched = versionOf(copy, '@monitorqa/errors');
    expect(patched).not.toBe(firstVersion);
    await sh(consumer, 'npm', ['update', '--no-audit', '--no-fund']);
    const installed = PUBLIC.map((p) => (JSON.parse(readFileSync(join(consumer, 'node_modules', p, 'package.json'), 'utf8')) as { version: string }).version);
    expect(installed).toEqual(PUBLIC.map(() => patched));
  });
});
