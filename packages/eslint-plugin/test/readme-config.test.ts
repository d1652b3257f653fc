// The README's first config, copied as is into a fresh project and run by the real ESLint:
// it must lint `.ts` files as written (a config that lints none reports nothing and passes).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(pkg, 'README.md'), 'utf8');
const config = /```js\n(\/\/ eslint\.config\.js\n[\s\S]*?)```/.exec(readme)?.[1];
// Inside the package, so that its imports resolve as in a project that installed them.
const project = mkdtempSync(join(pkg, '.fresh-'));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe("the README's eslint.config.js in a fresh project", () => {
  it('lints .ts and .js files as written', async () => {
    expect(config).toBeDefined();
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'fresh-service', private: true, type: 'module' }),
    );
    writeFileSync(join(project, 'eslint.config.js'), config!);
    mkdirSync(join(project, 'src'));
    writeFileSync(
      join(project, 'src/monitors.ts'),
      "declare const res: { status(n: number): { json(b: unknown): void } };\nres.status(429).json({ message: 'Slow down' } as const);\n",
    );
    writeFileSync(
      join(project, 'src/legacy.js'),
      "export const f = (res) => res.status(404).json({ message: 'No such monitor' });\n",
    );
    const eslint = new ESLint({ cwd: project });
    const results = await eslint.lintFiles(['src']);
    const reports = results
      .flatMap((r) =>
        r.messages.map((m) => `${r.filePath.slice(project.length + 1)}:${m.line}:${m.column} ${m.ruleId ?? m.message}`),
      )
      .sort();
    expect(reports).toEqual([
      'src/legacy.js:1:48 @monitorqa/require-error-envelope',
      'src/monitors.ts:2:12 @monitorqa/no-undocumented-status',
      'src/monitors.ts:2:22 @monitorqa/require-error-envelope',
    ]);
  });
});
