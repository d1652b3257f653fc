import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { ESLint as ESLint10 } from 'eslint-v10';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const cwd = fileURLToPath(new URL('./fixtures/service', import.meta.url));

const expected = [
  'src/health.ts:3:107 @monitorqa/code-status-mismatch MAINTENANCE maps onto 503 in the MonitorQA catalog, but is sent with 500; clients read the status first.',
  'src/monitors.ts:16:14 @monitorqa/no-undocumented-status Status 429 is not documented by the MonitorQA contract; clients only understand 200, 201, 204, 400, 401, 403, 404, 409, 422, 500, 502, 503. Throw `apiError(code)` from @monitorqa/errors with the code that says it, and let the @monitorqa/errors-server adapter answer.',
  'src/monitors.ts:16:78 @monitorqa/code-status-mismatch OVERLOADED maps onto 503 in the MonitorQA catalog, but is sent with 429; clients read the status first.',
  "src/monitors.ts:20:18 @monitorqa/no-unknown-error-code 'MONITOR_LIMIT_REACHD' is not an error code of the MonitorQA catalog. Did you mean 'MONITOR_LIMIT_REACHED'?",
  'src/monitors.ts:9:26 @monitorqa/require-error-envelope A 400 answer must carry the error envelope { error: { message, code, details? } } (details is optional). Throw `apiError(code)` from @monitorqa/errors and let the @monitorqa/errors-server adapter answer, or send the envelope.',
];

describe.each([
  ['ESLint 9', ESLint],
  ['ESLint 10', ESLint10 as unknown as typeof ESLint],
])('recommended config on a fixture service (real %s)', (_name, ESLintClass) => {
  it('reports exactly the contract violations', async () => {
    const eslint = new ESLintClass({
      cwd,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser },
          settings: { monitorqa: { catalog: './errors' } },
        },
        plugin.configs.recommended,
      ],
    });
    const results = await eslint.lintFiles(['src/**/*.ts']);
    const reports = results
      .flatMap((r) =>
        r.messages.map((m) => `${r.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
      )
      .sort();
    expect(reports).toEqual(expected);
  });
});

describe('plugin', () => {
  it('carries meta, every rule, and configs that reference the plugin itself', () => {
    expect(plugin.meta).toEqual({
      name: '@monitorqa/eslint-plugin',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as string,
    });
    expect(Object.keys(plugin.rules).sort()).toEqual([
      'code-status-mismatch',
      'no-raw-status-check',
      'no-undocumented-status',
      'no-unknown-error-code',
      'prefer-ensure-ok',
      'require-error-envelope',
      'require-error-handler-envelope',
    ]);
    expect(plugin.configs.recommended.plugins?.['@monitorqa']).toBe(plugin);
    expect(plugin.configs.recommended.rules).toEqual({
      '@monitorqa/code-status-mismatch': 'error',
      '@monitorqa/no-undocumented-status': 'error',
      '@monitorqa/no-unknown-error-code': 'error',
      '@monitorqa/require-error-envelope': 'error',
      '@monitorqa/require-error-handler-envelope': 'error',
    });
    expect(plugin.configs.strict.rules).toEqual({
      ...plugin.configs.recommended.rules,
      '@monitorqa/no-raw-status-check': 'error',
      '@monitorqa/prefer-ensure-ok': 'error',
    });
    expect([plugin.configs.recommended.name, plugin.configs.strict.name]).toEqual([
      '@monitorqa/recommended',
      '@monitorqa/strict',
    ]);
  });

  it.each(Object.entries(plugin.rules))('%s has a docs URL to its page, which exists', async (name, rule) => {
    expect(rule.meta.docs?.url).toBe(
      `https://github.com/monitorqa/errors/blob/main/packages/eslint-plugin/docs/rules/${name}.md`,
    );
    const { readFile } = await import('node:fs/promises');
    const page = await readFile(new URL(`../docs/rules/${name}.md`, import.meta.url), 'utf8');
    expect(page).toContain(`# ${name}`);
    expect(page).toMatch(/## Wrong[\s\S]*## Right/);
  });
});
