// The real ESLint 9 and 10, run the way service repos run them: a mixed JS/TS monorepo linted
// from its root and from a package folder, and one fixture per framework style.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { eslints, lintOnDisk } from './real-eslint.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
async function lint(
  ESLintClass: typeof ESLint,
  cwd: string,
  files: string,
  root: string,
  settings: Record<string, unknown> = {},
): Promise<string[]> {
  return lintOnDisk(ESLintClass, {
    cwd,
    files,
    root,
    config: { ...plugin.configs.strict, settings },
    message: (message) => message.split(';')[0]!.split(':')[0]!,
  });
}

describe.each(eslints)('a mixed JS/TS monorepo (real %s)', (_name, ESLintClass) => {
  const root = join(fixtures, 'monorepo');
  const pkg = join(root, 'packages/svc');
  const settings = { monitorqa: { catalog: './src/errors.ts' } };
  const expected = [
    'src/legacy.js:14:7 @monitorqa/no-raw-status-check Compare by code, not by status',
    'src/legacy.js:8:60 @monitorqa/require-error-envelope A 404 answer must carry the error envelope { error',
    'src/routes.ts:14:14 @monitorqa/no-undocumented-status Status 410 is not documented by the MonitorQA contract',
    "src/routes.ts:14:59 @monitorqa/no-unknown-error-code 'RETIRED_CODE' is not an error code of the MonitorQA catalog",
  ];

  it.each([
    ['from the repo root', root],
    ['from the package folder', pkg],
  ])('reports the same, without a crash, %s', async (_where, cwd) => {
    expect(await lint(ESLintClass, cwd, join(pkg, 'src'), pkg, settings)).toEqual(expected);
  });

  it('says in each file, once, clearly, that a configured catalog cannot be found, and lints on', async () => {
    const reports = await lint(ESLintClass, root, join(pkg, 'src'), pkg, {
      monitorqa: { catalog: './src/missing.ts' },
    });
    const problems = reports.filter((r) => r.includes('The MonitorQA catalog "'));
    expect(problems.map((p) => p.split(':', 1)[0])).toEqual(['src/errors.ts', 'src/legacy.js', 'src/routes.ts']);
    for (const problem of problems)
      expect(problem).toMatch(
        /:1:1 @monitorqa\/[a-z-]+ The MonitorQA catalog "\.\/src\/missing\.ts" was not found from .*packages\/svc\/src or any folder above it\. The rules use the base catalog until it is fixed/,
      );
    // Without the catalog, the service's own codes are unknown: the rules still run.
    expect(reports.some((r) => r.includes("'CHECK_TIMED_OUT' is not an error code"))).toBe(true);
  });
});

describe.each(eslints)('one fixture per framework style (real %s)', (_name, ESLintClass) => {
  const root = join(fixtures, 'styles');
  it('reports exactly the contract breaks, and nothing that is not ours', async () => {
    expect(await lint(ESLintClass, root, join(root, 'src'), root)).toEqual(EXPECTED_STYLES);
  });
});

// Every line a real contract break; none of: a 302, a 201 in the split form, `c.text('hello', 3)`,
// NotFoundException, createError(404), a project's own ApiError class.
const EXPECTED_STYLES: string[] = [
  'src/express.ts:4:47 @monitorqa/require-error-envelope A 500 answer must carry the error envelope { error',
  'src/express.ts:5:31 @monitorqa/require-error-envelope A 404 answer must carry the error envelope { error',
  'src/express.ts:6:42 @monitorqa/no-undocumented-status Status 418 is not documented by the MonitorQA contract',
  'src/express.ts:6:52 @monitorqa/require-error-envelope A 418 answer must carry the error envelope { error',
  'src/express.ts:8:29 @monitorqa/require-error-envelope A 404 answer must carry the error envelope { error',
  'src/fastify.ts:10:63 @monitorqa/code-status-mismatch OVERLOADED maps onto 503 in the MonitorQA catalog, but is sent with 429',
  'src/fastify.ts:12:46 @monitorqa/no-undocumented-status Status 429 is not documented by the MonitorQA contract',
  'src/fastify.ts:14:26 @monitorqa/no-undocumented-status Status 410 is not documented by the MonitorQA contract',
  'src/fastify.ts:6:12 @monitorqa/require-error-envelope A 404 answer must carry the error envelope { error',
  'src/fastify.ts:9:18 @monitorqa/no-undocumented-status Status 429 is not documented by the MonitorQA contract',
  'src/hono.ts:5:29 @monitorqa/require-error-envelope A 403 answer must carry the error envelope { error',
  'src/hono.ts:7:27 @monitorqa/no-undocumented-status Status 429 is not documented by the MonitorQA contract',
  'src/libraries.js:13:39 @monitorqa/no-undocumented-status Status 429 is not documented by the MonitorQA contract',
  'src/libraries.js:14:32 @monitorqa/no-undocumented-status Status 429 is not documented by the MonitorQA contract',
  'src/nest.ts:11:29 @monitorqa/require-error-envelope A 429 answer must carry the error envelope { error',
  'src/nest.ts:11:43 @monitorqa/no-undocumented-status Status 429 is not documented by the MonitorQA contract',
  'src/nest.ts:21:15 @monitorqa/no-undocumented-status Status 405 is not documented by the MonitorQA contract',
  'src/nest.ts:26:16 @monitorqa/no-undocumented-status Status 410 is not documented by the MonitorQA contract',
  'src/nest.ts:26:68 @monitorqa/code-status-mismatch NOT_FOUND maps onto 404 in the MonitorQA catalog, but is sent with 410',
];
