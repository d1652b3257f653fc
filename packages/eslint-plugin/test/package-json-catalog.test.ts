// A service names its catalog once, in its package.json, for the plugin and the CLI alike.
import { copyFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { eslints, lintOnDisk } from './real-eslint.js';

const pkg = fileURLToPath(new URL('./fixtures/configured', import.meta.url));
async function lint(
  ESLintClass: typeof ESLint,
  cwd: string,
  files: string,
  root: string,
  settings: Record<string, unknown> = {},
): Promise<string[]> {
  return lintOnDisk(ESLintClass, { cwd, files, root, config: { ...plugin.configs.recommended, settings } });
}

describe.each(eslints)('a catalog named by package.json alone (real %s)', (_name, ESLintClass) => {
  const billing =
    "src/billing.ts:8:57 @monitorqa/no-unknown-error-code 'PLAN_RETIRED' is not an error code of the MonitorQA catalog. Did you mean 'PLAN_REQUIRED'?";
  const limits =
    'src/monitors/limits.ts:5:68 @monitorqa/code-status-mismatch PLAN_REQUIRED maps onto 403 in the MonitorQA catalog, but is sent with 409; clients read the status first.';

  it('knows the service codes, linted from the package root', async () => {
    expect(await lint(ESLintClass, pkg, join(pkg, 'src'), pkg)).toEqual([billing, limits]);
  });

  it("knows the service codes, linted from a sub-folder (the nearest package.json is the package's)", async () => {
    const sub = join(pkg, 'src/monitors');
    expect(await lint(ESLintClass, sub, sub, pkg)).toEqual([limits]);
  });

  it('lets settings.monitorqa.catalog override it', async () => {
    const reports = await lint(ESLintClass, pkg, join(pkg, 'src/billing.ts'), pkg, {
      monitorqa: { catalog: './src/monitors/limits.ts' },
    });
    expect(reports.filter((r) => r.includes('The MonitorQA catalog'))).toEqual([
      expect.stringMatching(
        /^src\/billing\.ts:1:1 @monitorqa\/[a-z-]+ The MonitorQA catalog "\.\/src\/monitors\/limits\.ts" defines no codes: .* \(settings\.monitorqa\.catalog\)\.$/,
      ),
    ]);
  });
});

describe('a package.json whose catalog cannot be read', () => {
  const work = mkdtempSync(join(tmpdir(), 'monitorqa-plugin-'));
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it.each(eslints)(
    'is said in each file, naming the package.json, and the rules lint on (real %s)',
    async (_name, ESLintClass) => {
      mkdirSync(join(work, 'src'), { recursive: true });
      writeFileSync(
        join(work, 'package.json'),
        JSON.stringify({ name: 'svc', monitorqa: { catalog: 'src/missing.ts' } }),
      );
      copyFileSync(join(pkg, 'src/billing.ts'), join(work, 'src/billing.ts'));
      copyFileSync(join(pkg, 'src/monitors/limits.ts'), join(work, 'src/limits.ts'));
      // Twice, as an editor or a script linting twice in one process would: each run says it.
      for (let run = 0; run < 2; run++) {
        const reports = await lint(ESLintClass, work, join(work, 'src'), work);
        const problems = reports.filter((r) => r.includes('The MonitorQA catalog'));
        const said = (file: string): RegExp =>
          new RegExp(
            `^src/${file}:1:1 @monitorqa/[a-z-]+ The MonitorQA catalog "src/missing\\.ts" was not found from ${work}\\. The rules use the base catalog until it is fixed \\(the "monitorqa" field of ${join(work, 'package.json')}\\)\\.$`,
          );
        // Each file says it once, whichever rule sees it first.
        expect(problems).toEqual([
          expect.stringMatching(said('billing\\.ts')),
          expect.stringMatching(said('limits\\.ts')),
        ]);
        expect(reports.some((r) => r.includes("'PLAN_REQUIRED' is not an error code"))).toBe(true);
      }
    },
  );
});
